"""A donor named by its role: "Switzerland is a major donor to the Global Programme", "Sweden, the
largest contributor to the Fund,", "Norway remains one of the main funders of the Plan", "Mexico is
among the sponsors of the Compact", "France, a long-standing supporter of the Initiative,". The one
said to be the donor ``supports`` what it gives to. The role must be stated of a named actor (a
copula or an apposition right before it): "briefed the donors of the Plan" and "called on donors to
the Fund" name no donor. One giver only: :mod:`~kg.extract.relation_pledges` reads several in
apposition ("Norway and Sweden, major donors to the Fund,") and names the cue the same way."""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS, NEGATED

_ACTOR_TYPES = ("Country", "Organization")
#: "is a major donor to the ", ", the largest contributor to the ", "as one of the main funders of "
_DONOR_OF = re.compile(
    r"(?:\b(?:is|was|are|were|been|remains?|remained|became|becomes|as|being)|,)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:(?:one|some)\s+of\s+|among\s+)?(?:an?|the|its|their)\s+"
    r"(?:(?:single|biggest|largest|main|major|key|leading|top|principal|important|significant|long-?standing|"
    r"generous|steadfast|founding|first|second|third|core|lead|largest\s+bilateral|bilateral|sole)\s+){0,2}"
    r"(?:donors?|funders?|financiers?|contributors?|backers?|sponsors?|co-sponsors?|supporters?|champions?|"
    r"proponents?)\s+(?:to|of|for)\s+(?:the\s+)?$"
)


def donors(rules: SentenceRules) -> None:
    """supports from the actor said to be a donor, funder or contributor of what follows."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, target in sent.mentions:
        if target.type not in ("Organization", *ITEMS):
            continue
        at = m.start - base
        role = _DONOR_OF.search(low, max(0, at - 90), at)
        if role is None or NEGATED.search(low, max(0, role.start() - 20), role.start() + 4):
            continue
        named = sent.actors(base, base + role.start() + 1)
        if not named:
            continue  # a donor the sentence does not name
        for giver in rules.subject(base + role.start() + 1)[:1]:
            if giver.type in _ACTOR_TYPES and giver is not target and any(giver is e for _m, e in named):
                rules.add(giver, "supports", target, "contributor to")  # as relation_pledges names it
