"""The resolver's faster steps choose exactly what the plain definitions they replace choose."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract.candidate_choice import select
from kg.extract.coref import _SHORT_FORM, _THE_GOVERNMENT
from kg.extract.records import Taken
from kg.extract.resolver import _Within
from kg.extract.spans import SOURCE_RANK, Cand

SOURCES = ("reference", "acronym", "pattern", "ner", "other")


def plain_select(spans: list[Cand]) -> list[Cand]:
    """The definition: longer first, then the more trusted source, then earlier; no overlap."""
    order = sorted(spans, key=lambda s: (s.start - s.end, SOURCE_RANK.get(s.source, 9), s.start))
    taken = Taken(max((s.end for s in spans), default=0))
    chosen = []
    for span in order:
        if taken.free(span.start, span.end):
            taken.take(span.start, span.end)
            chosen.append(span)
    chosen.sort(key=lambda s: s.start)
    return chosen


def random_cands(rng: random.Random, n: int, size: int = 80) -> list[Cand]:
    out = []
    for _ in range(n):
        start = rng.randrange(size)
        end = min(size, start + rng.randrange(0, 12))
        out.append(
            Cand(start, end, "x" * (end - start), rng.choice(("Plan", "Issue")), "", rng.choice(SOURCES))
        )
    return out


@pytest.mark.parametrize("seed", range(40))
def test_select_picks_the_same_candidates_in_the_same_order(seed):
    spans = random_cands(random.Random(seed), 30)
    got, want = select(spans), plain_select(spans)
    assert [id(c) for c in got] == [id(c) for c in want]


@pytest.mark.parametrize("seed", range(40))
def test_items_holding_a_span_by_bisection_are_the_scanned_ones(seed):
    rng = random.Random(seed)
    items = plain_select(random_cands(rng, 12))  # chosen items never overlap
    if seed % 4 == 0:
        items += random_cands(rng, 3)  # overlapping ones: the scan is used
    within = _Within(items)
    for span in random_cands(rng, 40) + items:
        want = [i for i in items if i.start <= span.start and span.end <= i.end and i is not span]
        assert list(within.holding(span)) == want


@pytest.mark.parametrize(
    "text",
    [
        "The Plan was adopted. the government said this plan and its Act",
        "Bathe the Plan; xThe Government; The Government of Kenya; _the Plan; éthe Plan",
        "the Plan-based; The Plan for Peace; Our Strategy  stands; ITS Act; That Committee met",
    ],
)
def test_word_boundary_looked_back_over_the_first_letter_is_the_word_boundary(text):
    rest = _SHORT_FORM.pattern[_SHORT_FORM.pattern.index(r"\s+(?P<head>") :]
    short = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur)" + rest)
    gov = re.compile(r"\b[Tt]he\s+(?P<g>[Gg]overnment)\b(?!\s+of\b)")
    assert [m.span("head") for m in _SHORT_FORM.finditer(text)] == [
        m.span("head") for m in short.finditer(text)
    ]
    assert [m.span("g") for m in _THE_GOVERNMENT.finditer(text)] == [m.span("g") for m in gov.finditer(text)]
