"""Helping another's implementation is support (kg/extract/relation_helped_implementation.py)."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run

PLAN = "National Action Plan against Forced Labour"


def test_in_support_of_the_implementation_is_support() -> None:
    ex = run(f"News\n\nThe course was organized by UNICEF in support of the implementation of the {PLAN}.")
    assert has(ex, "United Nations Children", "supports", PLAN)
    assert not has(ex, "United Nations Children", "implements", PLAN)


def test_a_contribution_to_achieving_is_support() -> None:
    ex = run(f"News\n\nThe project of the ILO contributes to achieving the objectives of the {PLAN}.")
    assert not has(ex, "International Labour Organization", "implements", PLAN)
    assert has(ex, "International Labour Organization", "supports", PLAN)


def test_implementing_it_oneself_stays_implementation() -> None:
    ex = run(f"News\n\nPeru is implementing the {PLAN} with its own funds.")
    assert has(ex, "Peru", "implements", PLAN)
