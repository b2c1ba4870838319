"""A donor named by its role, money committed to a fund or plan, and "which finances the Plan": the
giver supports what it gives to; a donor nobody is said to be, or no money given, is no support."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "giver", "target"),
    [
        (
            "Switzerland is a major donor to the Global Programme on Cybercrime.",
            "Switzerland",
            "Global Programme on Cybercrime",
        ),
        (
            "Norway, the largest contributor to the Central Emergency Response Fund, announced new pledges.",
            "Norway",
            "Central Emergency Response Fund",
        ),
        (
            "Canada committed CAD 30 million to the Global Partnership for Education.",
            "Canada",
            "Global Partnership for Education",
        ),
        (
            "Denmark allocated DKK 100 million to the National Adaptation Plan of Bangladesh.",
            "Denmark",
            "National Adaptation Plan of Bangladesh",
        ),
        (
            "The Inter-American Development Bank, which finances the Energy Transition Plan of Chile, "
            "announced new loans.",
            "Inter-American Development Bank",
            "Energy Transition Plan of Chile",
        ),
    ],
)
def test_giver_supports(text: str, giver: str, target: str) -> None:
    x = run(text)
    assert has(x, giver, "supports", target)
    assert not has(x, giver, "adopts", target)


@pytest.mark.parametrize(
    ("text", "who", "target"),
    [
        (
            "UNICEF briefed the donors of the National Nutrition Plan in Lusaka.",
            "UNICEF",
            "National Nutrition Plan",
        ),
        ("Germany is not a donor to the Green Climate Fund.", "Germany", "Green Climate Fund"),
        (
            "Peru sought financing for the National Infrastructure Plan.",
            "Peru",
            "National Infrastructure Plan",
        ),
        ("Donors To The Global Fund Meet In Geneva As Kenya Watches", "Kenya", "Global Fund"),
    ],
)
def test_no_donor_named_no_support(text: str, who: str, target: str) -> None:
    assert not has(run(text), who, "supports", target)


@pytest.mark.parametrize(
    ("text", "giver", "target"),
    [
        (
            "France, a long-standing supporter of the Great Green Wall Initiative, announced new funds.",
            "France",
            "Great Green Wall Initiative",
        ),
        (
            "Mexico is among the sponsors of the Global Compact on Refugees.",
            "Mexico",
            "Global Compact on Refugees",
        ),
    ],
)
def test_supporter_by_role_supports(text: str, giver: str, target: str) -> None:
    assert has(run(text), giver, "supports", target)


def test_supporters_unnamed_are_nobody() -> None:
    x = run("Supporters of the Paris Agreement gathered in Bonn, Germany said.")
    assert not has(x, "Germany", "supports", "Paris Agreement")


@pytest.mark.parametrize(
    ("text", "giver", "item"),
    [
        (
            "The World Bank approved a $200 million credit to support the National Education Sector "
            "Plan of Tanzania.",
            "World Bank",
            "National Education Sector Plan",
        ),
        (
            "The European Union signed a grant agreement to finance the National Energy Compact of Zambia.",
            "European Union",
            "National Energy Compact",
        ),
    ],
)
def test_money_adopted_to_back_a_plan_supports_it(text: str, giver: str, item: str) -> None:
    x = run(text)
    assert has(x, giver, "supports", item) and not has(x, giver, "adopts", item)


def test_act_adopted_to_back_a_plan_stays_adopted() -> None:
    x = run("Kenya adopted the Climate Change Act to support the National Climate Change Action Plan.")
    assert has(x, "Kenya", "adopts", "Climate Change Act")
