"""Persons known by their given name alone (kg/extract/persons_given.py), on sentences written for them."""

from __future__ import annotations

import subprocess
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
        "Storms over the Rosa Ocean delayed the fleet.",  # a sea's word, as in lexicon.GEOGRAPHIC_FEATURES
        "Ships crossing the Maria Straits were searched.",
        "Traffickers recruit across the Anna Subcontinent.",
        "The Anna Lindt Foundation funds shelters.",  # a body's head word
        "Asia Pacific leaders met in Bangkok.",  # a region, not a name
        "May Parliament approve the bill soon.",  # a month and an English word
    ],
)
def test_places_bodies_and_words_are_not_persons(text: str) -> None:
    assert not given_name_spans(text, []) and not persons(text)


def test_a_title_case_headline_gives_no_person_run_into_its_words() -> None:
    # the given-name finder skips a Title Case headline; its plan is still read
    ex = run_titled(
        "Grace Kamau Launches National Strategy Against Child Labour\n\nThe strategy was launched."
    )
    assert typed(ex) == {("Plan", "National Strategy against Child Labour"), ("Issue", "child labour")}


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
    tool = ROOT / "tools" / "build_given_names.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_name_after_another_capitalized_word_is_found() -> None:
    assert given_name_spans("Peru's Ana Ruiz praised the deal.", []) == [(7, 15)]
    assert given_name_spans("Meanwhile Ngozi Adebayo praised the deal.", []) == [(10, 23)]
    assert "Ana Ruiz" in persons("Peru's Ana Ruiz praised the deal.")


def test_kinds_of_body_and_words_of_faith_are_no_given_names() -> None:
    assert given_name_spans("Faith Based Organizations run shelters.", []) == []
    assert given_name_spans("Christian Aid funds the shelter.", []) == []
    assert given_name_spans("Delta Air Lines flew the returnees.", []) == []


def test_a_given_name_inside_a_place_s_name_is_no_person() -> None:
    # the run opens with a word that is no given name, possessive nor opener: it is one name
    assert given_name_spans("Officials met in San Pedro Sula last week.", []) == []
    assert given_name_spans("Traffic on Ana Ruiz Way was closed.", []) == []  # a street
    assert given_name_spans("Ngozi Okafor Highway was closed.", []) == []


def test_a_person_after_a_place_that_opens_with_a_place_word_is_found() -> None:
    assert "Nayib Bukele" in persons("El Salvador's Nayib Bukele signed the law.")
    assert "Amina Idris" in persons("Residents of El Fasher Amina Idris and Halima Musa fled.")
