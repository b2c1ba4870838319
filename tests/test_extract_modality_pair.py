"""The pair model's blocks reach only what they name: a second act of two signatories keeps their tie,
leaving a room is no leaving a text."""

from __future__ import annotations

from extract_util import has, run


def test_two_signatories_with_an_act_of_their_own_stay_partners() -> None:
    x = run(
        "Nepal and Bhutan have signed the Paris Agreement and agreed to exchange data on migrant workers."
    )
    assert has(x, "Nepal", "partnersWith", "Bhutan") or has(x, "Bhutan", "partnersWith", "Nepal")


def test_leaving_a_meeting_is_no_leaving_a_text() -> None:
    x = run(
        "Minister Kofi Mensah of Ghana, speaking before he left the room, welcomed the Global Compact for "
        "Migration."
    )
    assert has(x, "Kofi Mensah", "supports", "Global Compact")
