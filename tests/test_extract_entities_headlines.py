"""Title Case headlines: their names are found, their other words make no entities.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import labels, run, run_titled, typed

from kg.extract.headlines import detitle


def test_detitle_lowers_verbs_and_function_words_only():
    line = "Senate Passes Anti-Trafficking Bill Into Law After Long Debate"
    assert detitle(line) == "Senate passes Anti-Trafficking Bill into Law after Long Debate"
    assert len(detitle(line)) == len(line)
    assert detitle("Plan Of Action To End Child Marriage") == "Plan of Action to End Child Marriage"


def test_a_plan_named_only_in_a_title_case_headline_is_found_with_its_country():
    ex = run(
        "Zambia Launches National Plan Of Action To End Child Marriage\n\n"
        "The government said on Tuesday that the plan would run for five years."
    )
    assert ("Plan", "National Plan of Action to End Child Marriage") in typed(ex)
    assert ("Country", "Zambia") in typed(ex)


def test_a_headline_short_form_joins_the_body_name():
    ex = run(
        "Lagos Assembly Passes Child Rights Enforcement Bill Into Law\n\n"
        "The Lagos State House of Assembly on Thursday passed the Child Rights (Amendment) Enforcement "
        "Bill after a third reading."
    )
    labels = typed(ex)
    assert ("Organization", "Lagos State House of Assembly") in labels
    assert ("Framework", "Child Rights (Amendment) Enforcement Bill") in labels
    assert not any(label == "Lagos Assembly" for _t, label in labels)
    assert not any(t == "Framework" and label.endswith("Into Law") for t, label in labels)
    assembly = next(e for e in ex.entities if e.label == "Lagos State House of Assembly")
    assert "Lagos Assembly" in assembly.aliases


def test_a_first_line_that_is_a_plain_sentence_keeps_its_names():
    ex = run(
        "The Ministry of Labour launched the National Strategy on Decent Work on Monday.\n"
        "It was drafted with the International Labour Organization."
    )
    labels = typed(ex)
    assert ("Organization", "Ministry of Labour") in labels
    assert ("Plan", "National Strategy on Decent Work") in labels


def test_a_person_in_a_title_case_headline_ends_at_the_verb():
    ex = run(
        "Labour Minister Grace Achieng Launches National Strategy On Fair Recruitment\n\n"
        "The strategy was launched in Kampala on Friday."
    )
    labels = typed(ex)
    assert ("Person", "Grace Achieng") in labels
    assert ("Plan", "National Strategy on Fair Recruitment") in labels


def test_publish_implement_and_already_are_headline_words_not_name_words():
    ex = run_titled("Peru Already Implementing the Andean Migration Compact\n\nIt was adopted in 2024.")
    assert all(not e.label.startswith(("Peru Already", "Already")) for e in ex.entities)
    assert ("Framework", "Andean Migration Compact") in typed(ex)
    ex = run_titled("Agreement to Cooperate on Labour Matters Published\n\nThe text is online.")
    assert all("Published" not in e.label for e in ex.entities)
    assert ("Framework", "Agreement to Cooperate on Labour Matters") in typed(ex)


def test_in_a_title_case_headline_only_a_title_or_a_given_name_marks_a_person():
    text = (
        "Relief Fund Needs Steady, Continued Support, Assembly President Says as Delegates Hear from "
        "Experts, Former Victims\n\nThe General Assembly met on Monday. Its President, Ana Ruiz, spoke."
    )
    persons = labels(run(text), "Person")
    assert "Continued Support" not in persons
    assert "Ana Ruiz" in persons
    text = "Secretary-General Ban Ki-moon Urges Action, Says Maria Lopez Must Act\n\nText follows here."
    assert {"Ban Ki-moon", "Maria Lopez"} <= labels(run(text), "Person")


def test_a_capitalized_of_after_a_title_is_no_persons_name():
    for line in (
        "Executive Director Of UNODC Meets Interior Minister",
        "President Of Ghana Receives Envoys",
        "Director General Of IOM Visits Libya",
    ):
        ex = run(line + "\n\nThe meeting discussed trafficking.")
        assert not [e for e in ex.entities if e.type == "Person"], line
    # a real name after the same title in a headline is still a person
    ex = run("Director General Amy Pope Launches Plan\n\nThe visit lasted two days.")
    assert ("Person", "Amy Pope") in typed(ex)
