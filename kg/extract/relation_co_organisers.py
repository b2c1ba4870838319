"""Co-organisers named in the sentence after the organiser: "The Department is organizing a workshop
on X in Lima. The workshop will be held jointly with A, B and C": the Department partners with each.

The organiser is the first actor of the sentence before, when that sentence has it organise, host or
convene a meeting; the next sentence must open with the meeting's noun ("The workshop", "This
meeting") and say it is held or organised "jointly with", "together with" or "in collaboration
(cooperation, partnership) with" the others. Those the meeting is held for ("for A and B") are no
co-organisers.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence, coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules

_MEETING = r"(?:workshop|meeting|conference|seminar|forum|dialogue|consultation|training|symposium|event)"
#: "is organizing a workshop", "will host a regional meeting", "convened a seminar"
_ORGANISES = re.compile(
    r"\b(?:organi[sz](?:es|ed|ing)|co-organi[sz](?:es|ed|ing)|host(?:s|ed|ing)|conven(?:es|ed|ing))\s+"
    r"(?:a|an|the|its)\s+(?:[a-z0-9-]+\s+){0,3}?" + _MEETING + r"s?\b"
)
#: "The workshop will be held jointly with", "This meeting is organised in collaboration with"
_HELD_WITH = re.compile(
    r"(?:The|This)\s+(?:[a-z0-9-]+\s+){0,2}?" + _MEETING + r"\s+(?:will\s+be|was|is|has\s+been|were)\s+"
    r"(?:held|organi[sz]ed|convened|hosted|co-organi[sz]ed|co-hosted)\s+"
    r"(?:jointly\s+with|together\s+with|in\s+(?:close\s+)?(?:collaboration|cooperation|partnership)\s+with)\s+"
    r"(?:the\s+)?"
)
_ACTORS = ("Country", "Organization")


def organiser_of(sent: Sentence) -> EntityRec | None:
    """The first actor of a sentence that has it organise, host or convene a meeting."""
    cue = _ORGANISES.search(sent.low)
    if cue is None:
        return None
    actors = sent.actors(sent.start, sent.start + cue.start())
    return actors[0][1] if actors and actors[0][1].type in _ACTORS else None


def co_organisers(rules: SentenceRules, organiser: EntityRec | None) -> None:
    """partnersWith the organiser of the sentence before, for each actor the meeting is held with."""
    if organiser is None:
        return
    held = _HELD_WITH.match(rules.sent.text)
    if held is None:
        return
    for other in coordinated(rules.sent, rules.sent.start + held.end()):
        if other.type in _ACTORS and other is not organiser:
            rules.add(organiser, "partnersWith", other, "held jointly with")
