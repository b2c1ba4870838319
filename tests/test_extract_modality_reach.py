"""How far a call on others and a "neither … nor" reach: only the act they govern, not a clause of its
own after a comma, "and" or a semicolon; "the country's parliament" is the speaker country's; an act
expected is not done."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "country", "item"),
    [
        ("Donors pressed Peru to act, and Peru ratified the Palermo Protocol in 2019.", "Peru", "Protocol"),
        (
            "Togo expected Ghana to lead the region; Ghana ratified the Domestic Workers Convention in 2020.",
            "Ghana",
            "Domestic Workers",
        ),
        (
            "Chile wanted its workers to be safe, so it ratified the Domestic Workers Convention in 2015.",
            "Chile",
            "Domestic Workers",
        ),
        (
            "Unions pressured the government to act, and in 2018 Kenya adopted the National Action Plan on "
            "Human Trafficking.",
            "Kenya",
            "National Action Plan",
        ),
        ("Nepal pushed ahead to ratify the Forced Labour Protocol in 2021.", "Nepal", "Protocol"),
    ],
)
def test_a_call_on_others_does_not_reach_an_act_of_its_own(text: str, country: str, item: str) -> None:
    x = run(text)
    assert has(x, country, "adopts", item)
    assert not [r for r in x.relations if r.predicate == "callsFor"]


def test_the_called_on_country_s_own_later_ratification_stays_its_act() -> None:
    x = run("The EU pressed Laos to ratify ILO Convention 105, which Laos ratified in 2021.")
    assert has(x, "European Union", "callsFor", "Abolition") and has(x, "Laos", "adopts", "Abolition")
    assert not has(x, "Laos", "callsFor", "Abolition")


def test_the_country_s_parliament_is_the_speaker_country_s() -> None:
    x = run("The country's parliament ratified the Domestic Workers Convention, Ghana said.")
    assert has(x, "Ghana", "adopts", "Domestic Workers")


def test_neither_nor_in_another_clause_does_not_negate_the_act() -> None:
    x = run("Neither the study nor the press release mentions it, but Kenya ratified the Palermo Protocol.")
    assert has(x, "Kenya", "adopts", "Protocol")


def test_a_country_that_expects_to_ratify_has_not_ratified() -> None:
    x = run("Kenya expects to ratify the Domestic Workers Convention by 2026.")
    assert not has(x, "Kenya", "adopts", "Domestic Workers")


@pytest.mark.parametrize(
    "text",
    [
        "Donors asked Peru to act; Peru ratified the Palermo Protocol in 2019.",
        "Donors urged Peru to act, and Peru ratified the Palermo Protocol in 2019.",
        "Donors encouraged Peru to act, but Peru ratified the Palermo Protocol only in 2019.",
    ],
)
def test_an_older_call_word_does_not_reach_an_act_of_its_own(text: str) -> None:
    assert has(run(text), "Peru", "adopts", "Protocol")
