"""A person whose own deed is done "on behalf of" a body represents it
(kg/extract/relation_structures.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_a_person_who_introduced_a_text_on_behalf_of_a_group_represents_it():
    ex = by_rules(
        run(
            news(
                "Representing Chile as penholder, Minister Ana Ruiz introduced the resolution to the Council "
                "on behalf of the Core Group comprising Chile, Peru and Spain."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "represents", "Core Group")


def test_a_person_with_another_actor_between_does_not_represent_the_group():
    ex = by_rules(run(news("Minister Ana Ruiz met the President of Chile on behalf of the Core Group.")))
    assert not has(ex, "Ana Ruiz", "represents", "Core Group")


def test_the_body_the_text_is_introduced_to_does_not_stand_between_the_person_and_the_group():
    ex = by_rules(
        run(
            news(
                "Minister Ana Ruiz introduced the resolution to the Human Rights Council on behalf of the "
                "Core Group comprising Chile, Peru and Spain."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "represents", "Core Group")
