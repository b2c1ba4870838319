"""Lists after a cue that the nearest-actor rules read only in part: the instruments a state deposits,
the states that formed a body.

"X deposited with the International Labour Office the instruments of ratification of four Conventions,
the A, the B, the C and the D": X adopts all four, and the office it deposits with adopts none (it
is the depositary). "The Authority was formed by seven countries A, B and C": each is a member.
"""

from __future__ import annotations

import re

from kg.extract.relation_attendees import listed
from kg.extract.relation_context import SentenceRules

#: "deposited with the Secretary-General the instrument of ratification of"
_DEPOSITED = re.compile(
    r"\bdeposit(?:ed|s|ing)\s+(?P<with>with\s+[^,;.]{1,80}?\s+)?(?:(?:the|its|their|an?)\s+)?"
    r"instruments?\s+of\s+(?:ratification|accession|acceptance|approval)\s+(?:of|to|for)\s+"
)
#: "was formed by seven African countries", "were founded by the six member states"
_FORMED_BY = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:initially\s+|originally\s+|first\s+|jointly\s+)?"
    r"(?:formed|founded|established|created|set\s+up|launched)\s+by\s+"
    r"(?:(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:countries|states|nations|governments|members)\b[\s,:]*"
)
_ITEMS = ("Plan", "Framework")


def deposited_instruments(rules: SentenceRules) -> None:
    """adopts for each instrument of a deposit; none for the depositary named after "with"."""
    sent = rules.sent
    if "deposit" not in sent.low or "instrument" not in sent.low:
        return
    cue = _DEPOSITED.search(sent.low)
    if cue is None:
        return
    pos = sent.start + cue.end()
    items = listed(sent, pos, sent.of_types(_ITEMS, pos))
    if not items:
        return
    depositaries = set()
    if cue.group("with"):
        span = (sent.start + cue.start("with"), sent.start + cue.end("with"))
        depositaries = {e.key for _m, e in sent.actors(*span)}
    if depositaries:  # "deposited with the ILO": the ILO does not adopt what it receives
        keys = {e.key for e in items}
        rules.out = [
            f
            for f in rules.out
            if not (f.predicate == "adopts" and f.subject in depositaries and f.object in keys)
        ]
    for party in rules.subject(sent.start + cue.start()):
        if party.key in depositaries or party.type not in ("Country", "Organization"):
            continue
        for item in items:
            rules.add(party, "adopts", item, "deposited")


def founders(rules: SentenceRules) -> None:
    """memberOf: "The Authority was formed by seven African countries A, B, C and D"."""
    sent = rules.sent
    if "ed by" not in sent.low and "set up by" not in sent.low:
        return
    for cue in _FORMED_BY.finditer(sent.text):
        bodies = sent.of_types(("Organization",), sent.start, sent.start + cue.start())
        if not bodies or sent.actors(bodies[-1][0].end, sent.start + cue.start()):
            continue
        body = bodies[-1][1]
        pos = sent.start + cue.end()
        members = listed(sent, pos, [(m, e) for m, e in sent.actors(pos) if e.type == "Country"])
        for member in members:
            rules.add(member, "memberOf", body, "formed by")
