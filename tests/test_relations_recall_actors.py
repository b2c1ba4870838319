"""Actors and ties the first rules missed: a joint deed "with" a body, a title written after the
body's acronym, a hyphenated role before a titled name, a Special Rapporteur's name after the
mandate's "especially …" clause, and a body coordinated with a country ("the European Union and
Japan" are two actors)."""

from __future__ import annotations

from extract_util import has, news, typed
from extract_util import run_titled as run


def test_a_campaign_launched_in_some_places_with_a_body_makes_partners():
    ex = run(news("Zambia launched the Safe Journeys Campaign in four provinces with UNICEF."))
    assert has(ex, "Zambia", "partnersWith", "United Nations Children")


def test_a_cooperation_programme_with_a_body_makes_partners():
    ex = run(news("Bahrain said it would widen its technical cooperation programme with the ILO."))
    assert has(ex, "Bahrain", "partnersWith", "International Labour Organization")


def test_support_with_a_body_is_the_body_s_support_and_the_subject_s_act():
    ex = run(news("Zambia launched the Safe Journeys Campaign with the support of UNICEF."))
    assert has(ex, "United Nations Children", "supports", "Safe Journeys Campaign")
    assert has(ex, "Zambia", "adopts", "Safe Journeys Campaign")
    assert not has(ex, "United Nations Children", "adopts", "Safe Journeys Campaign")


def test_a_title_after_the_body_s_acronym_represents_the_body():
    ex = run(
        news(
            "The plan was drafted with help from the International Labour Organization (ILO).",
            "Speaking at the event, ILO Country Director Maria Santos said more work was needed.",
        )
    )
    assert has(ex, "Maria Santos", "represents", "International Labour Organization")


def test_a_hyphenated_role_before_a_titled_name_is_the_person_s_role():
    ex = run(
        news(
            "The Global Forum on Migration and Development (GFMD) met in Geneva.",
            "The GFMD co-chair, Ambassador Paolo Rossi of Italy, opened the meeting.",
        )
    )
    assert has(ex, "Paolo Rossi", "represents", "Global Forum on Migration and Development")


def test_a_special_rapporteur_named_after_the_mandate_clause_is_a_person():
    ex = run(
        news(
            "The Special Rapporteur on trafficking in persons, especially women and children, "
            "Kofi Mensah Boateng, presented a report to the Council."
        )
    )
    assert ("Person", "Kofi Mensah Boateng") in typed(ex)


def test_a_body_and_a_country_coordinated_are_two_actors():
    ex = run(news("The European Union and Canada signed the Ottawa Declaration on Ocean Plastics."))
    assert has(ex, "European Union", "adopts", "Ottawa Declaration")
    assert has(ex, "Canada", "adopts", "Ottawa Declaration")
    assert not any(e.label == "European Union and Canada" for e in ex.entities)


def test_speaking_on_behalf_of_the_members_of_a_body_makes_the_speaker_s_country_a_member():
    ex = run(
        news(
            "Kenya's representative, Ambassador Grace Wanjiru, speaking on behalf of the three African "
            "members of the Security Council, called for more funding."
        )
    )
    assert has(ex, "Kenya", "memberOf", "Security Council")


def test_at_the_launch_is_an_occasion_not_the_speaker_s_act():
    ex = run(
        news(
            "The Ministry of Health launched the National Strategy on Malaria on Monday.",
            "Speaking at the launch, WHO Representative Anna Berg said WHO welcomed the strategy.",
        )
    )
    assert not has(ex, "Anna Berg", "adopts", "National Strategy on Malaria")
    assert has(ex, "World Health Organization", "supports", "National Strategy on Malaria")


def test_a_name_closing_a_sentence_after_a_role_clause_is_a_person():
    ex = run(news("We welcome the report of the Special Rapporteur on the right to food, Hilal Elver Demir."))
    assert ("Person", "Hilal Elver Demir") in typed(ex)


def test_our_support_to_a_body_in_a_country_s_statement_supports_the_body():
    ex = run(
        "Statement of Sweden\n\nWe thank the Chair. We will continue our support to UNICEF and its "
        "partners. Our commitment stands."
    )
    assert has(ex, "Sweden", "supports", "United Nations Children")
