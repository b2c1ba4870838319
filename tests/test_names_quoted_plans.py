"""Projects and programmes named by a title beside their kind (kg/extract/quoted_plans.py)."""

from __future__ import annotations

import pytest
from extract_util import run_titled, typed

from kg.extract.quoted_plans import quoted_plans


def plans(text: str) -> set[str]:
    return {label for kind, label in typed(run_titled("News\n\n" + text)) if kind == "Plan"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The strategy is backed by the “Strengthening the response to forced labour in Ghana” project.",
            "Strengthening the response to forced labour in Ghana",
        ),
        (
            "The project “Safer Roads Home for Migrant Workers” opened two shelters.",
            "Safer Roads Home for Migrant Workers",
        ),
        (
            "Training was given under the EU-funded project “Support to Safe Migration in West Africa”.",
            "Support to Safe Migration in West Africa",
        ),
        (
            "It was drafted through a project entitled Development of a National Migration Policy in Tonga.",
            "Development of a National Migration Policy in Tonga",
        ),
        (
            "The new project – called Promoting Fair Recruitment in the Pacific – will protect workers.",
            "Promoting Fair Recruitment in the Pacific",
        ),
        ("Under the plan, dubbed “Green Horizons,” both countries will plant trees.", "Green Horizons"),
    ],
)
def test_a_title_beside_its_kind_is_the_plan_s_name(text: str, name: str) -> None:
    assert name in plans(text)


@pytest.mark.parametrize(
    "text",
    [
        "He called the plan “A Bad Deal” in his speech.",  # a verdict on a plan, not its name
        "Critics say the “offshore processing plan” is unlawful.",  # lower-case: a description
        "The programme, he said, was “Not Enough For Anyone”.",  # no kind right before the quote
        "The programme called Ana Ruiz to testify on Monday.",  # "called" a person: no title
    ],
)
def test_verdicts_and_descriptions_are_not_names(text: str) -> None:
    assert not list(quoted_plans(text))


def test_a_plan_s_title_keeps_the_place_it_names() -> None:
    text = "They launched the “Clean Water for Schools in Malawi” project."
    assert "Clean Water for Schools in Malawi" in plans(text)


def test_a_verdict_on_a_project_is_no_name() -> None:
    assert not list(quoted_plans('Critics called the project "A Total Failure" on Monday.'))


def test_a_plan_s_head_then_its_country_is_the_plan_alone() -> None:
    assert plans("UNDP launched the National Action Plan in Kenya last week.") == {"National Action Plan"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # typeset with the closing mark as the opening one
            "Japan gave $1 million under the UNHCR project titled ”Emergency Shelter for Returnees in "
            "Moldova”, aiming to help families.",
            "Emergency Shelter for Returnees in Moldova",
        ),
        (  # straight single quotes, after the kind
            "The school complements the EU funded UNODC project 'Building Safer Routes for Migrant Workers "
            "in the Sahel by Training Border Officials and Judges' which ends in May.",
            "Building Safer Routes for Migrant Workers in the Sahel by Training Border Officials and Judges",
        ),
        (  # straight single quotes, before the kind
            "The 'Support to Victims of Forced Labour in Peru' project was funded by Norway.",
            "Support to Victims of Forced Labour in Peru",
        ),
        (  # a long title with an initialism joined to its first word
            'Staff will run the new project "UN.Connect Justice for Survivors of Trafficking and Smuggling '
            'of Migrants in the Western Balkans and Central Europe" next year.',
            "UN.Connect Justice for Survivors of Trafficking and Smuggling of Migrants in the Western "
            "Balkans and Central Europe",
        ),
        (  # a naming word, then any sentence-case title
            "They signed the grant for a five-year project titled, ‘Building resilience of delta farmers, "
            "especially youth, to cope with rising salinity’ at the ministry.",
            "Building resilience of delta farmers, especially youth, to cope with rising salinity",
        ),
    ],
)
def test_a_title_in_any_quotes_beside_its_kind_is_the_plan_s_name(text: str, name: str) -> None:
    assert name in plans(text)


def test_titles_listed_after_their_kind_are_each_a_plan() -> None:
    text = (
        "The projects are: “Safer Labour Migration in Senegal (Component 2),” worth 6 million euros, "
        "and “Free Movement of Persons in Central Africa Phase 3,” covering ten states."
    )
    assert {
        "Safer Labour Migration in Senegal (Component 2)",
        "Free Movement of Persons in Central Africa Phase 3",
    } <= plans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's 'model' project drew praise.",  # an apostrophe opens no title, lower case is no name
        "Of the project she said: 'it was slow to start' and left.",  # quoted speech, lower case
        "The projects are: 'we will see' said the minister.",  # a listed quote that reads as no name
        "Key initiatives include: “We will end forced labour by 2030,” the minister said.",  # speech
    ],
)
def test_apostrophes_and_quoted_speech_are_not_titles(text: str) -> None:
    assert not list(quoted_plans(text))
