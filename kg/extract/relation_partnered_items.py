"""Backers named by the partnership a plan is carried out in, the plan its subject: "The Initiative is
being undertaken in partnership with the United States Government", "The strategy is part of a joint
project with the EU". (A plan that "received a grant from" a body: :mod:`~kg.extract.relation_support`.)

No doer is named, so the backer is not anyone's partner here, only the plan's supporter.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.relation_context import SentenceRules

_ITEMS = ("Plan", "Framework")
#: right after the plan: "is being undertaken in partnership with the", "is part of a joint project with"
_PARTNERED = re.compile(
    r"[”\"’]?\s*(?:\([^()]{1,20}\)\s*)?(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:being\s+)?"
    r"(?:(?:undertaken|implemented|carried\s+out|delivered|run|conducted|executed|developed|financed|funded)\s+"
    r"(?:jointly\s+)?in\s+(?:close\s+)?(?:partnership|cooperation|co-operation|collaboration)\s+with"
    r"|part\s+of\s+a\s+joint\s+(?:project|programme|program|initiative)\s+with)"
    r"\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?"
)


def partnered_items(rules: SentenceRules) -> None:
    """supports: the bodies and countries a plan is carried out in partnership with."""
    sent = rules.sent
    if not rules.has_actor or not any(w in sent.low for w in ("partnership", "co", "joint")):
        return
    for m, item in sent.of_types(_ITEMS):
        cue = _PARTNERED.match(sent.text, m.end - sent.start)
        if cue is None:
            continue
        for backer in coordinated(sent, sent.start + cue.end()):
            if backer.type in ("Country", "Organization"):
                rules.add(backer, "supports", item, "in partnership with")
