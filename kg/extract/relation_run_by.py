"""A plan's runner named in the passive without "implemented by": "the Plan is coordinated by the
Department", "the Strategy, which is managed by UNDP,", "the Programme, which will be implemented through
the OECD", "the Strategy was implemented under the
leadership of the Prime Minister's Office". The body that runs the plan carries it out: ``implements``.
Not "under the auspices of" (a patron: :data:`~kg.extract.cues.SUPPORT_OF`), not a plan's drafting
("the drafting of the Plan was coordinated by": its making, read as adoption elsewhere)."""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_agents import adjacent
from kg.extract.relation_context import SentenceRules

_BODIES = ("Country", "Organization")
#: before the plan: its making or review was run, not the plan ("the drafting of the Plan was led by")
_MAKING_OF = re.compile(
    r"\b(?:draft(?:ing)?|development|preparation|formulation|elaboration|design|review|evaluation|revision|"
    r"update|validation|negotiations?|funds?|funding|budget|money|resources|accounts?|website)\s+"
    r"(?:process\s+)?(?:of|for|on)\s+(?:the\s+)?$"
)
#: right after the plan: ", which is coordinated by the ", " was implemented under the leadership of "
_RUN_BY = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,?\s+(?:which\s+|that\s+)?(?:is|are|was|were|will\s+be|has\s+been|had\s+been|"
    r"have\s+been|is\s+being|was\s+being|being)\s+(?:also\s+|jointly\s+|currently\s+|now\s+)?"
    r"(?:(?P<by>(?:coordinated|managed|overseen|steered|administered|spearheaded)\s+by|"
    r"(?:implemented|executed|delivered|channell?ed)\s+(?:through|via))|"  # "implemented through GIZ"
    r"(?P<under>implemented|carried\s+out|executed|coordinated|delivered|rolled\s+out|led|run)\s+under\s+the\s+"
    r"(?:overall\s+|direct\s+|political\s+)?(?:leadership|coordination|guidance|supervision|stewardship|"
    r"direction|oversight)\s+of)\s+(?:the\s+)?"
)


def run_by(rules: SentenceRules, items: list[tuple[MentionRec, EntityRec]]) -> None:
    """implements from the bodies named after a plan's passive of running or leading."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, item in items:
        cue = _RUN_BY.match(low, m.end - base)
        if (
            cue is None
            or not adjacent(sent, base + cue.end())
            or sent.text[cue.start(cue.lastgroup or 0)].isupper()  # "… Was Coordinated By Zambia": a headline
            or _MAKING_OF.search(low, max(0, m.start - base - 40), m.start - base)
        ):
            continue
        for doer in coordinated(sent, base + cue.end()):
            if doer.type in _BODIES and doer is not item:
                rules.add(doer, "implements", item, cue.group("by") or cue.group("under"))
