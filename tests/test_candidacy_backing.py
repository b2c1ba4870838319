"""Backing another actor's candidacy is support of the candidate; a backing denied, asked for or with no
named backer is none, and welcoming an election is no backing."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "backer", "candidate"),
    [
        ("Ghana backs Nigeria's candidacy for the presidency of the ECOWAS Commission.", "Ghana", "Nigeria"),
        (
            "Kenya endorsed the candidature of Ethiopia for a seat on the Human Rights Council.",
            "Kenya",
            "Ethiopia",
        ),
    ],
)
def test_backer_supports_candidate(text: str, backer: str, candidate: str) -> None:
    assert has(run(text), backer, "supports", candidate)


@pytest.mark.parametrize(
    ("text", "backer", "candidate"),
    [
        ("Norway did not endorse the candidacy of Chile.", "Norway", "Chile"),
        ("Japan asked Brazil for support for its bid to host the Expo.", "Brazil", "Japan"),
        (
            "Senegal welcomed the election of Ana Ruiz as President of the General Assembly.",
            "Senegal",
            "Ana Ruiz",
        ),
        ("Nigeria's Candidacy Is Backed By Ghana", "Nigeria", "Ghana"),
    ],
)
def test_no_backing(text: str, backer: str, candidate: str) -> None:
    assert not has(run(text), backer, "supports", candidate)


@pytest.mark.parametrize(
    "text",
    [
        "The African Union asked Ghana to back Nigeria's bid to host the summit.",
        "Ghana promised to back Nigeria's candidacy if Nigeria withdrew from the race.",
    ],
)
def test_a_backing_asked_for_or_promised_is_none_yet(text: str) -> None:
    assert not has(run(text), "Ghana", "supports", "Nigeria")
