"""Names whose edges the first rules got wrong, and the relations they hid: places after a body's
acronym ("IOM (IOM) in A and B"), a long role phrase after a name, a Security Council "open debate",
and a law that raises the penalty for an issue."""

from __future__ import annotations

from extract_util import has, news, typed
from extract_util import run_titled as run


def test_places_after_a_body_s_acronym_are_countries_not_part_of_its_name():
    ex = run(news("Norway will fund the United Nations Children's Fund (UNICEF) in Sudan and Chad."))
    found = typed(ex)
    assert ("Country", "Sudan") in found
    assert ("Country", "Chad") in found
    assert not any("Chad" in label for kind, label in found if kind == "Organization")


def test_a_name_before_a_long_role_phrase_is_a_person_representing_the_body():
    ex = run(
        news(
            "Introducing the report, Samuel Okafor, Head of the Unit for Migrant Protection and Assistance "
            "at the International Organization for Migration (IOM), said returns had doubled."
        )
    )
    assert ("Person", "Samuel Okafor") in typed(ex)


def test_an_open_debate_is_an_event_and_addresses_its_topic():
    ex = run(news("The Security Council held an open debate on human trafficking on Tuesday."))
    assert ("Event", "open debate on human trafficking") in typed(ex)  # the topic names it
    assert has(ex, "open debate", "addresses", "human trafficking")


def test_a_law_raising_the_penalty_for_an_issue_addresses_it():
    ex = run(
        news(
            "The Senate passed the Child Protection Bill, 2027, which raises the penalty for child labour "
            "to ten years in prison."
        )
    )
    assert has(ex, "Child Protection", "addresses", "child labour")


def test_a_numbered_year_span_is_part_of_a_plan_s_name():
    ex = run(news("Viet Nam adopted the Viet Nam 10-Year Socio-Economic Development Strategy in 2021."))
    assert ("Plan", "Viet Nam 10-Year Socio-Economic Development Strategy") in typed(ex)


def test_a_name_with_de_la_is_one_person():
    ex = run(news("The representative of Peru, Rosa María de la Torre, said the Compact mattered."))
    assert ("Person", "Rosa María de la Torre") in typed(ex)


def test_a_known_body_named_with_its_acronym_keeps_its_type():
    ex = run(
        news(
            "Malawi launched the National Resilience Strategy with support from the United Nations "
            "Development Programme (UNDP)."
        )
    )
    assert ("Organization", "United Nations Development Programme") in typed(ex)
    assert ("Plan", "United Nations Development Programme") not in typed(ex)
    assert has(ex, "United Nations Development Programme", "supports", "National Resilience Strategy")
