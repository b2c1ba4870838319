"""Which country "the country" is: "Viet Nam's Minister said the ratification built on the country's
National Action Programme"; "the Protocol, which the country ratified in 2003".

News names a country and then says "the country" for it. It is the one country named earlier in
the same sentence, else the one named in the sentence before, else (when neither names any) the
country the text is about; with two or more countries in reach it is left alone. "The Kingdom" is
the one kingdom the whole text names ("… between the Kingdom and the Philippines" is Saudi Arabia when
the text has named it, and no other kingdom): a country whose reference official name says it is one.
In a relative clause, "the Convention, which it ratified in 2003", "the Centre, of which it is a
founding member", "it" is likewise the one country named earlier in the sentence.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.records import PRONOUN, SHORT, DocState, EntityRec, MentionRec, Taken

#: "the country", "the country's", not "the country office", "the country of origin", "the countries"
_THE_COUNTRY = re.compile(
    r"\b[Tt]he\s+(?P<c>country)\b"
    r"(?![ \t]+(?:[A-Z]|office|team|programme|level|director|of\b|where|in which|concerned))"
)
#: "which it ratified", "of which it is a member", "both of which it has ratified"
#: "the Kingdom", "The kingdom's", not "the Kingdom of …" (a name) nor "the kingdoms"
_THE_KINGDOM = re.compile(r"\b[Tt]he\s+(?P<c>[Kk]ingdom)\b(?![ \t]+of\b|[ \t]+[A-Z])")
_WHICH_IT = re.compile(r"\bwhich\s+(?P<c>it)\s+(?:has\s+|had\s+|is\s+|was\s+|also\s+)*[a-z]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


def the_country(text: str, state: DocState, taken: Taken, gazetteer: Gazetteer | None = None) -> None:
    """Add "the country" (and "the Kingdom") as a mention of the one country it can stand for."""
    if gazetteer is not None and "ingdom" in text:
        _the_kingdom(text, state, taken, gazetteer)
    if "the country" not in text and "The country" not in text and "which it " not in text:
        return
    countries = [(m.start, e) for e in state.entities.values() if e.type == "Country" for m in e.mentions]
    if not countries:
        return
    countries.sort(key=lambda p: p[0])
    own = state.entities.get(state.self_country) if state.self_country else None
    added = []
    for m in _THE_COUNTRY.finditer(text):
        start, end = m.start("c"), m.end("c")
        if not taken.free(start, end):
            continue
        here = _sentence_start(text, start)
        target = _one(countries, here, start)
        if target is None and not _any(countries, here, start):
            before = _sentence_start(text, max(0, here - 2))
            target = _one(countries, before, here)
            if target is None and not _any(countries, before, here):
                target = own
        if target is not None:
            target.add(MentionRec(start, end, m.group("c"), SHORT))
            added.append((start, end))
    for m in _WHICH_IT.finditer(text) if "which it " in text else ():
        start, end = m.start("c"), m.end("c")
        target = _one(countries, _sentence_start(text, start), start) if taken.free(start, end) else None
        if target is not None:
            target.add(MentionRec(start, end, "it", PRONOUN))
            added.append((start, end))
    for start, end in added:
        taken.take(start, end)


def _the_kingdom(text: str, state: DocState, taken: Taken, gazetteer: Gazetteer) -> None:
    """ "The Kingdom" as a mention of the one kingdom the text names, before or after it."""
    kingdoms = {
        e.key: e
        for e in state.entities.values()
        if e.type == "Country" and e.mentions and e.iri is not None and _is_kingdom(gazetteer, e.iri)
    }
    if len(kingdoms) != 1:
        return
    (target,) = kingdoms.values()
    for m in _THE_KINGDOM.finditer(text):
        start, end = m.start("c"), m.end("c")
        if taken.free(start, end):
            target.add(MentionRec(start, end, m.group("c"), SHORT))
            taken.take(start, end)


def _is_kingdom(gazetteer: Gazetteer, iri: str) -> bool:
    ref = gazetteer.get(iri)
    return ref is not None and any("Kingdom" in n for n in ref.names)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    return start


def _one(countries: list[tuple[int, EntityRec]], lo: int, hi: int) -> EntityRec | None:
    found = {e.key: e for at, e in countries if lo <= at < hi}
    return next(iter(found.values())) if len(found) == 1 else None


def _any(countries: list[tuple[int, EntityRec]], lo: int, hi: int) -> bool:
    return any(lo <= at < hi for at, _e in countries)
