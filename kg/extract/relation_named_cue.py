"""A cue word inside a name is part of the name, not a cue.

"the National Commission for the Fight against Trafficking in Persons, which the law created":
"Fight against" belongs to the Commission's name; it calls for nothing.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

_ACTS = frozenset(("adopts", "implements", "supports", "callsFor"))
_NAMES = frozenset(("Organization", "Plan", "Framework", "Event"))


def drop_cues_in_names(rules: SentenceRules) -> None:
    """Drop the acts whose cue occurs in the sentence only inside the names of its mentions."""
    if not rules.out:
        return
    sent = rules.sent
    base = sent.start
    spans = [(m.start - base, m.end - base) for m, e in sent.mentions if e.type in _NAMES]
    if not spans:
        return
    keep = []
    for f in rules.out:
        if f.predicate in _ACTS and f.start == base and len(f.cue) > 3:
            at = [(m.start(), m.end()) for m in re.finditer(re.escape(f.cue.lower()), sent.low)]
            if at and all(any(s <= a and b <= e for s, e in spans) for a, b in at):
                continue
        keep.append(f)
    rules.out[:] = keep
