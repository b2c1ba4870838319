"""Support only asked for, missed or withdrawn is no support; support given stays one."""

from __future__ import annotations

import pytest
from extract_util import has, run


def _pairs(text: str) -> set[frozenset[str]]:
    x = run(text)
    label = {e.iri: e.label for e in x.entities}
    return {frozenset((label[r.subject], label[r.object])) for r in x.relations}


@pytest.mark.parametrize(
    ("text", "giver", "item"),
    [
        (
            "Chad asked the World Bank for funding for the National Health Development Plan.",
            "World Bank",
            "National Health Development Plan",
        ),
        (
            "The United States withdrew its support for the Paris Agreement in 2017.",
            "United States",
            "Paris Agreement",
        ),
        (
            "Without support from the African Development Bank, the Desert to Power Initiative cannot "
            "succeed, officials said.",
            "African Development Bank",
            "Desert to Power Initiative",
        ),
        (
            "Kenya approached the Asian Development Bank for financing for the National Water Master Plan.",
            "Asian Development Bank",
            "National Water Master Plan",
        ),
    ],
)
def test_support_asked_for_or_withdrawn_is_no_support(text: str, giver: str, item: str) -> None:
    assert frozenset((giver, item)) not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "giver", "item"),
    [
        ("Indonesia voiced strong support for the Paris Agreement.", "Indonesia", "Paris Agreement"),
        (
            "The Caribbean Community expressed its support for the Bridgetown Initiative.",
            "Caribbean Community",
            "Bridgetown Initiative",
        ),
        (
            "Japan renewed its support for the Global Compact on Refugees without conditions.",
            "Japan",
            "Global Compact on Refugees",
        ),
    ],
)
def test_support_given_stays(text: str, giver: str, item: str) -> None:
    assert has(run(text), giver, "supports", item)


def test_renewed_support_is_support_not_adoption() -> None:
    x = run("Japan renewed its support for the Global Compact on Refugees.")
    assert has(x, "Japan", "supports", "Global Compact on Refugees")
    assert not has(x, "Japan", "adopts", "Global Compact on Refugees")


def test_renewed_agreement_stays_adoption() -> None:
    assert has(
        run("Chile renewed the Fisheries Partnership Agreement in 2023."),
        "Chile",
        "adopts",
        "Fisheries Partnership Agreement",
    )


def test_much_needed_funding_is_support() -> None:
    assert has(
        run("Norway announced much-needed funding for the National Adaptation Plan."),
        "Norway",
        "supports",
        "National Adaptation Plan",
    )
