"""The pattern finder's faster forms find what the plain ones find."""

from __future__ import annotations

import random

from kg.extract.patterns import _CHUNK_FAST, CHUNK

PIECES = ["A.B.", "No.", "No. 5", "(2021-2025)", "(NAP)", "2021", "2021 – 25", "12.5,", "8.7 ", "Act"]
PIECES += [" of the ", ", ", "x", "’", "'", "(", ")", "1", "19", "20", "21", "  ", "\t", "U.S.", " and ", "N"]
PIECES += ["9", "abc", "Plan"]
PIECES += ["2020/21", "(2019/2020)", "/", "2019/123", '"Safe"', "“", "”", '"']
PIECES += [" – Phase I", "٣", "١٢ ", "Ministry", "\n", "é", "É"]


def test_chunk_opening_with_a_class_finds_the_chunks() -> None:
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 15))) for _ in range(5000)]
    texts.append("The National Action Plan (2021-2025) of the Republic of Kenya and No. 5 of 2019, 8.7 x")
    for text in texts:
        assert [m.span() for m in _CHUNK_FAST.finditer(text)] == [m.span() for m in CHUNK.finditer(text)]
