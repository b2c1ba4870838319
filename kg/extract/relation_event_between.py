"""participatesIn: the sides named after a meeting's name and "between", "a Virtual Summit between Prime
Minister Boris Johnson and Prime Minister Narendra Modi", "the Dialogue between the EU and the AU".

A bilateral meeting is named by its sides: each took part in it.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.relation_context import SentenceRules

_BETWEEN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s+(?:held\s+)?between\s+(?:the\s+)?")
_SIDES = ("Country", "Organization", "Person")
#: a title before the first side: "Prime Minister ", "President "
_TITLES = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}")


def event_between(rules: SentenceRules) -> None:
    """Each actor named after "<Event> between" takes part in the event."""
    sent = rules.sent
    if "Event" not in rules.types or " between " not in sent.low or not rules.has_actor:
        return
    base = sent.start
    for m, event in sent.of_types(("Event",)):
        between = _BETWEEN.match(sent.text, m.end - base)
        if between is None:
            continue
        first = sent.actors(base + between.end(), base + between.end() + 60)
        if not first or not _TITLES.fullmatch(sent.text, between.end(), first[0][0].start - base):
            continue  # the first side right after "between", or after its title ("Prime Minister")
        sides = coordinated(sent, base + between.end())
        if len(sides) >= 2:
            for side in sides:
                if side.type in _SIDES:
                    rules.add(side, "participatesIn", event, "between")
