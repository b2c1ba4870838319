"""A body named by its field and its country, defined with its initials: "Immigration New Zealand (INZ)".

Agencies of some governments are named "<Field> <Country>" ("Statistics Canada", "Enterprise Ireland"):
no head word says they are bodies, so no shape finds them. Defined with an acronym in brackets whose
letters are the name's initials, one or two capitalized words and a reference country's name are a body.
Not "Trafficking in Persons (TIP)" (no country), nor "Kenyan Police (KP)" (a demonym, found elsewhere),
nor "Northern Ireland (NI)" or "Visit Malaysia (VM)": the first words must name a government's field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.gazetteer import country_names, demonym_names
from kg.extract.head_words import head_type
from kg.extract.lexicon import DEPARTMENT_WORDS, NOT_NAMES
from kg.extract.names import initials
from kg.extract.persons_anchors import AnchoredScan
from kg.extract.spans import Cand

#: what a government agency's name opens with: its field ("Statistics", "Enterprise"); a place's
#: words ("Northern Ireland", "Lake Chad", "Greater Sudan") or a campaign's ("Visit Malaysia") are none
_NOT_FIELDS = frozenset(("national", "regional", "international", "local", "special", "state"))
_MORE_FIELDS = frozenset(
    [
        "enterprise",
        "invest",
        "business",
        "parks",
        "passport",
        "elections",
        "radio",
        "television",
        "sport",
        "biosecurity",
        "corrections",
        "skills",
        "work",
        "worksafe",
        "campus",
        "expertise",
        "heritage",
    ]
)
_FIELDS = (DEPARTMENT_WORDS - _NOT_FIELDS) | _MORE_FIELDS
_DEFINED = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){1,4}[A-Z][\w’'-]*)[ \t]+\(([A-Z]{2,6})\)")
#: where :data:`_DEFINED`'s name ends: the blanks before "(ACR)"; the name, up to five words of name
#: characters, is tried only among the words right before (:class:`AnchoredScan`), not at every capital
_ACRONYM_AFTER = re.compile(r"[ \t]+\([A-Z]{2,6}\)")
_WORD = re.compile(r"\S+")


def country_agencies(text: str, cands: Sequence[Cand]) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of each "<Field> <Country> (ACR)" no candidate covers."""
    countries = country_names()
    ends = [m.start() for m in _ACRONYM_AFTER.finditer(text)]
    for m in AnchoredScan(_DEFINED, text, text[::-1], ends).finditer() if ends else ():
        words = list(_WORD.finditer(m.group(1)))
        acronym = m.group(2)
        if initials(m.group(1)) != acronym:
            continue
        for size in (1, 2):
            field = [w.group() for w in words[:size]]
            country = m.group(1)[words[size].start() :] if size < len(words) else ""
            if country not in countries:
                continue
            if any(
                head_type(w)
                or w.lower() in NOT_NAMES
                or w in demonym_names()
                or w in countries
                or w.lower() not in _FIELDS
                for w in field
            ):
                break
            start, end = m.start(1), m.end(1)
            if not any(c.start <= start and end <= c.end and c.label != "Country" for c in cands):
                yield start, end, "Organization"
            break
