"""Adoption of an instrument named only by its kind in a later sentence (kg/extract/relation_the_item.py)."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run


def test_the_law_signed_is_the_act_named_before() -> None:
    ex = run(
        "News\n\nThe Safe Migration Act was passed in 2025. President Ana Ruiz enacted the legislation today."
    )
    assert has(ex, "Ana Ruiz", "adopts", "Safe Migration Act")
    ex = run(
        "News\n\nThe Safe Migration Act was passed in 2025. President Ana Ruiz signed the law on Monday."
    )
    assert has(ex, "Ana Ruiz", "adopts", "Safe Migration Act")  # a date after the noun is no topic of its own


def test_the_kind_must_fit_the_name() -> None:
    text = "News\n\nThe Safe Migration Act was passed last year. Peru adopted the strategy on Monday."
    assert not has(run(text), "Peru", "adopts", "Safe Migration Act")


def test_this_initiative_and_the_document_take_the_last_instrument() -> None:
    text = "News\n\nThe Andean Protection Framework began in 2017. In 2019, Bolivia joined this initiative."
    assert has(run(text), "Bolivia", "adopts", "Andean Protection Framework")
    text = "News\n\nThe Labour Mobility Agreement took two years. Peru and Chile signed the document."
    ex = run(text)
    assert has(ex, "Peru", "adopts", "Labour Mobility Agreement")
    assert has(ex, "Chile", "adopts", "Labour Mobility Agreement")


def test_goals_are_not_signed_as_the_document() -> None:
    text = (
        "News\n\nThe plan serves the Sustainable Development Goals. "
        "Peru and Chile signed the document on Monday."
    )
    assert not has(run(text), "Peru", "adopts", "Sustainable Development Goals")


def test_a_bill_not_passed_is_not_adopted() -> None:
    ex = run("News\n\nThe Safe Migration Bill was tabled in May. The Senate has not passed the bill.")
    assert not has(ex, "Senate", "adopts", "Safe Migration Bill")


def test_a_document_with_its_own_topic_is_another_instrument() -> None:
    text = "News\n\nThe Labour Mobility Agreement took two years. Chile signed the document on fisheries."
    assert not has(run(text), "Chile", "adopts", "Labour Mobility Agreement")


_TITLED = "News\n\nNorway signed the “Safer Crossings for Families” project on Monday. "


def test_the_project_is_the_plan_named_by_its_title_alone() -> None:
    ex = run(_TITLED + "He said the project would be implemented by UNHCR and the ILO.")
    assert has(ex, "UNHCR", "implements", "Safer Crossings for Families")
    assert has(ex, "ILO", "implements", "Safer Crossings for Families")
    ex = run(_TITLED + "The project, she added, is now run by IOM.")
    assert has(ex, "IOM", "implements", "Safer Crossings for Families")


def test_the_project_with_an_aside_says_what_it_addresses() -> None:
    ex = run(_TITLED + "The project, he added, would support the fight against human trafficking.")
    assert has(ex, "Safer Crossings for Families", "addresses", "human trafficking")


def test_a_plan_with_its_own_head_word_is_not_any_project() -> None:
    text = "News\n\nNorway adopted the National Migration Strategy. The project is run by UNHCR."
    assert not has(run(text), "UNHCR", "implements", "National Migration Strategy")


def test_a_project_implemented_by_nobody_named_gives_no_implementer() -> None:
    ex = run(_TITLED + "The project will be implemented by local groups, said Peru.")
    assert not has(ex, "Peru", "implements", "Safer Crossings for Families")


def test_a_passive_inside_a_relative_clause_is_not_the_project_s() -> None:
    ex = run(_TITLED + "The project will rebuild shelters that were funded by Japan.")
    assert not has(ex, "Japan", "supports", "Safer Crossings for Families")


def test_an_initiative_joined_by_neither_or_no_longer_is_not_adopted() -> None:
    before = "News\n\nThe Andean Protection Framework began in 2017. "
    for text in (
        "In 2019, Bolivia neither joined this initiative nor funded it.",
        "Neither Peru nor Bolivia joined this initiative.",
        "Bolivia has no longer joined this initiative.",
    ):
        assert not has(run(before + text), "Bolivia", "adopts", "Andean Protection Framework"), text
