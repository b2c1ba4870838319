"""Named actors "among the States that have ratified" are of those States: the act is theirs; unnamed
others' acts stay theirs alone."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "actors", "item"),
    [
        (
            "Mauritius, Seychelles and Comoros are among the States that have acceded to the Arms Trade "
            "Treaty.",
            ("Mauritius", "Seychelles", "Comoros"),
            "Arms Trade Treaty",
        ),
        (
            "Comoros is among the 40 States that have acceded to the Arms Trade Treaty.",
            ("Comoros",),
            "Arms Trade",
        ),
        (
            "Peru, one of the first countries that ratified the Escazú Agreement, hosted the meeting.",
            ("Peru",),
            "Escazú Agreement",
        ),
    ],
)
def test_named_actors_among_the_parties_adopt(text: str, actors: tuple[str, ...], item: str) -> None:
    x = run(text)
    assert all(has(x, a, "adopts", item) for a in actors)


@pytest.mark.parametrize(
    ("text", "actor", "item"),
    [
        (
            "Norway thanked the forty countries that have endorsed the Safe Schools Declaration.",
            "Norway",
            "Safe",
        ),
        (
            "Comoros is among the States that have not acceded to the Arms Trade Treaty.",
            "Comoros",
            "Arms Trade",
        ),
        (
            "Kenya urged the countries that have not ratified the Arms Trade Treaty to do so.",
            "Kenya",
            "Arms Trade",
        ),
    ],
)
def test_others_acts_or_a_negation_give_no_adoption(text: str, actor: str, item: str) -> None:
    assert not has(run(text), actor, "adopts", item)
