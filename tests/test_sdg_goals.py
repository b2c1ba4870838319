"""One SDG goal or target named with its number is its own Framework (kg/extract/sdg_goals.py)."""

from __future__ import annotations

from extract_util import by_rules, cues, labels, run


def test_each_numbered_goal_and_target_is_its_own_framework() -> None:
    x = run("Kenya is committed to SDG 8.7 and SDG target 10.7, and to the SDGs.")
    assert labels(x, "Framework") == {"SDG 8.7", "SDG target 10.7", "Sustainable Development Goals"}
    assert cues(by_rules(x), "supports") == {
        ("Kenya", "SDG 8.7"): "committed to",
        ("Kenya", "SDG target 10.7"): "committed to",
        ("Kenya", "Sustainable Development Goals"): "committed to",
    }


def test_the_long_form_of_a_goal() -> None:
    x = run("The project supports Sustainable Development Goal 16 on peace and justice.")
    assert labels(x, "Framework") == {"Sustainable Development Goal 16"}


def test_a_bare_goal_or_target_number_is_no_framework() -> None:
    # "Goal 3 of the plan" is the plan's own goal; "target 10.7 of the SDGs" names the SDGs
    x = run("Goal 3 of the plan is to train judges, in line with target 10.7 of the SDGs.")
    assert labels(x, "Framework") == {"Sustainable Development Goals"}


def test_no_goal_past_seventeen() -> None:
    assert "SDG 18" not in labels(run("The report lists SDG 18 as a proposal."), "Framework")
