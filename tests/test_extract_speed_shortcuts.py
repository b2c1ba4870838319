"""The extractor's speed shortcuts (words read once per sentence, gates on literal words) give what
the plain forms give."""

from __future__ import annotations

import random
import re

from bench.corpus import generate
from kg.extract import relation_wording
from kg.extract.pair_features import _Context, _words
from kg.extract.pair_model import _NEGATION_WORDS

ODD = "Kenya's 2nd MoU—signed in G20's  run-up;\n_x ²3 ٣4 ÉCOWAS didn't, won’t refuse 'not' Nor NEVER."


def test_words_of_a_stretch_are_those_of_its_text() -> None:
    rng = random.Random(3)
    texts = [text[:400] for _name, text in generate(5, 2)] + [ODD]
    for text in texts:
        for _ in range(200):
            start = rng.randrange(len(text))
            end = rng.randrange(start, len(text) + 1)
            context = _Context(text, start, end, [])
            lo = rng.randrange(start, end + 1)
            hi = rng.randrange(start, end + 1)
            assert context.words(lo, hi) == _words(text[lo:hi]), (text[start:end], lo, hi)


def test_every_negation_holds_a_negation_word() -> None:
    assert relation_wording.NEGATED.pattern.endswith("$")
    anywhere = re.compile(relation_wording.NEGATED.pattern[:-1])
    texts = [text for _name, text in generate(30, 4)] + [ODD]
    for text in texts:
        low = text.lower()
        for m in anywhere.finditer(low):
            assert any(w in m.group() for w in _NEGATION_WORDS), m.group()
    assert "neither" in _NEGATION_WORDS  # "neither … nor"
    for wording in ("not ", "never ", "no longer ", "yet to ", "nor ", "failed to ", "isn't ", "won’t "):
        assert relation_wording.negated_before(wording, len(wording))
        assert any(w in wording for w in _NEGATION_WORDS)
