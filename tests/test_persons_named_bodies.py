"""Bodies named after a person are no persons (kg/extract/person_names.py). Texts written for these tests."""

from __future__ import annotations

import pytest
from extract_util import run


def _persons(text: str) -> set[str]:
    return {e.label for e in run("News\n\n" + text).entities if e.type == "Person"}


@pytest.mark.parametrize(
    "text",
    [
        "The Jimmy Carter Presidential Library hosted the event.",
        "The Friedrich Ebert Stiftung funded the study.",
        "The Konrad Adenauer Stiftung funded the study.",
        "The Queen Elizabeth Hospital treated the injured.",
    ],
)
def test_a_body_named_after_a_person_is_no_person(text: str) -> None:
    assert not _persons(text)


def test_the_person_beside_such_words_is_still_found() -> None:
    assert "Amina Diallo" in _persons("Hospital director Amina Diallo said beds were full.")
    assert "Jimmy Carter" in _persons("Former President Jimmy Carter opened the library.")
