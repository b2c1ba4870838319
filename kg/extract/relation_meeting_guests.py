"""Who a meeting gathered, when the sentence calls the meeting only by its noun: "The meeting gathered
81 participants from 38 countries, the European Commission and seven agencies", "The event brings
together more than 60 participants, including experts from the OSCE Secretariat, Kazakhstan and USAID".

The sentence opens with the meeting's noun and a verb of gathering; the meeting is the one named
before (the caller carries it: :mod:`kg.extract.relation_event_links`). Every country and body named after the
verb is among those gathered: such sentences list guests, and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import MEETING_NOUN, NEGATED

_GATHERED = re.compile(
    r"(?:(?:[A-Z][a-z]+|On\s+[A-Z][a-z]+),\s+)?(?:The|This|That)\s+(?:[a-z0-9-]+\s+){0,2}?(?P<noun>"
    + MEETING_NOUN
    + r")\s+(?:has\s+|had\s+|will\s+|also\s+)?(?:brought|brings|bring|gathered|gathers|drew|draws|attracted|"
    r"attracts|assembled|assembles)\b"
)


def gathered(rules: SentenceRules, carried: Callable[[str], EntityRec | None]) -> None:
    """participatesIn the meeting the opening noun stands for (resolved there already, or else
    ``carried(noun)``), of every country and body after the verb."""
    sent = rules.sent
    found = _GATHERED.match(sent.text)
    if found is None or NEGATED.search(sent.low, 0, found.end()):
        return
    here = sent.of_types(("Event",), sent.start, sent.start + found.end())
    event = here[0][1] if here else carried(found.group("noun"))
    if event is None:
        return
    for _m, guest in sent.actors(sent.start + found.end()):
        if guest.type in ("Country", "Organization"):
            rules.add(guest, "participatesIn", event, found.group().split()[-1])


#: "The countries that participated were …", "Delegations that took part included …": the list of those
#: who came, with no meeting named in the sentence
_PARTICIPATED_WERE = re.compile(
    r"(?:The\s+)?(?:[a-z]+\s+)?(?:countries|states|delegations|participants|members|organi[sz]ations|governments)"
    r"\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:participated|took\s+part|attended|were\s+represented)"
    r"(?:\s+in\s+(?:it|the\s+[a-z-]+))?\s+(?:were|included|include|are|was)\b"
)


def participants_were(rules: SentenceRules, event: EntityRec | None) -> None:
    """participatesIn ``event`` (the meeting the text is about) of every country and body listed after
    "The countries that participated were"."""
    sent = rules.sent
    found = _PARTICIPATED_WERE.match(sent.text)
    if found is None or event is None:
        return
    for _m, guest in sent.actors(sent.start + found.end()):
        if guest.type in ("Country", "Organization"):
            rules.add(guest, "participatesIn", event, "participated")
