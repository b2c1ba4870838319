"""A parent body named in an apposition does not act: "The Cooperation Agency (ABC), of the Ministry
of Foreign Affairs (MRE), and the ILO signed …": the Agency is a unit of the Ministry (memberOf),
and the Ministry neither signs nor partners with the ILO."""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: ", of the " right before the parent's name
_OF_BEFORE = re.compile(r",\s*of\s+(?:the\s+)?$")
#: right after the parent's name: "(MRE)," or ","
_CLOSED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,")
#: between the unit's name and its parent's: "(ABC), of the "
_UNIT_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*of\s+(?:the\s+)?")


def parent_bodies(rules: SentenceRules) -> None:
    """memberOf for the unit; no other relation of the sentence for the parent named only so."""
    sent = rules.sent
    if ", of " not in sent.text or not rules.out:
        return
    actors = sent.actors()
    for k, (m, parent) in enumerate(actors):
        if k == 0 or parent.type != "Organization":
            continue
        if not _OF_BEFORE.search(sent.text, 0, m.start - sent.start):
            continue
        if not _CLOSED.match(sent.text, m.end - sent.start):
            continue
        unit_m, unit = actors[k - 1]
        if unit.type != "Organization" or unit is parent:
            continue
        if any(e is parent and m2 is not m for m2, e in actors):
            continue  # named again in the sentence: it may act there
        gap = sent.text[unit_m.end - sent.start : m.start - sent.start]
        if not _UNIT_GAP.fullmatch(gap):
            continue
        rules.out = [
            f for f in rules.out if f.predicate == "memberOf" or parent.key not in (f.subject, f.object)
        ]
        rules.add(unit, "memberOf", parent, "of")
