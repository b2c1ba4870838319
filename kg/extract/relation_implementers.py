"""Co-implementers named after a plan's lead: "implementation will be led by the Secretariat together
with the Police, the Immigration Service and the Commission", "It will be implemented by UNDP in
partnership with A, B and C".

Each body listed carries the plan out (implements). Only "in partnership / cooperation /
collaboration with" also makes the lead a partner of each; "together with" after "led by" lists
co-implementers, and the partnership read from it elsewhere is dropped for them.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence, coordinated
from kg.extract.found import Found
from kg.extract.records import EntityRec

_BODIES = ("Country", "Organization")
_ITEMS = ("Plan", "Framework")

#: "implementation will be led by the ": the text's plan, carried out by those named next
_IMPLEMENTATION_BY = re.compile(
    r"\b[Ii]mplementation\s+(?:will|would|shall|is\s+to|is\s+expected\s+to)\s+be\s+(?:jointly\s+)?"
    r"(?:led|coordinated|carried\s+out|undertaken|spearheaded)\s+by\s+(?:the\s+)?"
)
#: "It will be implemented by ": the plan of the sentence before
_IT_IMPLEMENTED_BY = re.compile(
    r"(?:It|The\s+(?:plan|strategy|programme|program|project|initiative))\s+(?:will|would|shall|is|was)\s+"
    r"(?:be\s+|being\s+)?(?:jointly\s+)?(?:implemented|carried\s+out|executed|delivered)\s+by\s+(?:the\s+)?"
)
#: after the lead: ", together with the ", " in partnership with "
_WITH = re.compile(
    r"(?:\s*\([A-Z][\w-]{1,10}\))?,?\s+(?P<how>together\s+with|jointly\s+with|alongside|"
    r"in\s+(?:close\s+)?(?:partnership|cooperation|collaboration)\s+with)\s+(?:the\s+)?"
)


def implementers(
    sent: Sentence, it_item: EntityRec | None, plan: EntityRec | None
) -> tuple[list[Found], set[frozenset[str]]]:
    """The implements (and partnersWith) of a lead and its co-implementers, and the pairs of keys
    whose partnership read from "together with" is to be dropped."""
    text = sent.text
    if "mplement" not in text and "carried out" not in text:
        return [], set()
    m = _IT_IMPLEMENTED_BY.match(text)
    item = it_item if m is not None else None
    if m is None:
        m = _IMPLEMENTATION_BY.search(text)
        item = plan
        if m is not None and sent.of_types(
            ("Plan", "Framework"), sent.start + m.start(), sent.start + m.end()
        ):
            return [], set()  # "implementation of the Plan will be led by": read elsewhere
    if m is None or item is None:
        return [], set()
    pos = sent.start + m.end()
    first = sent.actors(pos, pos + 4)
    if not first:
        return [], set()
    lead_m, lead = first[0]
    w = _WITH.match(text, lead_m.end - sent.start)
    if w is None or lead.type not in _BODIES:
        return [], set()
    partners = [p for p in coordinated(sent, sent.start + w.end()) if p.type in _BODIES and p is not lead]
    if not partners:
        return [], set()
    how = w.group("how")
    cue = text[m.start() : w.end()].strip()
    s, e = sent.start, sent.end
    out = [Found(lead.key, "implements", item.key, s, e, cue)]
    drop: set[frozenset[str]] = set()
    for p in partners:
        out.append(Found(p.key, "implements", item.key, s, e, cue))
        if how.startswith("in "):
            out.append(Found(lead.key, "partnersWith", p.key, s, e, how))
        else:
            drop.add(frozenset((lead.key, p.key)))
    return out, drop
