"""Sentence boundaries by rule, computed on the text and set on all tokens at once.

spaCy's own "sentencizer" loops over tokens in Python and ignores line structure. Policy
texts put headlines, datelines and list items on lines of their own, so a line break ends a
sentence when the line before it is complete (ends in . ! ? : ; or a closing quote), when a
blank line follows, or when the next line opens a list item. Inside a line, a sentence ends
after . ! ? (and closing quotes) before an upper-case letter, a digit or an opening quote,
except after common abbreviations and initials ("Mr.", "No.", "P.", "U.S.").
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg.extract.spans import SENTENCES, doc_text, token_bounds

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "no",
        "nos",
        "st",
        "gen",
        "gov",
        "sen",
        "rep",
        "hon",
        "jr",
        "sr",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "art",
        "para",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "approx",
        "fig",
        "vol",
        "op",
        "cf",
    ]
)

_BOUNDARY = re.compile(
    r"(?P<punct>[.!?]+[’”\"')\]]*)[ \t]+(?=[A-Z0-9“\"‘'(\[])"  # end punctuation, then an opener
    r"|(?P<blank>\n[ \t]*\n\s*)"  # a blank line
    r"|(?<=[.!?:;’”\"])(?P<complete>[ \t]*\n\s*)"  # a line break after a complete line
    r"|(?P<item>\n\s*)(?=(?:\d{1,2}[.)]|[-•*▪●–])\s)"  # a line break before a list item
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")

#: _BOUNDARY's branches apart, each opening with a character Python's regex engine can skip
#: to in C; the "complete line" branch takes its first blank and then looks behind it.
_BRANCHES = (
    re.compile(r"(?P<punct>[.!?]+[’”\"')\]]*)[ \t]+(?=[A-Z0-9“\"‘'(\[])"),
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"[ \t\n](?<=[.!?:;’”\"][ \t\n])(?:(?<=\n)|[ \t]*\n)\s*"),
    re.compile(r"\n\s*(?=(?:\d{1,2}[.)]|[-•*▪●–])\s)"),
)


def boundary_matches(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, punct) of every ``_BOUNDARY.finditer(text)`` match, from faster scans.

    The next match of the alternation is the leftmost next match of its branches, the
    earlier branch winning at the same character; a branch is searched again only when
    the chosen match overlaps its next one.
    """
    nxt = [rx.search(text) for rx in _BRANCHES]
    out: list[tuple[int, int, str | None]] = []
    while True:
        best = -1
        for k, m in enumerate(nxt):
            if m is not None and (best < 0 or m.start() < nxt[best].start()):  # type: ignore[union-attr]
                best = k
        if best < 0:
            return out
        m = nxt[best]
        assert m is not None
        end = m.end()
        out.append((m.start(), end, m.group("punct") if best == 0 else None))
        for k, other in enumerate(nxt):
            if other is not None and other.start() < end:
                nxt[k] = _BRANCHES[k].search(text, end)


def boundaries(text: str) -> list[int]:
    """Character offsets where sentences start (the first is always 0)."""
    starts = [0]
    first_line_end = text.find("\n")
    if first_line_end > 0:
        # the first line is the title: always a sentence of its own
        pos = first_line_end
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos < len(text):
            starts.append(pos)
    for m_start, pos, punct in boundary_matches(text):
        if pos >= len(text) or pos <= starts[-1]:
            continue
        if punct is not None and punct[0] == ".":
            before = _WORD_BEFORE.search(text, max(0, m_start - 12), m_start)
            if before:
                word = before.group(1).lower()
                if word in _ABBREVIATIONS or (len(word) == 1 and text[m_start - 1].isupper()):
                    continue
                if "." in word and len(word) <= 5:  # "U.S.", "U.N."
                    continue
                line_start = text.rfind("\n", 0, m_start) + 1
                if word.isdigit() and text[line_start:m_start].strip().isdigit():
                    continue  # "1. Developed ...": a list number, not a sentence
        starts.append(pos)
    return starts


class RuleSentencizer:
    """Set ``is_sent_start`` on every token from :func:`boundaries`, vectorized."""

    def __init__(self, *, name: str = "kg_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        idx = np.asarray(token_bounds(doc)[0], dtype=np.int64)  # kept for the later components
        starts = np.asarray(boundaries(doc_text(doc)), dtype=np.int64)
        positions = np.searchsorted(idx, starts)
        positions = positions[positions < n]
        values = np.full(n, -1, dtype=np.int32)
        values[0] = 1
        values[positions] = 1
        doc.from_array([SENT_START], values.reshape(n, 1).astype(np.uint64))  # type: ignore[arg-type]
        token_starts = np.flatnonzero(values == 1)
        char_starts = idx[token_starts].tolist()
        ends = [*char_starts[1:], len(doc_text(doc))]
        doc.user_data[SENTENCES] = list(zip(char_starts, ends, strict=True))
        return doc
