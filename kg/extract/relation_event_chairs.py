"""Those named as an event's chairs take part in it: "The representative of Kuwait — one of the
mission's three co-chairs, along with the representatives of Peru and the United Kingdom — said …"
(Kuwait, Peru and the United Kingdom take part in the mission named before).

The event is the latest one whose name holds the noun ("the mission's"): chairs of one meeting are
not partners of each other (see :mod:`~kg.extract.pair_model`), but each is in the meeting.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.records import NAME, EntityRec
from kg.extract.relation_context import SentenceRules

_CHAIRS = re.compile(
    r"\bthe\s+(?P<noun>mission|meeting|conference|summit|dialogue|forum|session|debate|visit|consultation)"
    r"[’']s\s+(?:[a-z]+\s+)?(?:co-?chairs?|chairs?|co-?leads?|co-?hosts?)\b"
)
#: between the chair and "one of the mission's co-chairs": " — ", ", "
_TO_CHAIRS = re.compile(r"\s*[,—–-]+\s*(?:as\s+|being\s+)?(?:one\s+of\s+)?")
#: ", along with the representatives of", "together with"
_ALONG = re.compile(
    r"\s*,?\s*(?:along|together)\s+with\s+(?:the\s+)?(?:(?:representatives?|delegations?|delegates?)\s+of\s+"
    r"(?:the\s+)?)?"
)


#: "Peru, as President of the …", "Egypt in its capacity as host of the …": the seat an actor holds at a
#: meeting named right after
_AS_PRESIDING = re.compile(
    r"(?:,?\s+in\s+(?:its|their)\s+(?:role|capacity)\s+as|,\s+as)\s+(?:the\s+)?(?:current\s+|incoming\s+)?"
    r"(?:[Pp]resident|[Pp]residency|[Cc]hair|[Cc]o-[Cc]hair|[Cc]hairman|[Cc]hairperson|[Cc]hairwoman|[Hh]ost|"
    r"[Hh]ost country)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z0-9])"
)


#: the one set off is not the holder: "took over from Azerbaijan, as …", "Egypt, not Kenya, as host"
_NOT_HOLDER = re.compile(
    r"\b(?:from|replac\w*|succeed\w*|not|rather\s+than|instead\s+of|reject\w*|oppos\w*|than)\s+(?:the\s+)?$"
)


def presiding(rules: SentenceRules) -> None:
    """participatesIn: a country or body set off as the president, chair or host of a meeting named
    right after ("Peru, in its capacity as President of the 20th Conference of the Parties")."""
    sent, base = rules.sent, rules.sent.start
    for actor_at, actor in sent.actors():
        if actor.type not in ("Country", "Organization"):
            continue
        m = _AS_PRESIDING.match(sent.text, actor_at.end - base)
        if m is None:
            continue
        events = sent.of_types(("Event",), base + m.end(), base + m.end() + 1)
        if (
            events
            and events[0][0].kind == NAME
            and not _NOT_HOLDER.search(sent.text, 0, actor_at.start - base)
        ):
            rules.add(actor, "participatesIn", events[0][1], m.group().strip(" ,"))


def event_chairs(rules: SentenceRules, seen: list[EntityRec]) -> None:
    """participatesIn: the chair named before "one of the mission's co-chairs" and those along with;
    the president, chair or host "as" whom an actor is set off (:func:`presiding`)."""
    sent, base = rules.sent, rules.sent.start
    if "chair" not in sent.low and "lead" not in sent.low and "host" not in sent.low:
        if "president" in sent.low:
            presiding(rules)
        return
    presiding(rules)
    for m in _CHAIRS.finditer(sent.low):
        noun = m.group("noun")
        event = next((e for e in reversed(seen) if noun in e.label.lower()), None)
        if event is None:
            continue
        chairs: list[EntityRec] = []
        before = [p for p in sent.actors(base, base + m.start()) if p[1].type != "Issue"]
        if before and _TO_CHAIRS.fullmatch(sent.text, before[-1][0].end - base, m.start()):
            chairs.append(before[-1][1])
        along = _ALONG.match(sent.text, m.end())
        if along is not None:
            chairs += coordinated(sent, base + along.end())
        for chair in chairs:
            if chair.type in ("Country", "Organization", "Person"):
                rules.add(chair, "participatesIn", event, "co-chairs")
