"""A relative clause whose subject is a state's organ named before the state adopts for the state."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "actor", "item"),
    [
        (
            "The Plan of Action, which the Government of Iraq launched with UNAMI in 2019, focuses on "
            "conflict-related sexual violence.",
            "Iraq",
            "Plan of Action",
        ),
        (
            "The National Strategy for Youth, which the Government of the Gambia validated with UNFPA in "
            "2022, runs to 2027.",
            "Gambia",
            "National Strategy for Youth",
        ),
    ],
)
def test_which_the_government_of_a_state_did_the_act(text: str, actor: str, item: str) -> None:
    assert has(run(text), actor, "adopts", item)


def test_the_organ_clause_reaches_only_the_item_right_before_which() -> None:
    x = run(
        "Norway funded the Plan of Action and the Arms Trade Treaty, which the Government of Iraq "
        "ratified with UNAMI in 2019."
    )
    assert not has(x, "Iraq", "adopts", "Plan of Action")
    assert not has(x, "Norway", "adopts", "Arms Trade Treaty")
    assert not has(
        run("The Plan of Action, which the Minister of Iraq criticised, failed."), "Iraq", "adopts", "Plan"
    )


def test_which_the_president_of_an_international_body_did_is_no_act_of_the_body() -> None:
    x = run(
        "The Action Agenda on Internal Displacement, which the President of the General Assembly launched in "
        "2022, calls for durable solutions."
    )
    assert not has(x, "United Nations General Assembly", "adopts", "Action Agenda on Internal Displacement")
