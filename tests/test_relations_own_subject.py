"""An act whose clause has a plural subject of its own, unnamed ("how their Governments are carrying out
the Protocol"), or whose sentence opens "Under <person>, the ministry …", is not the named actor's
(kg/extract/relation_agents.py)."""

from __future__ import annotations

from extract_util import has, news, run


def test_a_body_describing_how_their_governments_act_does_not_act():
    x = run(
        news(
            "Delegates in the General Assembly's Third Committee today described how their Governments are "
            "carrying out the Palermo Protocol."
        )
    )
    assert not [r for r in x.relations if r.predicate in ("implements", "adopts")]


def test_quantified_member_states_are_others():
    x = run(news("Ghana and Togo said most member states are implementing the National Employment Plan."))
    assert not has(x, "Ghana", "implements", "National Employment Plan")
    assert not has(x, "Togo", "implements", "National Employment Plan")


def test_countries_own_governments_act_for_them():
    x = run(news("Ghana and Togo said that their governments are implementing the National Employment Plan."))
    assert has(x, "Ghana", "implements", "National Employment Plan")
    assert has(x, "Togo", "implements", "National Employment Plan")


def test_under_a_person_the_ministry_acts_not_the_person():
    x = run(news("Under Ana Ruiz, the ministry has begun implementing the National Employment Policy."))
    assert not has(x, "Ana Ruiz", "implements", "National Employment Policy")


def test_under_a_person_a_named_country_still_acts():
    x = run(news("Under Minister Ana Ruiz, Ghana has begun implementing the National Employment Policy."))
    assert has(x, "Ghana", "implements", "National Employment Policy")
    x = run(news("Ana Ruiz said the ministry has begun implementing the National Employment Policy."))
    assert not has(x, "Ana Ruiz", "implements", "National Employment Policy")


def test_we_after_a_partner_named_before_is_not_that_partner():
    for text in (
        "We are proud partners of the International Labour Organization, and we ratified the Protocol of "
        "2014 to the Forced Labour Convention in 2024.",
        "We work closely with UNICEF, and we adopted the National Plan on Child Labour in 2020.",
    ):
        x = run(news(text))
        assert not [r for r in x.relations if r.predicate == "adopts"], text


def test_we_as_an_aside_leaves_the_named_subject():
    x = run(news("Kenya, as we all know, ratified the Palermo Protocol in 2005."))
    assert has(x, "Kenya", "adopts", "Protocol to Prevent")


def test_a_speakers_own_organs_and_a_body_with_its_members_still_act():
    x = run(news("Ghana said its ministries are implementing the National Action Plan against Trafficking."))
    assert has(x, "Ghana", "implements", "National Action Plan against Trafficking")
    x = run(news("The European Union and its member states have ratified the Paris Agreement."))
    assert has(x, "European Union", "adopts", "Paris Agreement")


def test_the_speakers_own_later_clause_is_the_speakers():
    x = run(
        news(
            "Ghana noted that other countries in the region have adopted the Palermo Protocol and announced "
            "that it had ratified the Domestic Workers Convention."
        )
    )
    assert has(x, "Ghana", "adopts", "Domestic Workers Convention")
    assert not has(x, "Ghana", "adopts", "Protocol to Prevent")


def test_we_as_an_aside_in_a_list_keeps_the_list():
    x = run(news("Ghana and Togo, and we too, ratified the Domestic Workers Convention."))
    assert has(x, "Togo", "adopts", "Domestic Workers Convention")
