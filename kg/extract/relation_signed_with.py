"""An instrument followed by the clause that says who signed it with whom.

"Chile published the Agreement on Labour Mobility it signed with Peru in 2018", "the
Memorandum that Kenya concluded with the ILO": both signers adopt the instrument and are
partners ("negotiated with" makes partners only). "it" and "they" stand for the last country or
body named before the instrument; after a comma the clause must open with "which" or "that"
("Following the Paris Agreement, Chile negotiated with Peru" is no such clause).
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

_SIGNED_WITH = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:that|which)\s+|\s+(?:that\s+|which\s+)?)"
    r"(?P<who>it|they|(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,5})\s+"
    r"(?:has\s+|had\s+|have\s+)?(?P<verb>signed|concluded|negotiated)\s+with\s+(?:the\s+)?"
)
_DOERS = ("Country", "Organization")


def signed_with(rules: SentenceRules) -> None:
    """adopts and partnersWith: "the Agreement (that) it signed with Peru"."""
    sent = rules.sent
    if " with " not in sent.low or not rules.has_actor:
        return
    text, base = sent.text, sent.start
    for item_m, item in sent.of_types(ITEMS):
        clause = _SIGNED_WITH.match(text, item_m.end - base)
        if clause is None:
            continue
        if clause.group("who") in ("it", "they"):
            before = [e for _m, e in sent.actors(base, item_m.start) if e.type in _DOERS]
            doers = before[-1:]
        else:
            at = base + clause.start("who")
            doers = [e for m, e in sent.actors(at, base + clause.end("who")) if e.type in _DOERS]
        at = base + clause.end()
        partners = [e for e in coordinated(sent, at) if e.type in _DOERS] if sent.actors(at, at + 1) else []
        if not doers or not partners:
            continue
        verb = clause.group("verb")
        for doer in doers:
            for partner in partners:
                rules.add(doer, "partnersWith", partner, verb + " with")
        if verb == "negotiated":
            continue  # negotiating is no signature: partners only
        for doer in doers:
            rules.add(doer, "adopts", item, verb)
        for partner in partners:
            rules.add(partner, "adopts", item, verb + " with")
