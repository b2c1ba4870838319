"""Plan names of national policy documents: a two-word head, a period after a lower-case plan, a
state's "Concept" (kg/extract/name_segments.py, lower_case_names.py, lexicon.PLAN_HEADS)."""

from __future__ import annotations

import pytest
from extract_util import labels, run


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        (
            "Jamaica began drafting a National Policy and Plan of Action on Trafficking in Persons (TIP).",
            {"National Policy and Plan of Action on Trafficking in Persons"},
        ),
        (
            "Kenya adopted the National Strategy and Action Plan on Migration.",
            {"National Strategy and Action Plan on Migration"},
        ),
        # two plans, each with its own topic or period, stay two
        (
            "Kenya adopted the National Action Plan 2020-2024 and Plan of Action on Child Labour.",
            {"National Action Plan 2020-2024", "Plan of Action on Child Labour"},
        ),
        (
            "Guyana launched its national plan of action for 2019/2020 on Friday.",
            {"national plan of action for 2019/2020"},
        ),
        (
            "Uzbekistan approved the Concept for Combating Human Trafficking for 2021-2025.",
            {"Concept for Combating Human Trafficking for 2021-2025"},
        ),
        (
            "Kazakhstan adopted the Concept of Migration Policy for 2023-2027.",
            {"Concept of Migration Policy for 2023-2027"},
        ),
        # any number of years, in words or figures, marks a plan in lower case
        (
            "Nepal adopted a three-year national action plan on Monday.",
            {"three-year national action plan"},
        ),
        ("Kenya adopted a 10-year national strategy.", {"10-year national strategy"}),
        # its topic after "for combating": what it is about is part of its name
        (
            "Serbia approved a national strategy for combating human trafficking.",
            {"national strategy for combating human trafficking"},
        ),
    ],
)
def test_the_plan_is_named_whole(text: str, plans: set[str]) -> None:
    assert labels(run(text), "Plan") == plans


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry shared a Concept Note on the project with IOM.",
        "UNDP presented the Concept of Operations to the Council.",
        "The agencies drafted a Concept Paper for donors.",
        "Kenya piloted the One Health Concept in three counties.",
        "The Paris Agreement and the Strategic Concept of NATO were discussed.",
    ],
)
def test_a_working_paper_is_no_plan(text: str) -> None:
    assert labels(run(text), "Plan") == set()


def test_a_policy_and_a_body_joined_by_and_stay_apart() -> None:
    x = run("Kenya adopted the National Migration Policy and Plan International Kenya provided funding.")
    assert labels(x, "Plan") == {"National Migration Policy"}
    assert "Plan International Kenya" in labels(x, "Organization")


def test_a_lower_case_plan_drafted_in_some_years_is_not_named_by_them() -> None:
    x = run("Kenya drafted its national action plan in 2017-2018 and adopted it in 2019.")
    assert labels(x, "Plan") == {"national action plan"}


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Malawi celebrated the launch of its first ever national migration plan on Monday.",
            "national migration plan",
        ),
        (
            "Malawi's 10-year development perspective plan was presented on Monday.",
            "10-year development perspective plan",
        ),
        ("Malawi launched a national labor mobility program on Monday.", "national labor mobility program"),
    ],
)
def test_a_lower_case_plan_after_a_possessive_a_first_ever_or_spelled_program(text: str, plan: str) -> None:
    assert plan in labels(run(text), "Plan")


@pytest.mark.parametrize(
    "text",
    [
        "The Minister's new program was praised by the donors.",
        "Malawi's first ever visit to the region was praised.",
    ],
)
def test_an_unmarked_program_after_a_possessive_is_no_plan(text: str) -> None:
    assert not labels(run(text), "Plan")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's national programme officer, Mary Banda, said the plan works.",
        "Ghana's national program manager for HIV said it.",
        "Kenya's development plan officer resigned.",
        "He met the national programme officer on Monday.",
    ],
)
def test_a_plan_head_that_names_a_post_is_no_plan(text: str) -> None:
    assert not labels(run(text), "Plan")


@pytest.mark.parametrize(
    "text",
    [
        "Today's national strategy meeting was cancelled.",
        "Monday's national action plan review found gaps.",
        "President's national strategy address was broadcast on Monday.",
        "Minister's national plan was criticised by the opposition.",
    ],
)
def test_a_day_or_an_office_before_a_lower_case_plan_owns_no_plan(text: str) -> None:
    assert not labels(run(text), "Plan")


def test_a_programme_of_action_is_read_whole_as_a_plan_of_action_is() -> None:
    ex = run("Mexico's national program of action for children was adopted.")
    assert labels(ex, "Plan") == {"national program of action"}
    assert "national action plan" in labels(run("Kenya's national action plan review found gaps."), "Plan")
