"""A person acting "as" the holder of a body's or country's office (kg/extract/relation_as_role.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def _rules(*sentences: str):  # type: ignore[no-untyped-def]
    return by_rules(run(news(*sentences)))


def test_as_the_chair_of_a_body() -> None:
    ex = _rules("Ana Ruiz delivered the statement as the Chair of the Pacific Islands Forum.")
    assert has(ex, "Ana Ruiz", "represents", "Pacific Islands Forum")


def test_in_her_capacity_as() -> None:
    ex = _rules("Ana Ruiz, in her capacity as President of the Human Rights Council, opened the session.")
    assert has(ex, "Ana Ruiz", "represents", "United Nations Human Rights Council")


def test_as_ambassador_of_a_country_not_the_host() -> None:
    ex = _rules("Ana Ruiz served as Ambassador of Peru to Chile.")
    assert has(ex, "Ana Ruiz", "represents", "Peru")
    assert not has(ex, "Ana Ruiz", "represents", "Chile")


def test_another_actor_named_between_holds_the_office() -> None:
    ex = _rules("Ana Ruiz welcomed Peru as the new Chair of the Pacific Islands Forum.")
    assert not has(ex, "Ana Ruiz", "represents", "Pacific Islands Forum")


def test_a_former_office_is_not_held() -> None:
    ex = _rules("Ana Ruiz spoke as former President of the Human Rights Council.")
    assert not has(ex, "Ana Ruiz", "represents", "United Nations Human Rights Council")
