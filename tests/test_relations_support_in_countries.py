"""A body that supports or funds work done in countries supports each of them
(kg/extract/relation_support.py). Texts written for these tests."""

from __future__ import annotations

import pytest
from extract_util import by_rules, has, news, run


@pytest.mark.parametrize(
    ("sentence", "giver", "countries"),
    [
        (
            "The Islamic Development Bank renewed its support for drought resilience "
            "in Chad, Niger and Mali.",
            "Islamic Development Bank",
            ("Chad", "Niger", "Mali"),
        ),
        (
            "UNICEF will support child protection programmes in Malawi and Zambia.",
            "United Nations Children's Fund",
            ("Malawi", "Zambia"),
        ),
        (
            "The European Union funds reintegration projects in Guinea and Senegal.",
            "European Union",
            ("Guinea", "Senegal"),
        ),
    ],
)
def test_support_for_work_in_countries_supports_each(sentence: str, giver: str, countries: tuple[str, ...]):
    ex = by_rules(run(news(sentence)))
    for country in countries:
        assert has(ex, giver, "supports", country)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chad asked the Islamic Development Bank to support drought programmes in Niger.",
        "The Islamic Development Bank may support drought programmes in Niger.",
        "The Islamic Development Bank did not support drought programmes in Niger.",
    ],
)
def test_support_only_asked_for_weighed_or_denied_is_not_given(sentence: str):
    ex = by_rules(run(news(sentence)))
    assert not has(ex, "Islamic Development Bank", "supports", "Niger")
