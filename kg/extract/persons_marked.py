"""Persons marked by what follows their name: post-nominal letters and a legislator's party.

"Jacqui Smith MP, Home Secretary, announced …" and "introduced by Representatives Chris Smith
(R-NJ), Karen Bass (D-CA) …" name people with no title before them and no verb of saying
beside them. The mark after the name says it is a person's: letters that only follow a
person's name (a member of a parliament, a King's Counsel) or a United States legislator's
party and state in brackets.

The marks are few and literal: each is found first, then the name right before it is matched
in a short window, as :mod:`kg.extract.persons_bracketed` does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.lexicon import POST_NOMINALS
from kg.extract.persons_titles import _FREE_NAME, _TITLE

#: "… MP", "… MEP", "… QC": letters written after a person's name, never after a body's or a place's
#: (not followed by a name: "Sinn Féin TD Mary Lou McDonald" has the party before the letters, which
#: then stand as a title; not "MSP", also India's minimum support price)
_POST_NOMINAL = re.compile(
    r"(?<=[a-z])[ \t]+(?:" + "|".join(POST_NOMINALS) + r")(?![\w-])(?![ \t]+[A-Z][a-z])"
)
#: "(R-NJ)", "(D-Calif.)", "(I-Vt.)": a party's initial and a state, after a legislator's name
_PARTY_STATE = re.compile(r"(?<=[a-z])[ \t]+\([RDI]-[A-Z][A-Za-z]{1,11}\.?\)")
_NAME_BEFORE = re.compile(r"(?P<name>" + _FREE_NAME + r")$")
#: a title word opening the run before the mark: "Hon", "Dr", "Rt Hon"
_TITLE_WORD = re.compile(_TITLE + r"[ \t]+")


def marked_names(text: str, name_ok: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each name right before a post-nominal or a party-and-state bracket."""
    marks: list[int] = []
    if "M" in text or "C" in text or "Q" in text or "K" in text or "T" in text:
        marks.extend(m.start() for m in _POST_NOMINAL.finditer(text))
    if "-" in text and "(" in text:
        marks.extend(m.start() for m in _PARTY_STATE.finditer(text))
    for at in marks:
        m = _NAME_BEFORE.search(text, max(0, at - 80), at)
        if m is None:
            continue
        start = m.start("name")
        while (title := _TITLE_WORD.match(text, start, at)) is not None:
            start = title.end()  # "the Hon Jason Wood MP": the name after its titles
        if name_ok(text[start:at]):
            yield start, at
