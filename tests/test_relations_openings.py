"""An opening participle's act belongs to the subject after its comma (kg/extract/relation_openings.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_launching_an_updated_plan_is_the_launch_of_each_coordinated_subject():
    ex = by_rules(
        run(
            news(
                "Launching an updated Regional Refugee Response Plan (RRRP) for the Sahel crisis on Monday, "
                "UNICEF and the World Food Programme asked donors for US$3 billion."
            )
        )
    )
    assert has(ex, "United Nations Children", "adopts", "Regional Refugee Response Plan")
    assert has(ex, "World Food Programme", "adopts", "Regional Refugee Response Plan")


def test_ratifying_gives_adopts_and_welcoming_gives_supports():
    ex = by_rules(run(news("Ratifying the Kyoto Protocol in 2002, Chile and Peru joined the talks.")))
    assert has(ex, "Chile", "adopts", "Kyoto Protocol")
    assert has(ex, "Peru", "adopts", "Kyoto Protocol")
    ex = by_rules(run(news("Welcoming the Paris Agreement, the African Union said more was needed.")))
    assert has(ex, "African Union", "supports", "Paris Agreement")
    assert not has(ex, "African Union", "adopts", "Paris Agreement")


def test_no_act_when_the_participle_s_object_is_not_the_plan():
    ex = by_rules(
        run(news("Launching a media campaign on the Paris Agreement, Chile invited schools to take part."))
    )
    assert not has(ex, "Chile", "adopts", "Paris Agreement")


def test_a_gerund_that_is_the_sentence_s_subject_is_no_opening_clause():
    ex = by_rules(run(news("Adopting the Regional Youth Strategy was a priority for Malawi, Zambia said.")))
    assert not has(ex, "Malawi", "adopts", "Regional Youth Strategy")


def test_a_place_named_after_the_opening_participle_adopts_nothing():
    ex = run(
        "News\n\nAdopting resolution 2401 (2019), the Security Council renewed the authorization to "
        "inspect vessels off the coast of Libya."
    )
    assert has(ex, "United Nations Security Council", "adopts", "resolution 2401")
    assert not has(ex, "Libya", "adopts", "resolution 2401")


def test_a_partner_named_with_with_in_the_opening_clause_keeps_its_act():
    ex = run(
        "Signing the Memorandum of Understanding on trafficking with Thailand, Cambodia pledged "
        "to cooperate on border checks."
    )
    assert has(ex, "Thailand", "adopts", "Memorandum of Understanding")
    assert has(ex, "Cambodia", "adopts", "Memorandum of Understanding")
    ex = run("Adopting the Bali Declaration together with Australia, Indonesia pledged support.")
    assert has(ex, "Australia", "adopts", "Bali Declaration")
    ex = run(
        "News\n\nAdopting resolution 2312 (2016) with 14 votes in favour and 1 abstention by Venezuela, "
        "the Security Council extended the inspections."
    )
    assert not has(ex, "Venezuela", "adopts", "resolution 2312")


def test_an_opening_act_whose_subject_is_she_is_the_last_persons():
    x = run(
        news(
            "Minister Judi Wakhungu spoke in Nairobi on Monday.",
            "Launching the National Climate Change Action Plan, she said the plan was ready.",
        )
    )
    assert has(x, "Judi Wakhungu", "adopts", "National Climate Change Action Plan")


def test_a_person_named_inside_the_opening_clause_does_not_act_after_she():
    x = run(
        news(
            "Minister Judi Wakhungu spoke in Nairobi on Monday.",
            "Launching the National Climate Change Action Plan drafted by Professor Ana Ruiz, she said the "
            "plan was ready.",
        )
    )
    assert not has(x, "Professor Ana Ruiz", "adopts", "National Climate Change Action Plan")
    assert not has(x, "Ana Ruiz", "adopts", "National Climate Change Action Plan")
