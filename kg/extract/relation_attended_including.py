"""participatesIn for the named few of an unnamed many: "Over 40 countries attended the Summit,
including Serbia and Albania".

The attend cue's subject is a group the text does not name ("countries", "delegations",
"ministers from 20 states"), so the subject rules find no one; the actors listed after
"including" or "among them" right after the event's name are the ones named, and each took part.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.relation_agents import adjacent
from kg.extract.relation_context import SentenceRules

#: an unnamed group and its attend verb: "over 40 countries attended", "delegations from 20 states took
#: part in"
_GROUP_ATTENDED = re.compile(
    r"\b(?:countries|states|nations|governments|delegations|delegates|ministers|leaders|members|"
    r"member\s+states|organi[sz]ations|agencies|participants|representatives)\b[^,.;:]{0,40}?\s"
    r"(?:attended|took\s+part\s+in|participated\s+in|joined)\s+(?:the\s+)?"
)
#: between the event's name and the list: ", including ", ", among them ", ", such as "
_INCLUDING = re.compile(
    r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?"
)


def attended_including(rules: SentenceRules) -> None:
    """Each actor listed after the event an unnamed group attended takes part in it."""
    sent = rules.sent
    if "Event" not in rules.types or not rules.has_actor:
        return
    if "includ" not in sent.low and "among" not in sent.low and "such as" not in sent.low:
        return
    base = sent.start
    for cue in _GROUP_ATTENDED.finditer(sent.low):
        events = sent.of_types(("Event",), base + cue.end(), base + cue.end() + 1)
        if not events:
            continue
        m, event = events[0]
        listed = _INCLUDING.match(sent.text, m.end - base)
        if listed is None or not adjacent(sent, base + listed.end()):
            continue  # "…, including its side events with Niger": no actor listed right there
        for guest in coordinated(sent, base + listed.end()):
            if guest.type in ("Country", "Organization"):
                rules.add(guest, "participatesIn", event, "attended, including")
