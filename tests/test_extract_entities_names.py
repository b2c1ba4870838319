"""Names of plans, frameworks and bodies: owners, role phrases, titles, meetings.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import run, typed


@pytest.mark.parametrize(
    ("text", "owner", "item"),
    [
        (
            "Kenya’s National Action Plan was reviewed by the cabinet.",
            "Kenya",
            ("Plan", "National Action Plan"),
        ),
        (
            "Papua New Guinea's National Adaptation Plan was presented in Bonn.",
            "Papua New Guinea",
            ("Plan", "National Adaptation Plan"),
        ),
        (
            "Australia’s Modern Slavery Act 2018 requires reporting.",
            "Australia",
            ("Framework", "Modern Slavery Act 2018"),
        ),
        (
            "The Philippines' Inter-Agency Council Against Trafficking met on Friday.",
            "Philippines",
            ("Organization", "Inter-Agency Council Against Trafficking"),
        ),
    ],
)
def test_a_country_s_possessive_is_the_owner_not_part_of_the_name(text, owner, item):
    found = typed(run(text))
    assert item in found
    assert ("Country", owner) in found


def test_possessives_that_belong_to_a_name_stay():
    found = typed(run("The Children's Act 2005 and the Workers' Compensation Act were amended."))
    assert ("Framework", "Children's Act 2005") in found
    assert ("Framework", "Workers' Compensation Act") in found


def test_a_role_phrase_is_not_a_plan_the_body_it_names_is_an_organization():
    ex = run("Maria Lopez, Programme Officer at the Regional Migration Observatory, said funds were short.")
    found = typed(ex)
    assert ("Person", "Maria Lopez") in found
    assert ("Organization", "Regional Migration Observatory") in found
    assert not any(t == "Plan" for t, _ in found)


def test_a_minister_s_portfolio_is_neither_a_plan_nor_a_name():
    ex = run(
        "The Minister for Planning, Development and Special Initiatives, Ahsan Karim, chaired the session."
    )
    found = typed(ex)
    assert ("Person", "Ahsan Karim") in found
    assert not any(t in ("Plan", "Organization") for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hon. Mary Wanjiru, the Cabinet Secretary, opened the meeting.", "Mary Wanjiru"),
        ("H.E. Mr. Ahmed Saleh, Permanent Representative of Egypt, addressed the Council.", "Ahmed Saleh"),
        ("Rt. Hon. James Carter MP said the law had worked.", "James Carter"),
        ("Dr. Amina Yusuf, Director-General of the agency, spoke first.", "Amina Yusuf"),
        ("The Minister for Women and Social Affairs, Grace Obi, said so.", "Grace Obi"),
    ],
)
def test_honorific_titles_are_not_part_of_a_person_s_name(text, name):
    persons = {e.label for e in run(text).entities if e.type == "Person"}
    assert persons == {name}


def test_the_high_level_political_forum_is_an_event():
    ex = run("At the High-level Political Forum in July, Nepal presented its voluntary national review.")
    assert ("Event", "High-level Political Forum on Sustainable Development") in typed(ex)
    assert ("Country", "Nepal") in typed(ex)


def test_an_act_named_after_an_agreement_is_not_the_agreement():
    ex = run(
        "The plan is a requirement of the Paris Agreement Implementation Act and of the 2015 Paris "
        "Agreement. Ministers welcomed the Global Compact on Migration; the Global Compact is not binding."
    )
    found = typed(ex)
    assert ("Framework", "Paris Agreement Implementation Act") in found
    assert ("Framework", "Paris Agreement") in found
    compact = next(
        e for e in ex.entities if e.label == "Global Compact for Safe, Orderly and Regular Migration"
    )
    assert "Global Compact" in compact.aliases


def test_a_country_closing_a_plan_s_name_is_found_too():
    ex = run(
        "Officials presented the National Climate Change Adaptation Plan for PNG in Port Moresby on Monday."
    )
    found = typed(ex)
    assert ("Plan", "National Climate Change Adaptation Plan for PNG") in found
    assert ("Country", "Papua New Guinea") in found


def test_an_acronym_defined_inside_a_name_names_it_with_the_head_word():
    ex = run(
        "The government set up an Anti-Slavery in Supply Chains (Anti-SSC) Unit last year.\n"
        "The Anti-SSC Unit will inspect factories."
    )
    units = [e for e in ex.entities if e.type == "Organization"]
    assert [e.label for e in units] == ["Anti-Slavery in Supply Chains Unit"]
    assert "Anti-SSC Unit" in units[0].aliases


def test_an_initialism_with_the_head_s_letter_names_the_law():
    ex = run(
        "The Climate Change Management Act created the authority. Under the CCMA Act, plans are required."
    )
    laws = [e for e in ex.entities if e.type == "Framework"]
    assert [e.label for e in laws] == ["Climate Change Management Act"]
    assert "CCMA Act" in laws[0].aliases


def test_a_year_closes_a_plan_s_name():
    found = typed(run("The plan is required under Vision 2050 Pillar 5, officials said."))
    assert ("Plan", "Vision 2050") in found
    assert not any("Pillar" in label for _t, label in found)


def test_a_one_word_portfolio_after_a_role_is_not_an_organization():
    found = typed(run("The Commissioner of Police, John Mwangi, said arrests had risen."))
    assert ("Person", "John Mwangi") in found
    assert ("Organization", "Police") not in found


def test_a_climate_conference_session_is_an_event():
    found = typed(run("Fiji presented its national adaptation plan at COP28 in Dubai. The COPD rate fell."))
    assert ("Event", "COP28") in found
    assert not any(label.startswith("COPD") for _t, label in found)


@pytest.mark.parametrize(
    "name",
    ["Police Staff Academy", "Border Management Staff College", "University of Lagos", "Chamber of Commerce"],
)
def test_academies_colleges_universities_and_chambers_are_bodies(name):
    ex = run(f"Officials of the {name} signed the pledge.")
    assert name in {e.label for e in ex.entities if e.type == "Organization"}


def test_a_convention_centre_is_a_venue_not_a_framework():
    ex = run("The summit was held at the Addis International Convention Centre on Monday.")
    assert not [e for e in ex.entities if e.type == "Framework"]


def test_a_plural_of_a_kind_of_plan_is_no_plan():
    ex = run("Tonga launched its National Adaptation Plan. Many states draft National Adaptation Plans now.")
    assert {e.label for e in ex.entities if e.type == "Plan"} == {"National Adaptation Plan"}
