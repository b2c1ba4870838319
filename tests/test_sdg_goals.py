"""One SDG goal or target named with its number is its own Framework (kg/extract/sdg_goals.py)."""

from __future__ import annotations

import pytest
from extract_util import by_rules, cues, labels, run


def test_each_numbered_goal_and_target_is_its_own_framework() -> None:
    x = run("Kenya is committed to SDG 8.7 and SDG target 10.7, and to the SDGs.")
    assert labels(x, "Framework") == {"SDG 8.7", "SDG 10.7", "Sustainable Development Goals"}
    assert cues(by_rules(x), "supports") == {
        ("Kenya", "SDG 8.7"): "committed to",
        ("Kenya", "SDG 10.7"): "committed to",
        ("Kenya", "Sustainable Development Goals"): "committed to",
    }


def test_the_long_form_of_a_goal() -> None:
    x = run("The project supports Sustainable Development Goal 16 on peace and justice.")
    assert labels(x, "Framework") == {"SDG 16"}


def test_a_bare_goal_or_target_number_is_no_framework() -> None:
    # "Goal 3 of the plan" is the plan's own goal; "target 10.7 of the SDGs" names the SDGs
    x = run("Goal 3 of the plan is to train judges, in line with target 10.7 of the SDGs.")
    assert labels(x, "Framework") == {"Sustainable Development Goals"}


def test_no_goal_past_seventeen() -> None:
    assert "SDG 18" not in labels(run("The report lists SDG 18 as a proposal."), "Framework")


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        ("Progress on SDG 8 and 16 was slow in Kenya.", {"SDG 8", "SDG 16"}),
        ("Kenya is committed to Sustainable Development Goals 5 and 16.", {"SDG 5", "SDG 16"}),
        ("SDG Goal 5 on gender equality guides Kenya.", {"SDG 5"}),
        ("Kenya supports SDG16.", {"SDG 16"}),
        ("Health spending in Kenya supports SDG 3.d.", {"SDG 3.d"}),
        # one node per target, however written
        ("Kenya backs SDG 8.7. SDG target 8.7 calls for ending forced labour.", {"SDG 8.7"}),
    ],
)
def test_goals_by_number_in_lists_and_spellings(text: str, goals: set[str]) -> None:
    assert labels(run(text), "Framework") == goals


def test_a_national_set_of_goals_is_not_the_sdgs() -> None:
    assert (
        labels(run("Viet Nam set its own national sustainable development goals in 2017."), "Framework")
        == set()
    )


def test_a_goal_is_not_folded_into_one_of_its_targets() -> None:
    x = run("Kenya supports SDG 8 on decent work and SDG 8.7 on forced labour.")
    assert labels(x, "Framework") == {"SDG 8", "SDG 8.7"}
