"""Persons known by their given name alone (kg/extract/persons_given.py), on sentences written for them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from extract_util import run_titled, typed

from kg.extract.persons_given import given_name_spans, given_names

ROOT = Path(__file__).resolve().parent.parent


def persons(text: str) -> set[str]:
    return {label for kind, label in typed(run_titled("News\n\n" + text)) if kind == "Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ngozi Adebayo-Okafor praised the agreement on Monday.", "Ngozi Adebayo-Okafor"),
        ("Mohamed Ould Tahar received the delegation in the capital.", "Mohamed Ould Tahar"),
        ("Luisa Fernanda de la Vega met the envoys before the vote.", "Luisa Fernanda de la Vega"),
        ("The report was drafted by lawmaker Jonas Pereira of the ruling party.", "Jonas Pereira"),
        ("Tomas Lindqvist, 54, a labour inspector, said the raids would continue.", "Tomas Lindqvist"),
        ("Wang Xiaoming welcomed the new plan.", "Wang Xiaoming"),
        ("Tedros Gebremariam opened the meeting.", "Tedros Gebremariam"),
        ("Sarah J. Whitcombe's remarks opened the session.", "Sarah J. Whitcombe"),
    ],
)
def test_a_name_opening_with_a_given_name_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Maria Linden to sign the accord.",  # after "in": a place
        "Delegates travelled to Rosa Hollow, Kenya, for the talks.",  # a country follows: a place
        "Pollution of the Maria Sea worries fishing communities.",  # a place's head word
        "The Anna Lindt Foundation funds shelters.",  # a body's head word
        "Asia Pacific leaders met in Bangkok.",  # a region, not a name
        "May Parliament approve the bill soon.",  # a month and an English word
        "Grace Kamau Launches National Strategy Against Child Labour\n\nThe strategy was launched.",
    ],
)
def test_places_bodies_and_words_are_not_persons(text: str) -> None:
    assert not {p for p in persons(text) if p.split()[0] in given_names()}


def test_a_title_case_headline_is_skipped() -> None:
    text = "Maria Santos Visits Lagos\n\nThe visit ended on Friday."
    assert given_name_spans(text, [], 0) and not given_name_spans(text, [], text.index("\n"))


def test_what_another_component_found_is_left_to_it() -> None:
    text = "Anna Lindqvist praised the deal."
    assert given_name_spans(text, [(0, 13)]) == []
    assert given_name_spans(text, []) == [(0, 14)]


def test_the_name_list_leaves_out_words_countries_and_head_words() -> None:
    names = given_names()
    assert {"Mohamed", "Ngozi", "Wang", "Grace"} <= names
    assert not names & {"Jordan", "Chad", "Georgia", "Kenya", "Forum", "Asia", "Will", "May", "Bill", "Hope"}


def test_the_name_list_is_up_to_date() -> None:
    """tools/build_given_names.py --check: the shipped list is what the pinned Faker and the table give."""
    path = ROOT / "tools" / "build_given_names.py"
    spec = importlib.util.spec_from_file_location("build_given_names", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_given_names", module)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


def test_bodies_and_media_named_after_a_person_are_not_persons() -> None:
    assert given_name_spans("Grace Church opened a shelter.", []) == []
    assert given_name_spans("Mercy Watch International said so.", []) == []
