"""Backers named beside the one who acts support the plan; they do not adopt or implement it.

"The Agency, with the support of UNICEF and funding from the Government of Norway, kicked off the
process to develop a new National Action Plan": the Agency adopts, UNICEF and Norway support. The
nearest-actor rules read Norway, named last before the verb, as the one who develops the plan; this
rule turns the adopts or implements of an actor named only inside such a phrase into supports.
"""

from __future__ import annotations

import re

from kg.extract.found import Found
from kg.extract.relation_attendees import listed
from kg.extract.relation_context import SentenceRules

#: "with the technical support of", "and funding from", "with financial assistance from"
_BACKED = re.compile(
    r"\b(?:(?:with|and|through)\s+(?:the\s+)?(?:generous\s+|kind\s+)?(?:technical\s+|financial\s+)?"
    r"(?:support|assistance|backing|funding|financing|help)\s+(?:of|from)|"
    r"(?:and\s+)?(?:funded|financed|sponsored)\s+by)\s+"
)
_JUST_BEFORE = re.compile(r"[\s,]*(?:\([^()]{1,20}\)[\s,]*)?")
_GATE = (
    "support",
    "assistance",
    "backing",
    "funding",
    "financing",
    "help",
    "funded",
    "financed",
    "sponsored",
)


def backers_support(rules: SentenceRules) -> None:
    """Turn the acts of those named only in "with the support of X" into supports, when the
    sentence names who acts before the phrase."""
    sent = rules.sent
    low = sent.low
    if not rules.out or not any(g in low for g in _GATE):
        return
    backers: set[str] = set()
    spans: list[tuple[int, int]] = []  # where each list of backers lies
    doer = None  # "The Ministry, with the support of …": the one who acts, right before the phrase
    for cue in _BACKED.finditer(low):
        first = sent.actors(sent.start, sent.start + cue.start())[:1]
        if first and not spans and _JUST_BEFORE.fullmatch(low, first[0][0].end - sent.start, cue.start()):
            doer = first[0][1]
        if not sent.actors(sent.start, sent.start + cue.start()):
            continue  # "With the support of UNICEF, Ghana launched …": read by the subject rules
        pos = sent.start + cue.end()
        named = listed(sent, pos, sent.actors(pos))
        if named:
            backers.update(e.key for e in named)
            last = max(m.end for m, e in sent.actors(pos) if e in named)
            spans.append((pos, last))
    if not backers:
        return
    acting = {e.key for m, e in sent.actors() if not any(a <= m.start < b for a, b in spans)}
    out = []
    for f in rules.out:
        if f.predicate in ("adopts", "implements") and f.subject in backers and f.subject not in acting:
            if doer is not None and doer.key not in backers and doer.key != f.object:
                out.append(Found(doer.key, f.predicate, f.object, f.start, f.end, f.cue))
            f = Found(f.subject, "supports", f.object, f.start, f.end, f.cue)
        out.append(f)
    rules.out = out
