"""callsFor an issue from a commitment to fight it: "Ethiopia reaffirms its commitment to combating
irregular migration", "Chile and Peru committed to tackle human trafficking", "a shared commitment
to tackle the challenges of irregular migration".

The cue table's "committed to" gives supports for a plan; for a problem the actor vows to fight,
the gold convention (../shared/eval/ANNOTATION.md: callsFor Actor → Issue) is a call.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import NEGATED

_FIGHT = (
    r"(?:combat|tackl|fight|end|eradicat|prevent|address|counter|curb|eliminat|reduc|stop|suppress)"
    r"(?:e|es|ed|ing)?"
)
_COMMITTED_TO_FIGHT = re.compile(
    r"\bcommit(?:(?P<noun>ments?)|s|ted)?\s+(?:itself\s+|themselves\s+|ourselves\s+)?to\s+"
    + _FIGHT
    + r"\s+(?:the\s+(?:challenges?|scourge|problem|crime|issue)\s+of\s+)?(?:the\s+)?"
)


#: a vow of the subject's own: "reaffirms its commitment", "expressed a shared commitment"
_OWN_VOW = re.compile(
    r"\b(?:its|their|our|his|her|an?)\s+(?:(?:shared|firm|strong|full|renewed|unwavering|continued|"
    r"steadfast|joint|political)\s+)?\Z"
)
_ASKED = re.compile(r"\b(?:whether|if)\b")


def issue_commitments(rules: SentenceRules) -> None:
    """callsFor from the committed subject to the issue named right after the fighting verb."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    if "commit" not in low or "Issue" not in rules.types:
        return
    for cue in _COMMITTED_TO_FIGHT.finditer(low):
        if NEGATED.search(low, max(0, cue.start() - 20), cue.start()):
            continue
        if cue.group("noun") and not _OWN_VOW.search(low, max(0, cue.start() - 40), cue.start()):
            continue  # "X welcomed Malaysia's commitment", "the commitment of Y": not X's own vow
        if _ASKED.search(low, max(0, cue.start() - 50), cue.start()):
            continue  # "Kenya asked whether Somalia was committed to …": a question
        issues = [p for p in sent.of_types(("Issue",), base + cue.end(), base + cue.end() + 2)]
        if not issues:
            continue
        for actor in rules.subject(base + cue.start()):
            if actor.type in ("Country", "Organization", "Person"):
                rules.add(actor, "callsFor", issues[0][1], cue.group().strip())
