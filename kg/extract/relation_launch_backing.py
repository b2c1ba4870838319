"""Two ways news texts attach actors to a programme without an act verb on its name.

"Under this programme, the ILO and the Government of Qatar will work together to …": those who work
together under a programme named before implement it (and are partners). "The Governing Body
concluded its session, endorsing the launch of a three-year Programme": endorsing, welcoming or
supporting a launch supports the programme; it is not its adoption.
"""

from __future__ import annotations

import re
from itertools import combinations

from kg.extract.found import Found
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_signing import signers_before

#: "Under this programme,", "Under the new plan,"
_UNDER_THIS = re.compile(
    r"(?:[Uu]nder|[Tt]hrough|[Ww]ithin)\s+(?:this|the|that)\s+(?:new\s+)?"
    r"(?P<noun>programme|program|plan|strategy|initiative|project|framework|agreement|partnership)\s*,\s*"
)
#: "will work together", "will jointly", "are cooperating"
_TOGETHER = re.compile(
    r"\b(?:will|shall|would|are|have)\s+(?:be\s+)?(?:work(?:ing)?\s+together|jointly|"
    r"cooperat(?:e|ing)|co-operat(?:e|ing)|collaborat(?:e|ing))\b"
)
#: "endorsing the launch of", "welcomed the launch of", "welcomed the launch by the Government of"
_LAUNCH_OF = re.compile(
    r"\b(?:endors|welcom|support|applaud|salut)(?:e|es|ed|ing)\s+the\s+(?:official\s+)?launch(?:ing)?\s+"
    r"(?:by\s+[^,.;:()]{2,60}?\s+)?of\s+"
)

_LEAD = re.compile(r"(?:[\w-]+\s+){0,4}")  # "a comprehensive 3-year ", before the programme's name


def work_under(rules: SentenceRules, item: EntityRec | None) -> None:
    """implements: "Under this programme, A and B will work together" (``item``: the last plan or
    framework named before)."""
    sent = rules.sent
    under = _UNDER_THIS.match(sent.text) if item is not None and rules.has_actor else None
    if under is None or item is None:
        return
    if under.group("noun")[:7] not in item.label.lower():
        return  # "Under this programme," after a Convention: another item, not named
    together = _TOGETHER.search(sent.low)
    if together is None:
        return
    parties = signers_before(sent, sent.start + together.start())
    if len(parties) < 2 or len(parties) > 4:
        return
    for party in parties:
        rules.add(party, "implements", item, "work together under")
    for a, b in combinations(parties, 2):
        rules.add(a, "partnersWith", b, "work together")


def launch_backers(rules: SentenceRules) -> None:
    """supports, not adopts: "endorsing the launch of the Programme"."""
    sent = rules.sent
    if "launch" not in sent.low or not rules.has_actor:
        return
    for cue in _LAUNCH_OF.finditer(sent.low):
        pos = sent.start + cue.end()
        items = sent.of_types(("Plan", "Framework"), pos, pos + 80)
        if not items or not _LEAD.fullmatch(sent.low, cue.end(), items[0][0].start - sent.start):
            continue
        item = items[0][1]
        backers = rules.subject(sent.start + cue.start())
        keys = rules.keys(backers)
        rules.out = [
            Found(f.subject, "supports", f.object, f.start, f.end, f.cue)
            if f.predicate == "adopts" and f.object == item.key and f.subject in keys
            else f
            for f in rules.out
        ]
        for backer in backers:
            rules.add(backer, "supports", item, "launch of")
