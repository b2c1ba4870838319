# ruff: noqa: E501  (the documents keep their paragraphs on one line each, as published texts do)
"""Four policy documents written for these tests, and the entities a reader expects from them.

A UN meeting-coverage press release, a ministry press release, a news article on a new law
and a statement at a regional forum: each with Title Case headlines, honorifics, possessive
owners, role phrases, bills and acts, meetings and passing mentions of issues. The tests
assert named entities and their types, and the junk that must not appear.
"""

from __future__ import annotations

import pytest
from extract_util import run as extract_text

from kg.model import Extraction

UN_MEETING = """\
Speakers Urge Stronger Action Against Forced Labour As Third Committee Concludes Debate

NEW YORK, 14 October — The General Assembly's Third Committee (Social, Humanitarian and Cultural) today concluded its general discussion on the advancement of women and the rights of migrant workers, with delegates calling for full implementation of the Global Compact for Safe, Orderly and Regular Migration.

Opening the meeting, Assistant Secretary-General for Human Rights Ilze Brands Kehris said that forced labour still affects 28 million people worldwide. She urged Member States to ratify the Protocol of 2014 to the Forced Labour Convention, 1930, noting that only 60 countries had done so.

The representative of Nepal said his Government had adopted the Foreign Employment Policy 2012 and was drafting a new Labour Migration Strategy (2024-2030) with support from the International Labour Organization (ILO). Nepal's Department of Foreign Employment had also opened migrant resource centres in 40 districts.

Speaking for the Group of 77 and China, the delegate of Uganda called on partners to honour their commitments under the Addis Ababa Action Agenda. He said forced labour and debt bondage could not be ended without decent work.

The Philippines' representative, Ambassador Antonio Lagdameo, described his country's Department of Migrant Workers, created under Republic Act No. 11641, as a model for the region. The Philippines had also launched the "Bantay OFW" programme to monitor recruitment agencies.

The delegate of Qatar outlined labour reforms including a minimum wage law and the abolition of exit permits, carried out in partnership with the ILO Project Office for the State of Qatar.

Mexico's speaker drew attention to the International Migration Review Forum, to be held in 2026, and urged delegations to prepare voluntary reviews.

The Third Committee will reconvene at 10 a.m. on Tuesday, 15 October, to take up the report of the Human Rights Council.
"""

MINISTRY_RELEASE = """\
Ministry of Labour and Employment launches National Plan on Safe Migration

Kathmandu, 3 March 2025 — The Ministry of Labour, Employment and Social Security today launched the National Plan of Action on Safe and Fair Labour Migration 2025-2030, which sets out how the Government will protect Nepali workers abroad.

Hon. Sharat Singh Bhandari, Minister for Labour, Employment and Social Security, launched the Plan at a ceremony attended by ambassadors of Malaysia, Qatar and the United Arab Emirates. "Every worker who leaves Nepal must be able to leave safely and return with dignity," the Minister said.

The Plan was drafted by the Department of Foreign Employment with technical support from the International Organization for Migration (IOM) and Helvetas Nepal. It builds on the Foreign Employment Act, 2007 and the Foreign Employment (Amendment) Bill, which the Federal Parliament is now considering.

The Secretary of the Ministry, Dr. Ram Prasad Ghimire, said the Plan had five pillars: fair recruitment, pre-departure orientation, protection at destination, reintegration, and data. He said the Government's Foreign Employment Information Management System would be extended to all 77 districts by 2026.

IOM's Chief of Mission in Nepal, Lorena Lando, welcomed the launch. "This Plan turns the commitments Nepal made under the Global Compact for Migration into concrete action," she said.

The Minister also announced that Nepal would host the next Ministerial Consultation of the Colombo Process in Kathmandu in November. The Colombo Process brings together 12 countries of origin in Asia.

Under the Plan, the Foreign Employment Board will set up a Migrant Workers Welfare Fund and expand the Safe Migration Project to 20 more districts. Recruitment agencies found charging workers illegal fees will lose their licences.

The Ministry will report on progress to the National Planning Commission every year.
"""

