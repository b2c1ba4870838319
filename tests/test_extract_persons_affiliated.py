"""A speaker named with the body she speaks for set off after the name (kg/extract/persons_apposed.py)."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moreau, UNICEF, said the shelters are full.",
        "In Dakar, Lena Moreau, UNICEF, told reporters the shelters are full.",
        "Lena Moreau (UNICEF) said the shelters are full.",
    ],
)
def test_a_name_with_a_known_body_set_off_and_a_verb_of_saying_is_a_person_of_that_body(text):
    ex = run(text)
    assert "Lena Moreau" in {e.label for e in ex.entities if e.type == "Person"}
    assert has(ex, "Lena Moreau", "represents", "United Nations Children")


@pytest.mark.parametrize(
    "text",
    [
        "Nuevo León (Mexico) said the shelters are full.",
        "The Migrant Forum (MFA) said the shelters are full.",
        "Kenya, Uganda, UNICEF, said the shelters are full.",
    ],
)
def test_places_and_bodies_with_their_acronyms_are_no_persons(text):
    assert not [e for e in run(text).entities if e.type == "Person"]
