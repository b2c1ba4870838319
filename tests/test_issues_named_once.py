"""The harms policy-kg follows are kept when a text names them once; a theme or a passing problem is not."""

from __future__ import annotations

from extract_util import run, typed

TEXT = (
    "IOM trains Djibouti officials\n\n"
    "The course aims to help officials respond to human smuggling and trafficking in persons.\n"
    "Many of the trainees work on migration, and some on poverty.\n"
)


def _issues(text: str) -> set[str]:
    return {label for kind, label in typed(run(text)) if kind == "Issue"}


def test_a_focus_harm_named_once_is_kept() -> None:
    assert {"migrant smuggling", "human trafficking"} <= _issues(TEXT)


def test_a_theme_or_a_passing_problem_named_once_is_not() -> None:
    found = _issues(TEXT)
    assert "migration" not in found and "poverty" not in found


def test_climate_change_and_child_labour_named_once_are_kept() -> None:
    text = "Ghana hosts a forum\n\nThe forum discussed child labour in cocoa and climate change.\n"
    assert {"child labour", "climate change"} <= _issues(text)
