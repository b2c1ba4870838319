"""Backers named after the plan, its subject: by the partnership it is carried out in ("The Initiative
is being undertaken in partnership with the United States Government", "The strategy is part of a joint
project with the EU") or by the money it received ("The Coastal Plan received a US$5 million grant from
the Green Climate Fund").

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
    # "received a US$5 million grant from the", "has secured funding from"
    r"|[”\"’]?\s*(?:\([^()]{1,20}\)\s*)?(?:has\s+|have\s+|had\s+|will\s+)?(?:also\s+)?"
    r"(?:received|receives|receive|secured|secures|obtained|won|got)\s+(?:an?\s+|new\s+|additional\s+)?"
    r"(?:[\w$€£.,-]+\s+){0,4}?(?:grants?|funding|financing|funds|loans?|credits?|contributions?|"
    r"support|backing)\s+(?:of\s+[\w$€£.,-]+\s+)?from\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?"
)


def partnered_items(rules: SentenceRules) -> None:
    """supports: the bodies and countries a plan is carried out in partnership with."""
    sent = rules.sent
    if not rules.has_actor or not any(w in sent.low for w in ("partnership", "co", "joint", "from")):
        return
    for m, item in sent.of_types(_ITEMS):
        cue = _PARTNERED.match(sent.text, m.end - sent.start)
        if cue is None:
            continue
        for backer in coordinated(sent, sent.start + cue.end()):
            if backer.type in ("Country", "Organization"):
                cue_text = "in partnership with" if "with" in cue.group() else "from"
                rules.add(backer, "supports", item, cue_text)
