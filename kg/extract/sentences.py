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
from bisect import bisect_left

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg.extract.spans import SENTENCES, doc_text, token_bounds
from kg.soft_breaks import COMPLETE, LIST_ITEM

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
        "amb",  # titles before a name: "H.E. Amb. Minata Cessouma", "Rt. Hon.", "Engr.", "Usec."
        "rev",
        "rt",
        "engr",
        "eng",
        "barr",
        "brig",
        "usec",
        "asec",
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

#: abbreviations that may also end a sentence ("… signed in the U.S. The plan …", "… Teodoro Locsin Jr.
#: He said"): they end one when a word that opens sentences, not names, follows. Not a company's
#: "Inc."/"Corp.": "Microsoft Corp. The company joined …" reads better as one sentence, since nothing
#: resolves "the company" to it
_MAY_END = frozenset(("etc", "jr", "sr", "eng"))  # "Eng." is also a name's end ("Chou Bun Eng.")
#: capitalized function words that open a sentence and rarely continue a name after an abbreviation
_OPENERS = frozenset(
    (
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "An",
        "But",
        "And",
        "However",
        "Also",
        "Meanwhile",
        "According",
        "There",
        "His",
        "Her",
        "Their",
        "Our",
        "As",
        "After",
        "Before",
        "While",
        "When",
        "With",
        "Since",
        "Last",
        "Earlier",
        "Later",
        "Many",
        "Both",
        "Each",
        "Such",
        "If",
        "Although",
        "Following",
        "During",
        "Yet",
        "Still",
        "Today",
        "Yesterday",
    )
)
_NEXT_WORD = re.compile(r"[“\"‘']?([A-Za-z]+)(?=[ \t,])")
_BOUNDARY = re.compile(
    r"(?P<punct>[.!?]+[’”\"')\]]*)[ \t]+(?=[A-Z0-9“\"‘'(\[])"  # end punctuation, then an opener
    r"|(?P<blank>\n[ \t]*\n\s*)"  # a blank line
    r"|(?<=[.!?:;’”\"])(?P<complete>[ \t]*\n\s*)"  # a line break after a complete line
    r"|(?P<item>\n\s*)(?=(?:\d{1,2}[.)]|[-•*▪●–])\s)"  # a line break before a list item
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")

#: _BOUNDARY's first branch alone: it opens with a character the regex engine skips to in C.
_PUNCT_BREAK = re.compile(r"(?P<punct>[.!?]+[’”\"')\]]*)[ \t]+(?=[A-Z0-9“\"‘'(\[])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"\s*")
#: ``is_sent_start`` False, as spaCy stores it (-1 in an unsigned array).
_NOT_START = np.iinfo(np.uint64).max


def _line_breaks(text: str) -> list[tuple[int, int, str | None]]:
    """The matches of _BOUNDARY's three line-break branches, one per run of white space that holds
    a line break (each branch takes the run to its end, so the run's leftmost match is its only one).
    """
    out: list[tuple[int, int, str | None]] = []
    nl = text.find("\n")
    while nl >= 0:
        ws = nl
        while ws > 0 and text[ws - 1].isspace():
            ws -= 1
        we = _SPACES.match(text, nl).end()  # type: ignore[union-attr]
        # the earliest start, the earlier branch at the same start: blank line, complete line, list item
        # the leftmost start of the three branches (each match ends at the run's end)
        best = we
        if ws > 0 and text[ws - 1] in COMPLETE and not text[ws:nl].strip(" \t"):
            best = ws  # a complete line: "[ \t]*\n" right after its end
        elif LIST_ITEM.match(text, we):
            best = nl
        else:
            blank = _BLANK_LINE.search(text, nl, we)
            if blank is not None:
                best = blank.start()
        if best < we:
            out.append((best, we, None))
        nl = text.find("\n", we)
    return out


def boundary_matches(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, punct) of every ``_BOUNDARY.finditer(text)`` match, from faster scans.

    The first branch holds no line break and ends before a character that is not white space,
    so its matches never meet the other branches'; those take a run of white space holding a
    line break to its end, and are found run by run (:func:`_line_breaks`).
    """
    breaks = _line_breaks(text)
    puncts = [(m.start(), m.end(), m.group("punct")) for m in _PUNCT_BREAK.finditer(text)]
    if not breaks or not puncts:
        return breaks or puncts
    return sorted(breaks + puncts)


def boundaries(text: str) -> list[int]:
    """Character offsets where sentences start (the first is always 0)."""
    starts = [0]
    found = boundary_matches(text)
    first_line_end = text.find("\n")
    if first_line_end > 0:
        # the first line (a title, often) ends a sentence whatever ends it; sentences inside it
        # are still split: "Kenya met Uganda. Ghana adopted …" on a first line is two
        pos = first_line_end
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos < len(text):
            found = sorted([*found, (first_line_end, pos, None)])
    for m_start, pos, punct in found:
        if pos >= len(text) or pos <= starts[-1]:
            continue
        if punct is not None and punct[0] == ".":
            before = _WORD_BEFORE.search(text, max(0, m_start - 12), m_start)
            if before:
                word = before.group(1).lower()
                dotted = "." in word and len(word) <= 5  # "U.S.", "U.N."
                abbreviated = (
                    dotted or word in _ABBREVIATIONS or (len(word) == 1 and text[m_start - 1].isupper())
                )
                if word == "eng" and _NAME_WORD_BEFORE.search(
                    text, max(0, before.start(1) - 30), before.start(1)
                ):
                    abbreviated = False  # "signed by Chou Bun Eng. Thai …": a name's end, not the style
                if abbreviated and not ((dotted or word in _MAY_END) and _opens_sentence(text, pos)):
                    continue
                line_start = text.rfind("\n", 0, m_start) + 1
                if word.isdigit() and text[line_start:m_start].strip().isdigit():
                    continue  # "1. Developed ...": a list number, not a sentence
        starts.append(pos)
    return _bounded(text, starts)


#: a capitalised word right before: "Bun Eng." ends a name; "by Eng." or ", Eng." is the style
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is one that opens sentences ("The", "It"), not a name's next word."""
    m = _NEXT_WORD.match(text, pos)
    return m is not None and m.group(1) in _OPENERS


#: no sentence is longer: text without sentence ends (a table flattened to one line, a list of
#: words) is cut into pieces of this size, since rules that compare a sentence's names with one
#: another cost the square of its length
MAX_SENTENCE = 3000


def _bounded(text: str, starts: list[int]) -> list[int]:
    """``starts`` with more starts where a sentence would pass ``MAX_SENTENCE`` characters, each
    after the last space before the limit (or at the limit, in a run with no space)."""
    ends = [*starts[1:], len(text)]
    if all(e - s <= MAX_SENTENCE for s, e in zip(starts, ends, strict=True)):
        return starts
    out: list[int] = []
    for s, e in zip(starts, ends, strict=True):
        out.append(s)
        while e - s > MAX_SENTENCE:
            space = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            s = space + 1 if space >= 0 else s + MAX_SENTENCE
            out.append(s)
    return out


class RuleSentencizer:
    """Set ``is_sent_start`` on every token from :func:`boundaries`, in one array."""

    def __init__(self, *, name: str = "kg_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        idx = token_bounds(doc)[0]  # kept for the later components
        text = doc_text(doc)
        firsts: list[int] = []  # the tokens that start sentences, ascending (the first is 0)
        for start in boundaries(text):
            i = bisect_left(idx, start)
            if i >= n:
                break
            if not firsts or i != firsts[-1]:
                firsts.append(i)
        values = np.full((n, 1), _NOT_START, dtype=np.uint64)
        values[firsts, 0] = 1
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]
        char_starts = [idx[i] for i in firsts]
        ends = [*char_starts[1:], len(text)]
        doc.user_data[SENTENCES] = list(zip(char_starts, ends, strict=True))
        return doc
