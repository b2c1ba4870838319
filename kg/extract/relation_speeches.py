"""Who gives a meeting's set speeches takes part in it: "The welcome address was delivered by Ana
Ruiz, Director, Andean Secretariat", "Opening remarks were made by A and B", "Ana Ruiz delivered the
keynote address".

Meeting releases name the meeting once, then its programme: who welcomed, opened, closed. The speech
noun says the speaker spoke at the meeting named in the sentence or the one right before (a speech
of another occasion names its own: "the keynote address at the Forum"). A plain "statement" is left
to the floor rules, since a statement can be issued anywhere.
"""

from __future__ import annotations

import re

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
    + r"\b(?!\s+(?:at|to|of|for)\b)",
    re.IGNORECASE,
)


def speech_givers(rules: SentenceRules, event: EntityRec) -> None:
    """participatesIn ``event`` for the persons after "… address was delivered by", and for the person
    right before "delivered the welcome address"."""
    sent = rules.sent
    text, base = sent.text, sent.start
    if "Person" not in rules.types:
        return
    given = _GIVEN_BY.search(text)
    if given is not None:
        for who in agents_after(sent, base + given.end() - 3, 2):
            if who.type == "Person":
                rules.add(who, "participatesIn", event, "speech by")
    for m, ent in sent.mentions:
        if ent.type == "Person" and m.kind == NAME and _GAVE.match(text, m.end - base):
            rules.add(ent, "participatesIn", event, "gave speech")
