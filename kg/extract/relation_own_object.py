"""A cue that has an object of its own does not reach an item in the next clause.

"Human Rights Watch welcomed the deal but said Qatar must extend the Domestic Workers Law":
welcoming is done to the deal; the Law, named after "but said", is no object of it.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

_ACTS = frozenset(("adopts", "implements", "supports", "callsFor"))
#: after the cue: " the deal but ", " the move, and said ": a common-noun object, then a new clause
_OWN_OBJECT = re.compile(
    r"\s+(?:the|a|an|this|that|its|their|our|his|her)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?\s+"
    r"(?:but|while|whereas|and\s+(?:said|says|added|urged|noted|stressed|warned|called))\b"
)


def drop_past_own_object(rules: SentenceRules) -> None:
    """Drop the acts whose every cue has a common-noun object closed by a new clause, the item
    being named only after it."""
    low = rules.sent.low
    if not rules.out or (" but " not in low and " while " not in low and " and " not in low):
        return
    sent = rules.sent
    base = sent.start
    keep = []
    for f in rules.out:
        if f.predicate in _ACTS and f.start == base and len(f.cue) > 3:
            ends = []
            for m in re.finditer(re.escape(f.cue.lower()), low):
                own = _OWN_OBJECT.match(low, m.end())
                ends.append(own.end() if own is not None else -1)
            objects = [x.start - base for x, e in sent.mentions if e.key == f.object]
            if ends and objects and min(ends) >= 0 and all(o >= min(ends) for o in objects):
                continue
        keep.append(f)
    rules.out[:] = keep
