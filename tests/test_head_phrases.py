"""A body's head phrase after its full name is the same body; with two bodies of that head it is neither.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import labels, run


def test_the_head_phrase_of_a_scoped_name_is_the_body() -> None:
    x = run(
        "Malawi inaugurated the National Steering Committee on the Elimination of Child Labour. "
        "The Steering Committee will meet every month."
    )
    assert labels(x, "Organization") == {"National Steering Committee on the Elimination of Child Labour"}
    body = next(e for e in x.entities if e.type == "Organization")
    assert "Steering Committee" in body.aliases


def test_a_head_phrase_two_bodies_share_stays_apart() -> None:
    x = run(
        "Malawi inaugurated the National Steering Committee on Child Labour and the Regional Steering "
        "Committee on Migration. The Steering Committee will meet every month."
    )
    assert "Steering Committee" in labels(x, "Organization")
