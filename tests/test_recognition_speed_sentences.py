"""The sentencizer's faster scans and its array set the same boundaries as the plain forms."""

from __future__ import annotations

import random

import numpy as np
import spacy

from kg.extract.sentences import _BOUNDARY, RuleSentencizer, boundaries, boundary_matches
from kg.extract.spans import SENTENCES
from kg.extract.tokenizer import make_tokenizer

PIECES = ["\n", "\n\n", " \n", ". ", ".\n", "\n- ", "\n 1. ", "\t", "\r\n", "\xa0", "”", ":", "\n\t\n"]
PIECES += ["? ", "A", "1)", " ", "•", "\u2028", "word", "Mr. ", "U.S. ", "No. 5. "]


def _texts() -> list[str]:
    rnd = random.Random(5)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 40))) for _ in range(1000)]


def test_boundary_matches_by_line_break_runs_equal_the_alternation() -> None:
    for text in [*_texts(), "", "\n", "a.\n", "Head\n\nA. B! “C” d.\n- e\n  1. f;\n\ng: \t\n(H) Z"]:
        plain = [(m.start(), m.end(), m.group("punct")) for m in _BOUNDARY.finditer(text)]
        assert boundary_matches(text) == plain


def test_sentence_starts_are_the_tokens_at_the_boundaries() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp.vocab)
    sentencizer = RuleSentencizer()
    for text in _texts()[:300]:
        doc = sentencizer(nlp(text))
        if not len(doc):
            continue
        idx = np.array([t.idx for t in doc])
        firsts = sorted({0, *(int(i) for i in np.searchsorted(idx, boundaries(text)) if i < len(doc))})
        assert [t.i for t in doc if t.is_sent_start] == firsts
        assert [s for s, _ in doc.user_data[SENTENCES]] == [int(idx[i]) for i in firsts]
