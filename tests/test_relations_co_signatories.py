"""Two parties that sign or adopt one instrument: partners when it is theirs, not when it is a
multilateral one the reference knows (kg/extract/relation_signing.py, relation_commitments.py,
relation_ties.py)."""

from __future__ import annotations

import pytest
from extract_util import has, news, run


@pytest.mark.parametrize("verb", ["signed", "joined", "ratified", "adopted"])
def test_two_parties_of_a_multilateral_instrument_are_not_partners(verb: str) -> None:
    ex = run(news(f"China and Brazil {verb} the Paris Agreement in April."))
    assert has(ex, "China", "adopts", "Paris Agreement")
    assert not has(ex, "China", "partnersWith", "Brazil")


@pytest.mark.parametrize("verb", ["signed", "adopted"])
def test_two_parties_of_an_agreement_of_their_own_are_partners(verb: str) -> None:
    ex = run(news(f"Ghana and Peru {verb} the Labour Mobility Agreement in May."))
    assert has(ex, "Ghana", "partnersWith", "Peru")


def test_a_bilateral_instrument_beside_a_multilateral_one_keeps_the_partners() -> None:
    ex = run(news("Kenya and Uganda signed the Paris Agreement and a bilateral labour agreement on Friday."))
    assert has(ex, "Kenya", "partnersWith", "Uganda") or has(ex, "Uganda", "partnersWith", "Kenya")


def test_signing_a_multilateral_instrument_with_others_makes_no_partners() -> None:
    ex = run(news("Kenya signed the Paris Agreement with Uganda and Tanzania at a ceremony in New York."))
    assert has(ex, "Kenya", "adopts", "Paris Agreement")
    assert not has(ex, "Kenya", "partnersWith", "Uganda")
