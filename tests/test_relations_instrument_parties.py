"""The two parties of an unnamed instrument named around its noun: "the Morocco-EU fisheries
agreement", "The agreement was signed by Fiji and New Zealand"; and an aside "X, alongside Y,
launched" (kg/extract/relation_partners.py, relation_signing.py). Texts written for these tests."""

from __future__ import annotations

import pytest
from extract_util import by_rules, news, partners, run


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Morocco-EU fisheries agreement expires next year.", "Morocco", "European Union"),
        (
            "The agreement was signed by Fiji and New Zealand during the Pacific Islands Forum meeting.",
            "Fiji",
            "New Zealand",
        ),
        (
            "The memorandum was signed by Morocco and the European Union on Monday.",
            "Morocco",
            "European Union",
        ),
        (
            "Ecuador, alongside UNICEF, launched a campaign on early childhood.",
            "Ecuador",
            "United Nations Children's Fund",
        ),
    ],
)
def test_the_parties_of_an_instrument_arepartners(text: str, a: str, b: str) -> None:
    assert partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Sweden welcomed the agreement between Ethiopia and Eritrea.", "Sweden", "Ethiopia"),
        ("The border between Kenya and Somalia remains closed.", "Kenya", "Somalia"),
        ("The Ethiopia-Eritrea border war ended in 2000.", "Ethiopia", "Eritrea"),
        # a named multilateral instrument: two of its many parties
        ("The Paris Agreement was signed by Kenya and Uganda in 2016.", "Kenya", "Uganda"),
        # the places where it was signed, not its parties
        ("The agreement was signed by the minister in Kenya and Uganda.", "Kenya", "Uganda"),
        ("Kenya, alongside the road to Uganda, built new markets.", "Kenya", "Uganda"),
        ("Kenya Signs Agreement Between Uganda Traders", "Kenya", "Uganda"),
    ],
)
def test_a_bystander_a_border_or_a_named_treaty_makes_nopartners(text: str, a: str, b: str) -> None:
    assert not partners(by_rules(run(news(text))), a, b)
