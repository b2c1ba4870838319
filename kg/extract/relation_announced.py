"""What is announced is adopted only when the announcement names it: "Peru announced the National
Plan against Forced Labour", "the Programme, announced July 7 by X".

"Announced" is also a verb of saying and of news: "announced its withdrawal from the Paris
Agreement", "announced that the Plan would be delayed", "announced funding for the Compact". An
adopts link whose cue is "announced" is kept only when the item follows the cue with nothing but
an article and modifiers between ("announced the new national …"), or when the agent of a passive
follows it ("announced on Monday by").
"""

from __future__ import annotations

import re

from kg.extract.lexicon import YEAR, YEAR_RANGE
from kg.extract.relation_context import SentenceRules

#: between "announced" and the item it adopts: an article and modifiers only
_RIGHT_BEFORE_ITEM = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|our|this|new|national|joint|revised|updated|first|second|"
    r"comprehensive|regional|long-awaited|" + YEAR_RANGE + "|" + YEAR + r")\s+)*"
)
#: "announced July 7 by", "announced on Monday by": a passive's agent follows
_AGENT_AFTER = re.compile(r"\s+[^.;]{0,30}?\bby\b")


def drop_unannounced(rules: SentenceRules) -> None:
    """Drop the adopts links read from "announced" that do not name the item announced."""
    if not rules.out or "announc" not in rules.sent.low:
        return
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    starts: dict[str, list[int]] = {}
    for m, ent in sent.mentions:
        starts.setdefault(ent.key, []).append(m.start - base)
    cues = [c.end() for c in re.finditer(r"\bannounc(?:ed|es|ing)\b", low)]

    def named(item: str) -> bool:
        for end in cues:
            if _AGENT_AFTER.match(low, end):
                return True
            if any(_RIGHT_BEFORE_ITEM.fullmatch(low, end, at) for at in starts.get(item, ()) if at >= end):
                return True
        return False

    rules.out[:] = [
        f
        for f in rules.out
        if not (
            f.start == base
            and f.predicate == "adopts"
            and f.cue.lower().startswith("announc")
            and not named(f.object)
        )
    ]
