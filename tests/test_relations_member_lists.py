"""Members listed with no body beside them, passive adoption by a maker, and presiding a meeting
(kg/extract/relation_member_lists.py, kg/extract/cues.py, kg/extract/doc_relations.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_member_states_listed_after_a_colon_belong_to_the_text_body():
    ex = by_rules(
        run(
            news(
                "SADC labour ministers met in Luanda.",
                "SADC adopted a new plan.",
                "The meeting was attended by thirteen (13) Member States: Angola, Botswana, Malawi "
                "and Zambia.",
            )
        )
    )
    for country in ("Angola", "Botswana", "Malawi", "Zambia"):
        assert has(ex, country, "memberOf", "Southern African Development Community")


def test_member_nations_are_and_partner_states_which_include():
    ex = by_rules(
        run(
            news(
                "The Andean Community (CAN) held talks.",
                "The member nations are Bolivia, Colombia and Peru, said CAN.",
                "Ministers from EAC Partner States, which include Kenya and Rwanda, met.",
            )
        )
    )
    assert has(ex, "Bolivia", "memberOf", "Andean Community")
    assert has(ex, "Peru", "memberOf", "Andean Community")
    assert has(ex, "Kenya", "memberOf", "East African Community")
    assert not has(ex, "Kenya", "memberOf", "Andean Community")


def test_no_body_named_twice_leaves_members_unowned():
    ex = by_rules(run(news("Member States: Angola, Botswana and Zambia met UNICEF and the ILO.")))
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_created_by_a_body_is_its_adoption():
    ex = by_rules(
        run(news("The loan follows the Green Growth Strategy 2030, created by the Asian Development Bank."))
    )
    assert has(ex, "Asian Development Bank", "adopts", "Green Growth Strategy 2030")


def test_a_meeting_president_named_before_the_title_takes_part():
    ex = by_rules(run(news("COP 28 President Sultan Al Jaber opened the talks.")))
    assert has(ex, "Sultan Al Jaber", "participatesIn", "COP 28")


def test_partner_countries_and_an_agency_members_are_no_members():
    ex = by_rules(
        run(
            news(
                "The EU said it would fund projects.",
                "The EU is ready.",
                "Partner countries include Senegal and Mali.",
                "UNHCR said it needs funds. UNHCR thanked donors.",
            )
        )
    )
    assert not [r for r in ex.relations if r.predicate == "memberOf"]
    ex = by_rules(
        run(
            news(
                "UNHCR said it needs funds.",
                "UNHCR thanked donors.",
                "Member states such as Japan and Brazil spoke.",
            )
        )
    )
    assert not [r for r in ex.relations if r.predicate == "memberOf"]


def test_a_commission_which_groups_countries_has_them_as_members():
    ex = by_rules(
        run(news("The Lake Chad Basin Commission, which groups Cameroon, Chad, Niger and Nigeria, met."))
    )
    for country in ("Cameroon", "Chad", "Niger", "Nigeria"):
        assert has(ex, country, "memberOf", "Lake Chad Basin Commission")


def test_a_fund_which_includes_countries_among_its_beneficiaries_has_no_members():
    ex = by_rules(
        run(
            news(
                "The Africa Trust Fund, which includes Kenya, Uganda and Ethiopia among its "
                "beneficiaries, grew."
            )
        )
    )
    assert not [r for r in ex.relations if r.predicate == "memberOf"]
