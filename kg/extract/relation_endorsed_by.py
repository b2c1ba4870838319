"""A text endorsed by an assembly is adopted by it: "the Political Declaration, endorsed by the Assembly a
day earlier". An assembly, council or conference endorses a declaration or resolution by voting it
through; any other body's endorsement ("the Plan, endorsed by UNICEF") stays support.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.relation_context import SentenceRules

#: a body whose endorsement is a vote: "General Assembly", "Security Council", "Conference of the Parties"
_VOTING_BODY = re.compile(r"\b(?:Assembly|Council|Conference|Parliament|Congress|Senate|Summit)\b")
_ENDORSED_BY = re.compile(r"\bendorsed\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?$")


def assembly_endorsements(rules: SentenceRules) -> None:
    """adopts, not supports, for a text endorsed by a voting body named right after "endorsed by"."""
    sent = rules.sent
    if "endorsed" not in sent.low:
        return
    base, entities = sent.start, rules.state.entities
    by_body = {
        e.key
        for m, e in sent.of_types(("Organization",))
        if _VOTING_BODY.search(e.label)
        and _ENDORSED_BY.search(sent.low, max(0, m.start - base - 30), m.start - base)
    }
    if not by_body:
        return
    rules.out = [
        replace(f, predicate="adopts")
        if f.predicate == "supports"
        and f.subject in by_body
        and f.cue.lower() == "endorsed"
        and entities[f.object].type == "Framework"
        else f
        for f in rules.out
    ]
