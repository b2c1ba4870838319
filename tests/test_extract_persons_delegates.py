"""Speakers named by their country in brackets in meeting coverage (kg/extract/persons_delegates.py)."""

from __future__ import annotations

import pytest
from extract_util import has, run

_COVERAGE = (
    "Kazuyuki Yamazaki (Japan) called for the release of hostages. "
    "Tareq Albanai (Kuwait) said the occupation must end. "
    "Also speaking, Hwang Joon-kook (Republic of Korea) expressed concern about the launches."
)


def _persons(text: str) -> set[str]:
    return {e.label for e in run(text).entities if e.type == "Person"}


def test_speakers_with_no_known_given_name_are_persons_of_their_country() -> None:
    ex = run(_COVERAGE)
    persons = {e.label for e in ex.entities if e.type == "Person"}
    assert {"Kazuyuki Yamazaki", "Tareq Albanai", "Hwang Joon-kook"} <= persons
    assert has(ex, "Kazuyuki Yamazaki", "represents", "Japan")
    assert has(ex, "Tareq Albanai", "represents", "Kuwait")


@pytest.mark.parametrize(
    "text",
    [
        "Nuevo León (Mexico) said it agreed. Ciudad Juárez (Mexico) said it agreed.",  # places
        "Fu Cong (China) said the sanctions were counterproductive.",  # one bracket: maybe a place
        "The Council Chamber (United States) was full. The Assembly Hall (Kenya) said nothing.",
        "KENYA SAID (Kenya) NOTHING. Sanctions Committee (China) said it agreed.",
        "The Joint Statement (Kenya) said it agreed. The Pact Group (Uganda) said it agreed.",
    ],
)
def test_places_single_brackets_and_bodies_are_no_speakers(text: str) -> None:
    assert not _persons(text) & {
        "Nuevo León",
        "Ciudad Juárez",
        "Fu Cong",
        "Council Chamber",
        "Assembly Hall",
        "Sanctions Committee",
        "Joint Statement",
        "Pact Group",
    }
