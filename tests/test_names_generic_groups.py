"""Kinds of bodies and their people are no body's name (kg/extract/patterns.py)."""

from __future__ import annotations

import pytest
from extract_util import run_titled, typed


def names(text: str) -> set[tuple[str, str]]:
    return typed(run_titled("News\n\n" + text))


@pytest.mark.parametrize(
    "text",
    [
        "Representatives of Non-Governmental Organizations attended the talks.",
        "Law Enforcement Agencies arrested 20 suspects.",
    ],
)
def test_a_kind_of_body_is_no_name(text: str) -> None:
    assert not {n for n in names(text) if n[0] in ("Organization", "Framework")}


def test_bodies_named_of_their_members_keep_their_names() -> None:
    found = names("The Organization of American States met.")
    assert ("Organization", "Organization of American States") in found
    found = names("The Alliance of Small Island States spoke first.")
    assert ("Organization", "Alliance of Small Island States") in found