NEW_LAW = """\
Parliament Approves Landmark Anti-Trafficking Law After Two-Year Debate

ACCRA — Ghana's Parliament on Thursday passed the Human Trafficking (Amendment) Bill, 2024, replacing penalties set out in the Human Trafficking Act, 2005 with tougher sentences for traffickers and new protections for victims.

The bill, laid before the House by the Minister for Gender, Children and Social Protection, Dr. Afua Asabea Asare, had been under debate since early 2023. It now goes to President Nana Akufo-Addo for assent.

Speaking after the vote, the Minister said the new Human Trafficking (Amendment) Act, 2024 would allow courts to confiscate the assets of convicted traffickers and use them to fund shelters. "Victims will no longer wait years for justice," she told reporters.

The law also places the Human Trafficking Secretariat under the Ministry of Gender, Children and Social Protection and makes the Anti-Human Trafficking Unit of the Ghana Police Service a permanent department.

Civil society groups welcomed the vote. Mr. Kwabena Otoo, Executive Director of the Coalition Against Trafficking in Persons Ghana, said the reform would "close the gaps that let traffickers walk free." He called on the Government to fund the National Plan of Action for the Elimination of Human Trafficking in Ghana (2022-2026), which he said had received less than half its budget.

The US State Department's Trafficking in Persons Report 2024 placed Ghana on Tier 2, citing low conviction rates. The United Nations Office on Drugs and Crime (UNODC) has trained more than 300 prosecutors in Ghana under its Global Action against Trafficking in Persons and the Smuggling of Migrants (GLO.ACT).

Ghana ratified the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children in 2012.
"""

FORUM_STATEMENT = """\
Statement by H.E. Mr. Retno Wijaya at the Ninth Ministerial Conference of the Bali Process

Co-Chairs, Excellencies, ladies and gentlemen,

It is an honour to address this Ministerial Conference on behalf of the Republic of Indonesia.

Twenty years after its founding, the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime remains the main forum in our region for cooperation on irregular migration. Indonesia is proud to co-chair it with Australia.

Since the Eighth Ministerial Conference, Indonesia has adopted Presidential Regulation No. 49 of 2023 on the Task Force for the Prevention and Handling of Trafficking in Persons, and our National Action Plan on the Prevention and Handling of Trafficking in Persons 2020-2024 has been reviewed with civil society.

We have also worked closely with the Regional Support Office of the Bali Process in Bangkok on the Bali Process Government and Business Forum, which has produced the Acknowledge, Act and Advance Recommendations for businesses.

Online scams have become a new face of trafficking in persons. Thousands of people from our region have been lured to scam centres and forced to work there. Indonesia calls on all members to implement the Bali Process Policy Guide on Identifying Victims of Trafficking and to share information through the Bali Process Strategy for Cooperation 2023-2028.

We welcome the adoption of the Adelaide Strategy for Cooperation and support the ASEAN Convention against Trafficking in Persons, Especially Women and Children.

Indonesia stands ready to work with the United Nations High Commissioner for Refugees (UNHCR), the International Organization for Migration (IOM) and the UNODC to protect people on the move.

Thank you.
"""

_CACHE: dict[str, Extraction] = {}


def run(text: str) -> Extraction:
    if text not in _CACHE:
        _CACHE[text] = extract_text(text, title=text.split("\n", 1)[0])
    return _CACHE[text]


def typed(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in run(text).entities}


def entity(text: str, label: str):
    return next(e for e in run(text).entities if e.label == label)


# -- UN meeting coverage --------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        ("Organization", "Third Committee"),
        ("Organization", "United Nations General Assembly"),
        ("Person", "Ilze Brands Kehris"),
        ("Person", "Antonio Lagdameo"),
        ("Plan", "Labour Migration Strategy (2024-2030)"),
        ("Framework", "Republic Act No. 11641"),
        ("Plan", "Bantay OFW"),
        ("Organization", "Department of Migrant Workers"),
        ("Event", "International Migration Review Forum"),
        ("Country", "Philippines"),
        ("Country", "Nepal"),
        ("Issue", "forced labour"),
    ],
)
def test_un_meeting_coverage(expected):
    assert expected in typed(UN_MEETING)


