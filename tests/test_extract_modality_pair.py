"""The pair model's blocks reach only what they name: leaving a room is no leaving a text."""

from __future__ import annotations

from extract_util import has, run


def test_leaving_a_meeting_is_no_leaving_a_text() -> None:
    x = run(
        "Minister Kofi Mensah of Ghana, speaking before he left the room, welcomed the Global Compact for "
        "Migration."
    )
    assert has(x, "Kofi Mensah", "supports", "Global Compact")
