"""Whom a person speaks for, said by a possessive or "from" (kg/extract/relation_owned_person.py)."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run


def test_a_possessive_before_a_person_names_whom_the_person_represents() -> None:
    assert has(run("News\n\nPeru's Ana Ruiz said the plan was ready."), "Ana Ruiz", "represents", "Peru")
    ex = run("News\n\nThe ILO's Ana Ruiz said the plan was ready.")
    assert has(ex, "Ana Ruiz", "represents", "International Labour Organization")


def test_a_person_from_a_body_represents_it() -> None:
    ex = run("News\n\nAna Ruiz from the ILO said the plan was ready.")
    assert has(ex, "Ana Ruiz", "represents", "International Labour Organization")


def test_the_owner_is_not_part_of_the_person_s_name() -> None:
    ex = run("News\n\nPeru's Ana Ruiz said the plan was ready.")
    assert {e.label for e in ex.entities if e.type == "Person"} == {"Ana Ruiz"}


def test_a_letter_from_a_body_is_no_representation() -> None:
    ex = run("News\n\nAna Ruiz received a letter from the ILO on Monday.")
    assert not has(ex, "Ana Ruiz", "represents", "International Labour Organization")


def test_a_person_named_with_another_verb_still_represents_the_owner() -> None:
    assert has(run("News\n\nPeru's Ana Ruiz praised the deal."), "Ana Ruiz", "represents", "Peru")


def test_a_person_receiving_something_from_a_body_does_not_represent_it() -> None:
    ex = run("News\n\nThe ILO sent a letter to Maria Lopez from the UNHCR office in Geneva.")
    assert not has(ex, "Maria Lopez", "represents", "Office of the United Nations High Commissioner")


def test_speaking_as_coordinator_ends_with_the_paragraph():
    ex = run(
        "Introducing the text, the representative of Belarus, Pavel Ostrov, said it had 90 sponsors. "
        "Speaking also as coordinator of the Group of Friends United against Human Trafficking, he said "
        "Minsk was proud of the text.\n\nThe representative of the Philippines, Maria Lopez, said so."
    )
    assert has(ex, "Pavel Ostrov", "represents", "Group of Friends")
    assert not has(ex, "Maria Lopez", "represents", "Group of Friends")


def test_speaking_as_chair_reaches_a_name_after_his_excellency():
    ex = run(
        "Speaking as Chair of the Group of 77 and China, H.E. Mr. Ali Rahimi said development came first."
    )
    assert has(ex, "Ali Rahimi", "represents", "Group of 77")
