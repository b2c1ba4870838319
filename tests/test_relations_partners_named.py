"""Partners listed after an owner's "partners": "Sierra Leone's partners in the drive include UNICEF,
WHO and Gavi", "Partners of Zambia, including the World Bank" (kg/extract/relation_partner_lists.py).
Texts written for these tests."""

from __future__ import annotations

import pytest
from extract_util import by_rules, news, partners, run


@pytest.mark.parametrize(
    ("text", "owner", "listed"),
    [
        (
            "Sierra Leone's partners in the vaccination drive include UNICEF, WHO and Gavi.",
            "Sierra Leone",
            ("United Nations Children's Fund", "World Health Organization", "Gavi, the Vaccine Alliance"),
        ),
        (
            "Partners of Zambia, including the World Bank and the IMF, welcomed the debt deal.",
            "Zambia",
            ("World Bank", "International Monetary Fund"),
        ),
        (
            "Timor-Leste's development partners, including Portugal and Australia, pledged further support.",
            "Timor-Leste",
            ("Portugal", "Australia"),
        ),
    ],
)
def test_the_partners_an_owner_lists_are_its_partners(text: str, owner: str, listed: tuple[str, ...]) -> None:
    ex = by_rules(run(news(text)))
    for partner in listed:
        assert partners(ex, owner, partner)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kenya's partners in the region welcomed Uganda's decision.", "Kenya", "Uganda"),
        ("The partners of the project include farmers from France and Germany.", "France", "Germany"),
        ("Kenya's Partners Include China And Japan", "Kenya", "China"),
        ("President Ruto's partners include Kenya Airways staff and Uganda.", "Kenya", "Uganda"),
    ],
)
def test_partners_without_a_list_of_actors_right_after_make_none(text: str, a: str, b: str) -> None:
    assert not partners(by_rules(run(news(text))), a, b)


def test_one_named_the_others_partner() -> None:
    ex = by_rules(run(news("Mexico is a key partner of Canada in the Americas.")))
    assert partners(ex, "Mexico", "Canada")


@pytest.mark.parametrize(
    "text",
    [
        "John Smith is a partner of Baker McKenzie in London.",
        "Kenya is a partner of choice for investors, UNDP said.",
    ],
)
def test_a_person_or_a_phrase_named_partner_of_makes_no_tie(text: str) -> None:
    ex = by_rules(run(news(text)))
    assert not any(r.predicate == "partnersWith" for r in ex.relations)
