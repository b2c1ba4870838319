"""A text endorsed by an assembly is adopted by it: "the Political Declaration, endorsed by the Assembly a
day earlier". An assembly, council or conference endorses a declaration or resolution by voting it
through; any other body's endorsement ("the Plan, endorsed by UNICEF") stays support.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.relation_context import SentenceRules

#: a body whose endorsement is a vote: the UN's and regions' deciding organs and legislatures by the end of
#: their names ("General Assembly", "Security Council", "European Parliament", "National Assembly"), not
#: any body with such a word in its name ("Norwegian Refugee Council", "World Council of Churches")
_VOTING_BODY = re.compile(
    r"(?:General|National|World[ \t]+Health|Legislative|Constituent|Parliamentary)[ \t]+Assembly$"
    r"|(?:Security|Human[ \t]+Rights|Economic[ \t]+and[ \t]+Social|European|Executive|Governing"
    r"|Peace[ \t]+and[ \t]+Security)[ \t]+Council$"
    r"|^Council[ \t]+of[ \t]+the[ \t]+European[ \t]+Union$"
    r"|\b(?:Parliament|Congress|Senate|Conference[ \t]+of[ \t]+the[ \t]+Parties"
    r"|International[ \t]+Labour[ \t]+Conference)$"
    r"|Summit$"
)
#: after the body's name: a part of it ("the European Parliament's Committee on …"), which is no vote
_PART_AFTER = re.compile(r"[’']s\b|\s+(?:Advisory\s+)?Committee\b")
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
        and not _PART_AFTER.match(sent.text, m.end - base)
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
