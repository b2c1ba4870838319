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
    ],
)
def test_a_working_paper_is_no_plan(text: str) -> None:
    assert labels(run(text), "Plan") == set()
