"""A person who chairs the meeting the text reports: "X, who presided over the meeting, said …",
"Y, who chaired the session, …" takes part in the event named before; "Z, who is also president of
the COP27, …" in the event so named (participatesIn)."""

from __future__ import annotations

import re

from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules

#: ", who presided over the meeting": the meeting the text named before
_WHO_CHAIRED = re.compile(
    r",\s+who\s+(?:presided\s+over|chaired|co-chaired|opened|moderated)\s+the\s+"
    r"(?P<noun>meeting|debate|session|conference|dialogue|forum|event|summit|consultation)\b"
)


#: ", who is also president of the ": the event named right after is the one the person presides
_WHO_PRESIDES = re.compile(
    r",\s+who\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+(?:also\s+|currently\s+|now\s+)?(?:the\s+)?"
    r"(?:[Pp]resident|[Cc]hair(?:man|person|woman)?|[Cc]o-[Cc]hair|[Hh]ost)\s+of\s+(?:the\s+)?$"
)

#: nouns any meeting may be called by
_ANY_MEETING = frozenset(("meeting", "session", "event"))


def presided(rules: SentenceRules, event: EntityRec | None, seen: list[EntityRec]) -> None:
    """participatesIn for the person right before ", who presided over the meeting": the event the
    noun names ("the consultation": the latest event so named), "the meeting" the last one; and for
    the person right before ", who is also president of the COP27": the event named there."""
    text = rules.sent.text
    if event is None or "who " not in text:
        return
    sent, base = rules.sent, rules.sent.start
    for held, ev in sent.of_types(("Event",)):
        office = _WHO_PRESIDES.search(text, max(0, held.start - base - 70), held.start - base)
        persons = [
            p for p in sent.mentions if office and p[1].type == "Person" and p[0].end == base + office.start()
        ]
        if persons:
            rules.add(persons[-1][1], "participatesIn", ev, "who is president of")
    for m in _WHO_CHAIRED.finditer(text):
        persons = [p for p in sent.mentions if p[1].type == "Person" and p[0].end == base + m.start()]
        noun = m.group("noun")
        named = (
            event
            if noun in _ANY_MEETING
            else next((e for e in reversed(seen) if noun in e.label.lower()), None)
        )
        if persons and named is not None:
            rules.add(persons[-1][1], "participatesIn", named, m.group().lstrip(", "))
