"""Where a framework's, plan's or event's name begins and ends.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import has, run

from kg.model import Extraction


def forms(extraction: Extraction, type_name: str) -> set[str]:
    """Every label and alias of the entities of one type."""
    return {f for e in extraction.entities if e.type == type_name for f in (e.label, *e.aliases)}


def test_a_body_s_acronym_opening_a_convention_s_name_is_kept_and_the_body_found():
    ex = run(
        "Ghana ratified the ILO Forced Labour Convention, 1930 (No. 29) and the "
        "ILO Private Employment Agencies Convention, 1997 (No. 181) last year."
    )
    frameworks = forms(ex, "Framework")
    assert "ILO Forced Labour Convention, 1930 (No. 29)" in frameworks
    assert "ILO Private Employment Agencies Convention, 1997 (No. 181)" in frameworks
    assert len([e for e in ex.entities if e.type == "Framework"]) == 2
    assert "International Labour Organization" in forms(ex, "Organization")


def test_a_convention_number_closes_an_unknown_convention_s_name():
    ex = run("Fiji ratified the ILO Seafarers Welfare Convention, 1987 (No. 163) in May.")
    assert "ILO Seafarers Welfare Convention, 1987 (No. 163)" in forms(ex, "Framework")


def test_lower_case_words_after_a_known_short_name_are_not_its_name():
    ex = run("Uganda ratified the Kampala Convention for the protection of internally displaced persons.")
    frameworks = forms(ex, "Framework")
    assert "Kampala Convention" in frameworks
    assert not any("protection" in f for f in frameworks)


def test_a_dash_joined_phase_belongs_to_the_plan_s_name():
    ex = run("The Government launched the Pentagonal Strategy – Phase I in August.")
    assert "Pentagonal Strategy – Phase I" in forms(ex, "Plan")


def test_a_goals_framework_is_one_name():
    ex = run("The plan builds on the Cambodian Sustainable Development Goals Framework 2016–2030.")
    frameworks = forms(ex, "Framework")
    assert "Cambodian Sustainable Development Goals Framework 2016–2030" in frameworks
    assert "Framework 2016–2030" not in frameworks


def test_a_conference_of_the_parties_in_parentheses_names_the_conference():
    ex = run("Ministers met at the UN Climate Change Conference (COP 29) in Baku in November.")
    events = [e for e in ex.entities if e.type == "Event"]
    assert len(events) == 1
    assert {"UN Climate Change Conference", "COP 29"} <= forms(ex, "Event")


def test_plural_ministries_are_one_ministry_per_portfolio():
    ex = run("The Ministries of Employment and Social Welfare and Women and Children's Affairs signed it.")
    assert {e.label for e in ex.entities if e.type == "Organization"} == {
        "Ministry of Employment and Social Welfare",
        "Ministry of Women and Children's Affairs",
    }


def test_a_possessor_of_names_does_not_close_a_ministry_s_name():
    ex = run("The Ministry of Women and Children's Affairs drafted the policy in Accra.")
    assert "Ministry of Women and Children's Affairs" in forms(ex, "Organization")


def test_a_place_after_a_body_s_head_is_not_its_name():
    ex = run("She spoke at the 78th session of the UN General Assembly in New York.")
    organizations = forms(ex, "Organization")
    assert "UN General Assembly" in organizations
    assert not any("New York" in f for f in organizations)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Interior Cabinet Secretary Kipchumba Murkomen said the plan worked.", "Kipchumba Murkomen", None),
        (
            "UN Security Council President Vanessa Frazier opened the debate.",
            "Vanessa Frazier",
            "UN Security Council",
        ),
    ],
)
def test_a_role_after_a_body_s_head_ends_the_body_and_names_a_person(text, person, body):
    ex = run(text)
    assert person in {e.label for e in ex.entities if e.type == "Person"}
    organizations = forms(ex, "Organization")
    assert not any(person in f for f in organizations)
    if body is None:
        assert organizations == set()
    else:
        assert body in organizations


def test_an_acronym_after_a_body_s_head_and_and_starts_another_body():
    ex = run("The Asia Foundation and HAQ: Centre for Child Rights held the talks in Delhi.")
    organizations = {e.label for e in ex.entities if e.type == "Organization"}
    assert "Asia Foundation" in organizations
    assert not any("HAQ" in o and "Foundation" in o for o in organizations)


def test_a_named_consultation_is_an_event():
    ex = run("Experts met at the Regional Consultation on Child Trafficking in Kathmandu.")
    assert "Regional Consultation on Child Trafficking" in forms(ex, "Event")


def test_a_body_named_plan_international_is_an_organization():
    ex = run("Grace Mwangi, country director for Plan International Kenya, welcomed the law.")
    assert "Plan International Kenya" in forms(ex, "Organization")
    assert forms(ex, "Plan") == set()


@pytest.mark.parametrize(
    ("text", "frameworks"),
    [
        (
            "Delegates reviewed progress under the Kyoto Protocol and Paris Agreement on climate change.",
            {"Kyoto Protocol", "Paris Agreement"},
        ),
        (
            "Chile reports on the Convention on the Rights of the Child, Kyoto Protocol and Paris Agreement",
            {"Convention on the Rights of the Child", "Kyoto Protocol", "Paris Agreement"},
        ),
    ],
)
def test_a_run_of_known_instruments_joined_by_and_is_a_list(text, frameworks):
    found = {e.label for e in run(text).entities if e.type == "Framework"}
    assert frameworks <= found
    assert not any(" and " in f or ", " in f for f in found)


def test_a_known_body_opening_a_longer_name_keeps_the_name():
    ex = run("The Ministry of Labour and Social Affairs and the ILO Forced Labour Convention were discussed.")
    assert "Ministry of Labour and Social Affairs" in forms(ex, "Organization")
    assert any(f.startswith("Forced Labour Convention") for f in forms(ex, "Framework"))


def test_a_person_and_a_known_body_are_two_names():
    ex = run("UNICEF chief Maria Torres and International Monetary Fund deputy Lee Park visited the camp.")
    assert "Maria Torres" in forms(ex, "Person")
    assert "International Monetary Fund" in forms(ex, "Organization")
    assert not any("Torres" in f for f in forms(ex, "Organization"))


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "World Food Programme Executive Director Lina Okafor opened the depot.",
            "World Food Programme",
            "Lina Okafor",
        ),
        (
            "The Ghana Immigration Service Assistant Director Kofi Boateng spoke.",
            "Ghana Immigration Service",
            "Kofi Boateng",
        ),
    ],
)
def test_a_longer_title_after_a_body_ends_the_body(text, body, person):
    ex = run(text)
    assert body in forms(ex, "Organization")
    assert person in forms(ex, "Person")
    assert has(ex, person, "represents", body)


def test_a_year_that_dates_the_next_name_ends_the_name_before_it():
    ex = run("Delegates recalled the Lima Programme of Action of the 2003 Andean Summit on Migration.")
    found = {e.label for e in ex.entities}
    assert "Lima Programme of Action" in found
    assert not any(label.endswith("2003") for label in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were hosted by the Government of Ghana and African Union Commission.", {"Ghana"}),
        ("The Government of Trinidad and Tobago signed it.", {"Trinidad and Tobago"}),
    ],
)
def test_government_of_a_country_and_another_body_are_two_actors(text, expected):
    ex = run(text)
    assert expected <= forms(ex, "Country")
    assert not any(" and African" in f for f in forms(ex, "Organization"))


@pytest.mark.parametrize(
    ("text", "framework", "other"),
    [
        (
            "Chile reported on the Kyoto Protocol to the United Nations General Assembly.",
            "Kyoto Protocol",
            "Assembly",
        ),
        (
            "Peru presented its review of the Sustainable Development Goals (SDGs) to the UN Economic Forum.",
            "Sustainable Development Goals",
            "Forum",
        ),
    ],
)
def test_an_instrument_ends_before_to_the_and_a_body_or_meeting(text, framework, other):
    ex = run(text)
    assert framework in forms(ex, "Framework")
    assert any(label.endswith(other) for label in {e.label for e in ex.entities} - forms(ex, "Framework"))


def test_an_instrument_to_another_instrument_stays_one_name():
    ex = run("Chile ratified the Optional Protocol to the Convention against Torture.")
    assert "Optional Protocol to the Convention against Torture" in forms(ex, "Framework")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Chile will attend the Upcoming Regional Conference on Migration in Lima.",
            "Regional Conference on Migration",
        ),
        (
            "Fiji sent ministers to the Forthcoming Pacific Labour Mobility Summit in Suva.",
            "Pacific Labour Mobility Summit",
        ),
        (
            "Ministers prepared for the Upcoming Global Forum on Labour Migration in Geneva.",
            "Global Forum on Labour Migration",
        ),
    ],
)
def test_a_word_of_time_before_a_name_is_not_part_of_it(text: str, name: str) -> None:
    labels = {e.label for e in run(text).entities}
    assert name in labels
    assert not any(label.endswith(name) and label != name for label in labels)
