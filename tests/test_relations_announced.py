"""Adoption said with "announced", and a passive's agent after a date ("announced July 7 by X")."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run


def test_who_announces_a_plan_adopts_it() -> None:
    ex = run("News\n\nThe Government of Peru announced the National Plan against Forced Labour on Monday.")
    assert has(ex, "Peru", "adopts", "National Plan against Forced Labour")


def test_the_agent_of_a_passive_after_a_date() -> None:
    ex = run("News\n\nThe Safe Border Programme, announced July 7 by President Ana Ruiz, is working.")
    assert has(ex, "Ana Ruiz", "adopts", "Safe Border Programme")
    ex = run("News\n\nThe Safe Border Programme, approved on 3 May 2024 by the Cabinet of Peru, is working.")
    assert has(ex, "Cabinet of Peru", "adopts", "Safe Border Programme")
    ex = run("News\n\nThe Safe Border Programme, adopted in 2019 by Peru, is working.")  # read before, too
    assert has(ex, "Peru", "adopts", "Safe Border Programme")


def test_an_announcement_that_does_not_name_the_item_adopts_nothing() -> None:
    ex = run("News\n\nThe United States announced its withdrawal from the Paris Agreement.")
    assert not has(ex, "United States", "adopts", "Paris Agreement")
    ex = run("News\n\nKenya announced that the National Action Plan would be delayed.")
    assert not has(ex, "Kenya", "adopts", "National Action Plan")
    ex = run("News\n\nChile announced funding for the Global Compact on Migration.")
    assert not has(ex, "Chile", "adopts", "Global Compact")
