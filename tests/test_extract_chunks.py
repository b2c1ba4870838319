"""Very long documents are read in pieces and merged: time grows with the length, and the merged
extraction is what the pieces say, with offsets into the whole text."""

from __future__ import annotations

import itertools
import random
import time

import pytest

import kg.extract.chunks as chunks
from kg.extract import extract
from kg.extract.chunks import pieces
from kg.sources import load_text

PARAGRAPHS = [
    "The Government of Zambia adopted the National Action Plan against Trafficking in Persons "
    "(2024-2028) with the support of the International Organization for Migration (IOM).",
    "Kenya ratified the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
    "Especially Women and Children, and signed a memorandum of understanding with Uganda.",
    "IOM and the United Nations Office on Drugs and Crime (UNODC) welcomed the Global Compact "
    "for Safe, Orderly and Regular Migration.",
]


def test_pieces_cover_the_text_and_prefer_paragraph_breaks():
    text = "\n\n".join(p for _ in range(20) for p in PARAGRAPHS)
    bounds = pieces(text, limit=1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(e - s <= 1000 for s, e in bounds)
    assert all(text[e - 2 : e] == "\n\n" for _s, e in bounds[:-1])


def test_a_line_without_breaks_is_cut_at_spaces():
    text = " ".join(["word"] * 1000)
    bounds = pieces(text, limit=700)
    assert all(text[e - 1] == " " for _s, e in bounds[:-1])


def _facts(x):
    label = {e.iri: e.label for e in x.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in x.relations}


def test_a_long_document_merges_what_its_pieces_say(monkeypatch):
    text = "\n\n".join(PARAGRAPHS * 4)
    whole = extract(load_text(text, location="whole.txt"))
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 600)
    doc = load_text(text, location="long.txt")
    assert len(pieces(doc.text)) > 3
    x = extract(doc)
    assert _facts(x) == _facts(whole)
    for r in x.relations:  # evidence still slices the whole text
        assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.sentence
    iom = [e for e in x.entities if e.label == "International Organization for Migration"]
    assert len(iom) == 1  # one entity, with the mentions of every piece
    assert len(iom[0].mentions) == len(whole.entity(iom[0].iri).mentions) == 8
    for e in x.entities:
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize("size", [300_000])
def test_a_long_line_of_words_is_read_in_bounded_time(size):
    rng = random.Random(7)
    words = ("Kenya", "Ghana", "United", "Nations", "Office", "on", "Drugs", "Crime", "plan", "of", "the")
    text = " ".join(rng.choice(words) for _ in range(size // 6))
    start = time.process_time()
    extract(load_text(text, location="soup.txt"))
    assert time.process_time() - start < 60  # minutes before the pieces (the square of the length)
