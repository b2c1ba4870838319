"""Who gives a meeting's set speeches takes part in it: "The welcome address was delivered by Ana
Ruiz, Director, Andean Secretariat", "Opening remarks were made by A and B", "Ana Ruiz delivered the
keynote address".

Meeting releases name the meeting once, then its programme: who welcomed, opened, closed. The speech
noun says the speaker spoke at the meeting named in the sentence or the one right before (a speech
of another occasion names its own: "the keynote address at the Forum", "remarks were made by A during a
press briefing"). A year or month the meeting's sentence does not name ("In 2018, the keynote address
…") dates another occasion, and a meeting postponed, cancelled or yet to open had no speeches given
at it. A plain "statement" is left to the floor rules, since a statement can be issued anywhere.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence, past_role
from kg.extract.lexicon import MONTHS, YEAR
from kg.extract.records import NAME, EntityRec
from kg.extract.relation_agents import agents_after
from kg.extract.relation_context import SentenceRules

_SPEECH = (
    r"(?:welcome|welcoming|opening|closing|concluding|keynote|inaugural|introductory)\s+"
    r"(?:address(?:es)?|remarks|speech(?:es)?|statements?)"
)
#: "The welcome address was delivered by", "Opening remarks were made by"
_GIVEN_BY = re.compile(
    r"\b" + _SPEECH + r"\s+(?:was|were|is|are|will\s+be)\s+(?:delivered|given|made|presented)\s+by\s+",
    re.IGNORECASE,
)
#: "X delivered the welcome address", "X gave opening remarks"
_GAVE = re.compile(
    r"\s*(?:,[^,;.]{1,120},\s*)?(?:also\s+)?(?:delivered|gave|made|presented)\s+(?:the\s+|a\s+|an\s+)?"
    + _SPEECH
    + r"\b(?!\s+(?:at|during|to|of|for)\b)",
    re.IGNORECASE,
)
#: right after the speakers of the passive: the occasion of the speech, "… by A and B during a briefing"
_AT_OCCASION = re.compile(r"\s*,?\s*(?:at|during|to|of|for)\b", re.IGNORECASE)
#: a year or a month: when the speech was given
_WHEN = re.compile(r"\b(?:" + YEAR + "|" + "|".join(m.capitalize() for m in sorted(MONTHS)) + r")\b")
#: the meeting did not take place, or has not yet: "was postponed", "will open in Bangkok in May"
_NOT_HELD = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:postponed|cancell?ed|called\s+off|deferred)"
    r"|will\s+(?:open|be\s+held|take\s+place|convene|begin|start)"
    r"|(?:is|are)\s+(?:scheduled|due|set|expected)\s+to\s+(?:open|be\s+held|take\s+place|convene|begin))\b",
    re.IGNORECASE,
)


def speech_givers(rules: SentenceRules, event: EntityRec, named_in: str) -> None:
    """participatesIn ``event`` for the persons after "… address was delivered by", and for the person
    right before "delivered the welcome address"; ``named_in``: the sentence that names the event."""
    sent = rules.sent
    text, base = sent.text, sent.start
    if "Person" not in rules.types or _NOT_HELD.search(named_in) or _other_date(sent, named_in):
        return
    given = _GIVEN_BY.search(text)
    if given is not None:
        speakers = [who for who in agents_after(sent, base + given.end() - 3, 2) if who.type == "Person"]
        if speakers:  # not "… by A and B during a briefing": past the last speaker's name and role
            last = max(m.end for m, e in sent.mentions if e in speakers)
            if not _AT_OCCASION.match(text, past_role(sent, last, speakers) - base):
                for who in speakers:
                    rules.add(who, "participatesIn", event, "speech by")
    for m, ent in sent.mentions:
        if ent.type == "Person" and m.kind == NAME and _GAVE.match(text, m.end - base):
            rules.add(ent, "participatesIn", event, "gave speech")


def _other_date(sent: Sentence, named_in: str) -> bool:
    """Whether the sentence dates its speech by a year or month, outside a name, that the meeting's
    sentence lacks."""
    for m in _WHEN.finditer(sent.text):
        at = sent.start + m.start()
        if m.group() not in named_in and not any(p.start <= at < p.end for p, _e in sent.mentions):
            return True
    return False
