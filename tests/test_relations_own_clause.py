"""An item past a clause that opens with another actor is that actor's, not the cue's before it.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import has, run

PALERMO = "Palermo Protocol"


@pytest.mark.parametrize(
    "text",
    [
        "Canada urged Peru to act, and Peru ratified the Palermo Protocol in 2002.",
        "Canada urged Peru to act; Chile ratified the Palermo Protocol in 2002.",
        "Canada called on Peru to do more, but Chile signed the Palermo Protocol.",
    ],
)
def test_a_call_does_not_reach_an_item_in_another_actors_clause(text: str) -> None:
    x = run(text)
    assert not has(x, "Canada", "callsFor", PALERMO)
    assert has(x, "Peru", "adopts", PALERMO) or has(x, "Chile", "adopts", PALERMO)


def test_a_call_still_reaches_its_item_past_a_clause_without_a_doer_of_its_own() -> None:
    x = run("Canada urged Peru to sign, and to ratify the Palermo Protocol without delay.")
    assert has(x, "Canada", "callsFor", PALERMO)
