"""Helping a body do something: the helper and the body are partners; watching a plan is not
carrying it out.

"IOM will support the National Council in monitoring the Plan": IOM and the Council work together
(the cue table's "supported by"); the Council monitors the Plan, which is no implementation of it.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: after the body helped: " in monitoring", " (NCM) in drafting"
_IN_DOING = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?\s+in\s+[a-z]+ing\b")
#: "support the Council in monitoring ", "help X in monitoring ": the helped monitor
_HELPED_MONITOR = re.compile(r"\b(?:support|assist|help)(?:s|ed|ing)?\s+[^.;:]{1,80}?\s+(?:in|to|with)\s+$")


def helped_in_doing(text: str, end: int) -> bool:
    """Whether the body named up to ``end`` is helped in doing something: "… the Council in monitoring"."""
    return _IN_DOING.match(text, end) is not None


def drop_helped_monitoring(rules: SentenceRules) -> None:
    """Drop the implements that "support X in monitoring the Plan" gave X."""
    low = rules.sent.low
    if not rules.out or "monitor" not in low:
        return
    base = rules.sent.start
    keep = []
    for f in rules.out:
        if f.predicate == "implements" and f.start == base and f.cue.lower().startswith("monitor"):
            at = low.find("monitor")
            if at >= 0 and _HELPED_MONITOR.search(low, max(0, at - 120), at):
                continue
        keep.append(f)
    rules.out[:] = keep
