"""Pledges and contributions to a fund: the giver supports it (kg/extract/relation_pledges.py)."""

from __future__ import annotations

import pytest
from extract_util import by_rules, cues, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's pledge of USD 60 million to the Green Climate Fund was welcomed.",
            {("Norway", "Green Climate Fund"): "pledge to"},
        ),
        (
            "Norway announced a contribution of USD 60 million to the Green Climate Fund.",
            {("Norway", "Green Climate Fund"): "pledge to"},
        ),
        (
            "Norway, the largest contributor to the Adaptation Fund, has committed USD 60 million.",
            {("Norway", "Adaptation Fund"): "contributor to"},
        ),
        (
            "New pledges to the Adaptation Fund announced at the dialogue include Norway (USD 10 million), "
            "Ireland (USD 5 million) and Spain (USD 3 million).",
            {
                ("Norway", "Adaptation Fund"): "pledges include",
                ("Ireland", "Adaptation Fund"): "pledges include",
                ("Spain", "Adaptation Fund"): "pledges include",
            },
        ),
        (
            "The Green Climate Fund received pledges from Norway, Ireland and Spain.",
            {
                ("Norway", "Green Climate Fund"): "receives support from",
                ("Ireland", "Green Climate Fund"): "receives support from",
                ("Spain", "Green Climate Fund"): "receives support from",
            },
        ),
    ],
)
def test_a_pledge_to_a_fund_is_support(text: str, expected: dict[tuple[str, str], str]) -> None:
    assert cues(by_rules(run(text)), "supports") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not announce a contribution to the Green Climate Fund.",
        # an amount in brackets is no pledge without "pledges to" before the list
        "Exports to the region include Norway (USD 10 million) and Ireland (USD 5 million).",
        # the country is where the pledge was made, not who made it
        "A pledge of USD 5 million to the Green Climate Fund was announced at the meeting in Norway.",
        # years in brackets are no amounts, and the list must follow "include" or "came from"
        "Contributions to the Green Climate Fund are discussed by the OECD (2021) and the World Bank (2020).",
        # written submissions to a report, not money
        "The Special Rapporteur received contributions from Kenya and Mexico.",
        "The Green Climate Fund received no pledges from the United States.",
        # a part in talks, not money for the Agreement
        "Japan's contribution to the Paris Agreement negotiations was praised.",
    ],
)
def test_no_pledge_no_support(text: str) -> None:
    assert cues(by_rules(run(text)), "supports") == {}


def test_a_welcome_of_a_pledge_is_no_pledge_of_the_one_who_welcomes() -> None:
    x = by_rules(run("Germany welcomed Norway's pledge of USD 60 million to the Green Climate Fund."))
    assert ("Germany", "Green Climate Fund") not in cues(x, "supports")
    assert cues(x, "supports")[("Norway", "Green Climate Fund")] == "pledge to"


def test_each_of_a_list_of_givers() -> None:
    x = by_rules(run("Norway and Sweden, the largest contributors to the Green Climate Fund, spoke first."))
    assert cues(x, "supports") == {
        ("Norway", "Green Climate Fund"): "contributor to",
        ("Sweden", "Green Climate Fund"): "contributor to",
    }
