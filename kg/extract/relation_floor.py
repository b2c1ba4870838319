"""Who takes the floor at a meeting, said without the meeting's name (participatesIn).

Statements and meeting reports name the meeting once (in the title, or the sentence before) and
then list who spoke or came: "my delegation associates with the statements delivered today by
Samoa on behalf of AOSIS, Tonga on behalf of the Forum, and Nauru", "New Zealand and Vanuatu were
represented at Ministerial Level". Each speaker (not the group it spoke for) and each country so
represented takes part in that meeting.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import NEGATED

#: "the statements delivered today by", "the statement made earlier by the": who spoke at the meeting
_DELIVERED_BY = re.compile(
    r"\b(?:statements?|remarks|interventions?)\s+(?:delivered|made|given)\s+"
    r"(?:(?:today|earlier|yesterday|this\s+(?:morning|afternoon))\s+)?(?:here\s+)?by\s+(?:the\s+)?"
)
#: the speaker's own stance toward those statements, which places them at this meeting
_ALIGNS = re.compile(r"\b(?:associat|align|support|join|endors)\w*\b[^.;]{0,40}$")
#: between two speakers: the group the one before spoke for, then a comma or "and"
_BEHALF_WORDS = r"\s+(?:" + cues.BEHALF.replace(" ", r"\s+") + r")\s+"
_NEXT_SPEAKER = re.compile(
    r"(?:" + _BEHALF_WORDS + r"[^,;.:()]{1,80}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)
_BEHALF = re.compile(_BEHALF_WORDS + r"(?:the\s+)?")
_LEAD = re.compile(r"\s*")
#: "were represented at Ministerial Level", "was represented at the highest level"
_AT_LEVEL = re.compile(
    r"\b(?:was|were|are|is|will\s+be|had\s+been|have\s+been)\s+(?:also\s+)?represented\s+at\s+(?:the\s+)?"
    r"(?:[Mm]inisterial|[Hh]ighest|[Hh]igh|[Ss]enior|[Aa]mbassadorial|[Hh]eads?\s+of\s+[Ss]tate|[Ll]eaders?'?|"
    r"[Ss]ummit|[Oo]fficials?'?|[Tt]echnical|[Dd]eputy\s+[Mm]inister|[Vv]ice-[Mm]inisterial)\s+[Ll]evel\b"
)


def floor_takers(rules: SentenceRules, event: EntityRec | None, recent: bool) -> None:
    """participatesIn ``event`` (the meeting named in the sentence, else the one the text named last)
    for the speakers of "the statements delivered today by A on behalf of X, B …" and, where the
    meeting was named in this sentence or the one before (``recent``), the countries "represented at
    Ministerial Level"."""
    if event is None:
        return
    low = rules.sent.low
    if " by " in low and ("statement" in low or "remarks" in low or "intervention" in low):
        _speakers(rules, event)
    if recent and " represented at " in low and " level" in low:
        _represented_at_level(rules, event)


def _speakers(rules: SentenceRules, event: EntityRec) -> None:
    sent, base = rules.sent, rules.sent.start
    for cue in _DELIVERED_BY.finditer(sent.low):
        if "today" not in cue.group() and not _ALIGNS.search(sent.low, 0, cue.start()):
            continue  # "a statement made by the Ministry on Monday": not said at this meeting
        at = base + cue.end()
        lead = _LEAD
        for m, who in sent.actors(at):
            gap = sent.text[at - base : m.start - base]
            if _BEHALF.fullmatch(gap):
                at = m.end  # the group the speaker before spoke for
                continue
            if not lead.fullmatch(gap) or who.type not in ("Country", "Organization"):
                break
            rules.add(who, "participatesIn", event, "statement delivered by")
            at, lead = m.end, _NEXT_SPEAKER


def _represented_at_level(rules: SentenceRules, event: EntityRec) -> None:
    sent, base = rules.sent, rules.sent.start
    for cue in _AT_LEVEL.finditer(sent.text):
        if NEGATED.search(sent.low, max(0, cue.start() - 20), cue.start() + 20):
            continue  # "was not represented at ministerial level"
        for who in rules.subject(base + cue.start()):
            if who.type in ("Country", "Organization"):
                rules.add(who, "participatesIn", event, "represented at level")