def test_un_meeting_coverage_headline_and_titles_make_no_junk():
    labels = {label for _t, label in typed(UN_MEETING)}
    assert not any("Concludes" in label or "Debate" in label for label in labels)
    assert not any(label.startswith(("Rights ", "Assistant ")) for label in labels)


# -- ministry press release -----------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        ("Organization", "Ministry of Labour, Employment and Social Security"),
        ("Plan", "National Plan of Action on Safe and Fair Labour Migration 2025-2030"),
        ("Person", "Sharat Singh Bhandari"),
        ("Person", "Ram Prasad Ghimire"),
        ("Person", "Lorena Lando"),
        ("Framework", "Foreign Employment Act, 2007"),
        ("Framework", "Foreign Employment (Amendment) Bill"),
        ("Plan", "Safe Migration Project"),
        ("Organization", "Department of Foreign Employment"),
        ("Country", "Nepal"),
    ],
)
def test_ministry_release(expected):
    assert expected in typed(MINISTRY_RELEASE)


def test_ministry_release_headline_names_are_forms_of_the_body_names():
    ministry = entity(MINISTRY_RELEASE, "Ministry of Labour, Employment and Social Security")
    assert "Ministry of Labour and Employment" in ministry.aliases
    plan = entity(MINISTRY_RELEASE, "National Plan of Action on Safe and Fair Labour Migration 2025-2030")
    assert plan.start_year == 2025 and plan.end_year == 2030
    assert not any(label.startswith("Hon") for _t, label in typed(MINISTRY_RELEASE))


# -- news article on a new law --------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        ("Organization", "Parliament"),
        ("Country", "Ghana"),
        ("Framework", "Human Trafficking (Amendment) Act, 2024"),
        ("Framework", "Human Trafficking Act, 2005"),
        ("Person", "Afua Asabea Asare"),
        ("Person", "Nana Akufo-Addo"),
        ("Person", "Kwabena Otoo"),
        ("Organization", "Ministry of Gender, Children and Social Protection"),
        ("Organization", "Coalition Against Trafficking in Persons Ghana"),
        ("Plan", "National Plan of Action for the Elimination of Human Trafficking in Ghana (2022-2026)"),
        ("Organization", "United Nations Office on Drugs and Crime"),
    ],
)
def test_new_law_article(expected):
    assert expected in typed(NEW_LAW)


def test_the_bill_is_one_law_with_the_act_it_became_and_apart_from_the_old_act():
    act = entity(NEW_LAW, "Human Trafficking (Amendment) Act, 2024")
    assert "Human Trafficking (Amendment) Bill, 2024" in act.aliases
    assert ("Framework", "Human Trafficking (Amendment) Bill, 2024") not in typed(NEW_LAW)
    assert not any("Landmark" in label for _t, label in typed(NEW_LAW))


# -- statement at a regional forum ----------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        ("Person", "Retno Wijaya"),
        ("Event", "Ninth Ministerial Conference of the Bali Process"),
        ("Country", "Indonesia"),
        ("Country", "Australia"),
        ("Plan", "National Action Plan on the Prevention and Handling of Trafficking in Persons 2020-2024"),
        ("Plan", "Bali Process Strategy for Cooperation 2023-2028"),
        ("Framework", "Bali Process Policy Guide on Identifying Victims of Trafficking"),
        ("Framework", "ASEAN Convention Against Trafficking in Persons, Especially Women and Children"),
        ("Organization", "International Organization for Migration"),
        ("Issue", "human trafficking"),
    ],
)
def test_forum_statement(expected):
    assert expected in typed(FORUM_STATEMENT)


def test_forum_statement_keeps_the_harms_it_is_about():
    """Irregular migration, named once, is a harm policy-kg follows; the scams come back twice."""
    issues = {label for t, label in typed(FORUM_STATEMENT) if t == "Issue"}
    assert issues == {"human trafficking", "irregular migration", "online scam centres"}
    assert not any(label.startswith("H.E") for _t, label in typed(FORUM_STATEMENT))
