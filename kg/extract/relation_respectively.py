"""Envoys paired with the parties they act for by "respectively".

"Ana Ruiz and Tom Baxter signed the Agreement on behalf of Peru and Chile respectively": the first
person named speaks for the first party, the second for the second. The nearest-name rules give
both (or the one next to the cue) the party named first; "respectively" says the two lists pair
up in order. The lists must be as long as each other, two or more: otherwise the pairing is unsure
and the sentence is left to the other rules.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.records import NAME, EntityRec
from kg.extract.relation_context import SentenceRules

#: the cue of acting for a party, then (at the end of the list) "respectively"
_FOR = cues.ON_BEHALF_LOW  # "on behalf of", "speaking for", "representing"
_RESPECTIVELY = re.compile(r"\brespectively\b")
#: what may stand between two parties of the list: "and", a comma, "the Government of"
_PARTY_GAP = re.compile(
    r"(?:\s*,)?\s+(?:and\s+)?(?:(?:the\s+)?(?:[Gg]overnment|[Rr]epublic)\s+of\s+)?(?:the\s+)?|\s*,\s*"
)


def respective_envoys(rules: SentenceRules) -> None:
    """represents, in order, for "A and B … on behalf of X and Y respectively"; other links of A or B
    to X or Y read by the sentence's rules are dropped."""
    low = rules.sent.low
    if "Person" not in rules.types or "respectively" not in low:
        return
    cue = _FOR.search(low)
    end = _RESPECTIVELY.search(low, cue.end()) if cue is not None else None
    if cue is None or end is None:
        return
    sent, base = rules.sent, rules.sent.start
    persons: list[EntityRec] = []
    for m, e in sent.mentions:
        if m.start >= base + cue.start():
            break
        if e.type == "Person" and m.kind == NAME and e not in persons:
            persons.append(e)
    parties = _parties(rules, base + cue.end(), base + end.start())
    if len(persons) < 2 or len(persons) != len(parties):
        return
    paired = {(p.key, b.key) for p, b in zip(persons, parties, strict=True)}
    people, bodies = {p.key for p in persons}, {b.key for b in parties}
    rules.out[:] = [
        f
        for f in rules.out
        if not (
            f.start == base
            and f.predicate == "represents"
            and f.subject in people
            and f.object in bodies
            and (f.subject, f.object) not in paired
        )
    ]
    for person, party in zip(persons, parties, strict=True):
        rules.add(person, "represents", party, "respectively")


def _parties(rules: SentenceRules, lo: int, hi: int) -> list[EntityRec]:
    """The countries and bodies listed from ``lo`` to ``hi``, nothing but list words between them."""
    text, base = rules.sent.text, rules.sent.start
    out: list[EntityRec] = []
    at = lo
    for m, e in rules.sent.mentions:
        if m.start < lo or m.end > hi:
            continue
        if e.type not in ("Country", "Organization") or e in out:
            return []
        if not _PARTY_GAP.fullmatch(text, at - base, m.start - base) and at != m.start:
            return []
        out.append(e)
        at = m.end
    tail = text[at - base : hi - base]
    return out if re.fullmatch(r"[\s,]*", tail) else []
