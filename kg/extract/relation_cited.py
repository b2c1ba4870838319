"""An instrument cited as the authority for a call is supported, not called for.

"We urge lenders to include debt clauses in their loans, as the Nairobi Agenda recommends": the
call is for the clauses; the Agenda is what the speaker invokes in support of it.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: "as the ", "as our ", "as ": before the instrument cited
_AS_BEFORE = re.compile(r"\b(?:[Aa]s|[Jj]ust as)\s+(?:the\s+|its\s+|our\s+|their\s+)?$")
#: " recommends", " (2024) provides": after it
_SAYS_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?\s+(?:also\s+|itself\s+|rightly\s+|clearly\s+)?"
    r"(?:recommends|recommended|provides|provided|requires|required|says|said|states|stated|stipulates|"
    r"envisages|envisaged|sets out|set out|calls for|called for|urges|urged|demands|prescribes|foresees|"
    r"makes clear|reminds us)\b"
)


def cited_not_called(rules: SentenceRules) -> None:
    """Turn a callsFor whose object is named only as "as the X recommends" into supports."""
    if not rules.out or " as " not in rules.sent.low:
        return
    sent = rules.sent
    base = sent.start
    out = []
    for f in rules.out:
        if f.predicate == "callsFor" and f.start == base:
            spans = [(m.start - base, m.end - base) for m, e in sent.mentions if e.key == f.object]
            if spans and all(
                _AS_BEFORE.search(sent.text, max(0, a - 12), a) and _SAYS_AFTER.match(sent.text, b)
                for a, b in spans
            ):
                f = type(f)(f.subject, "supports", f.object, f.start, f.end, f.cue)
        out.append(f)
    rules.out[:] = out
