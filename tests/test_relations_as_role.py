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


def test_as_that_joins_compares_or_says_when_gives_no_office() -> None:
    for sentence, body in (
        ("Ana Ruiz met the Minister of Justice as well as the Director of UNODC.", "United Nations Office"),
        ("Ana Ruiz met partners such as the Chair of the African Union.", "African Union"),
        (
            "Ana Ruiz welcomed the decision, as the Secretary-General of the United Nations had urged.",
            "United",
        ),
        ("Ana Ruiz briefed reporters just as the Director of UNICEF landed.", "United Nations Children"),
        (
            "Ana Ruiz thanked the ambassador, who spoke as the representative of the European Union.",
            "European",
        ),
        ("Ana Ruiz served as President of the Human Rights Council until 2020.", "United Nations Human"),
    ):
        assert not has(_rules(sentence), "Ana Ruiz", "represents", body), sentence


def test_a_portfolio_or_a_title_modifier_between_the_role_and_the_body() -> None:
    assert has(
        _rules("Ana Ruiz spoke as Minister of Foreign Affairs of Kenya."), "Ana Ruiz", "represents", "Kenya"
    )
    ex = _rules("Ana Ruiz spoke as Special Rapporteur of the Human Rights Council.")
    assert has(ex, "Ana Ruiz", "represents", "United Nations Human Rights Council")
