"""A short or generic form of a plan named in full before is that plan, not a second one.

"The Country Programme 2026–2030" after "the UNODC Country Programme for Ruritania 2026–2030",
"the national anti-trafficking strategy" after "the National Strategy and Action Plan to Combat
Human Trafficking 2024–2027": the short form's words (its head word last) are all words of the
long name, and its period, when it gives one, is the long name's. It joins the long form only
when exactly one plan or framework of its type fits; two fitting plans leave it alone. The long
form may come after the short one: a headline or lead often names a plan short first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.entity_bookkeeping import merge
from kg.extract.lexicon import CONNECTORS
from kg.extract.names import period
from kg.extract.records import SHORT, DocState, EntityRec

_WORD = re.compile(r"[^\W\d_]+")
#: a prefix of a short form's word that the long name says otherwise ("anti-trafficking" → "trafficking")
_DROPPED = frozenset(("anti", "the", "new", "revised", "updated", "current", "draft"))


@lru_cache(maxsize=4096)
def _words(label: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(label.lower()) if w not in CONNECTORS)


def fold_short_plans(state: DocState) -> None:
    """Merge a plan's short form into the one longer plan of its type (a headline may name it first)."""
    items = [e for e in state.entities.values() if e.type in ("Plan", "Framework")]
    if len(items) < 2:
        return
    for short in sorted(items, key=lambda e: len(e.label)):
        if short.key not in state.entities or short.iri is not None or short.acronyms:
            continue
        words = tuple(w for w in _words(short.label) if w not in _DROPPED)
        if not 2 <= len(words) <= 4:
            continue
        years = period(short.label)
        fitting = [
            e
            for e in items
            if e is not short
            and e.key in state.entities
            and e.type == short.type
            and len(e.label) > len(short.label)
            and _fits(words, years, e)
        ]
        if len(fitting) == 1:
            long = fitting[0]
            for m in short.mentions:
                m.kind = SHORT
            label = long.label
            merge(state, keep=long, drop=short)
            long.label = label


def _fits(words: tuple[str, ...], years: tuple[int | None, int | None], long: EntityRec) -> bool:
    """Whether every word of a short form is a word of ``long``'s name, and the periods agree."""
    long_words = set(_words(long.label))
    if not all(w in long_words for w in words):
        return False
    if years == (None, None):
        return True
    return years == period(long.label) or years == (long.start_year, long.end_year)
