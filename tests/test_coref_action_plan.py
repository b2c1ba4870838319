""" "the action plan" stands for a plan named "… Plan of Action …" or "… Action Plan …" (the words in
either order), and for nothing else (kg/extract/kind_nouns.py, kg/extract/coref.py)."""

from __future__ import annotations

from extract_util import has, news, run


def test_the_action_plan_is_the_plan_of_action_named_before():
    x = run(
        news(
            "Guyana launched the National Plan of Action 2019-2020 on Monday.",
            "The Ministry of Social Protection will play a key role in implementing the action plan.",
        )
    )
    assert has(x, "Ministry of Social Protection", "implements", "National Plan of Action 2019-2020")


def test_the_plan_of_action_is_the_action_plan_named_before():
    x = run(
        news(
            "Ghana launched the Cocoa Action Plan on Monday.",
            "The Ministry of Labour will lead the implementation of the plan of action.",
        )
    )
    assert has(x, "Ministry of Labour", "implements", "Cocoa Action Plan")


def test_the_action_plan_is_no_strategy():
    x = run(
        news(
            "Ghana launched the Cocoa Strategy on Monday.",
            "The Ministry of Labour will lead the implementation of the action plan.",
        )
    )
    assert not has(x, "Ministry of Labour", "implements", "Cocoa Strategy")
