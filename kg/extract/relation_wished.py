"""What someone asks an instrument to address, it does not (yet) address.

"Civil society groups called for the Plan to address trafficking in persons": the Plan's aim is
wished for, not stated.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: right before the instrument: "called for the ", "urged the ", "want the "
_ASKED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|want(?:s|ed)?|"
    r"press(?:es|ed|ing)?\s+for|demand(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+(?:that\s+)?(?:the\s+|its\s+)?$"
)
_TO_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?\s+(?:to|should|must)\s+(?:also\s+|better\s+)?")


def drop_wished_aims(rules: SentenceRules) -> None:
    """Drop the addresses of an item that someone calls on to address the issue."""
    low = rules.sent.low
    if not rules.out or not any(
        w in low for w in ("call", "urg", "ask", "want", "press", "demand", "recommend")
    ):
        return
    sent = rules.sent
    base = sent.start
    keep = []
    for f in rules.out:
        if f.predicate == "addresses" and f.start == base:
            spans = [(m.start - base, m.end - base) for m, e in sent.mentions if e.key == f.subject]
            if spans and all(
                _ASKED.search(low, max(0, a - 30), a) and _TO_AFTER.match(low, b) for a, b in spans
            ):
                continue
        keep.append(f)
    rules.out[:] = keep
