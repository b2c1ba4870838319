"""Those gathered for a meeting take part in it.

"We, the Heads of State of the members of the Andean Community, meeting in Lima for the 30th
Presidential Council, …": the Community whose leaders meet takes part in the Council.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: ", meeting in Lima for the ", ", gathered at Geneva for the ", " met in Apia for the ": right after
#: the actor
_GATHERED = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:meeting|gathered|assembled|convened|met)"
    r"|\s+(?:have\s+|had\s+)?(?:gathered|assembled|convened|met))\s+"  # "Leaders of the Forum gathered in …"
    r"(?:(?:in|at)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:,\s*(?:[A-Z][\w'’-]+\s+){1,2})?)?(?:for|at)\s+(?:the\s+)?$"
)


def gathered_for(rules: SentenceRules) -> None:
    """participatesIn: the actor right before ", meeting in City for the Event"."""
    low = rules.sent.low
    if "Event" not in rules.types or not any(
        w in low for w in ("meeting", "gathered", "assembled", "convened")
    ):
        return
    sent = rules.sent
    base = sent.start
    for m, event in sent.of_types(("Event",)):
        before = sent.actors(base, m.start)
        if before and _GATHERED.fullmatch(sent.text, before[-1][0].end - base, m.start - base):
            actor = before[-1][1]
            if actor.type in ("Country", "Organization"):
                rules.add(actor, "participatesIn", event, "meeting for")
