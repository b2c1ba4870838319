"""A partner phrase closing a clause is the clause subject's, not that of a country named as a place.

"UNICEF and UNFPA launched a programme in five provinces of Chad, together with the Ministry":
the nearest actor before "together with" is Chad, but Chad is where the programme runs; the two
agencies, who launched it, are the Ministry's partners.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.actors import Sentence
from kg.extract.records import EntityRec

#: "in five provinces of ", "across ", "in the north of ": a place phrase before a country's name
_PLACE_LEAD = re.compile(
    r"\b(?:in|across|throughout|within|from)\s+"
    r"(?!(?:the\s+)?(?:government|authorities|people|ministry|name|support|cooperation|partnership|"
    r"collaboration|consultation|line)\b)"
    r"(?:(?:the|[a-z0-9-]+)\s+){0,4}?(?:of\s+)?(?:the\s+)?$"
)
#: between the country and the partner cue: a comma, perhaps a parenthesis, perhaps a participle
#: (", delivered in partnership with"), or nothing ("projects in Libya and Niger together with")
_TO_CUE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:(?:[a-z]+ed|run|carried out|done)\s+)?|\s+)")
#: a preposition right before an actor: an object, not the clause's subject
_GOVERNED = re.compile(r"\b(?:with|to|for|from|by|of|through|on|under|among|between)\s+(?:the\s+)?$")
#: between two countries of one place phrase: "Libya and Niger", "Mali, Chad and Niger"
_PLACE_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def place_subject(
    sent: Sentence, cue_start: int, nearest: list[EntityRec], subject_at: Callable[[int], list[EntityRec]]
) -> list[EntityRec] | None:
    """The subject of the clause that "together with" at ``cue_start`` closes, when ``nearest``
    (the actors read before the cue) are countries named as a place ("for refugees from Syria,
    delivered in partnership with": perhaps nobody named); else None."""
    if not nearest or any(e.type != "Country" for e in nearest):
        return None
    base = sent.start
    before = sent.actors(base, cue_start)
    if not before or before[-1][1] not in nearest:
        return None
    k = len(before) - 1
    if not _TO_CUE.fullmatch(sent.text, before[k][0].end - base, cue_start - base):
        return None
    while (
        k > 0
        and before[k - 1][1].type == "Country"
        and _PLACE_AND.fullmatch(sent.text, before[k - 1][0].end - base, before[k][0].start - base)
    ):
        k -= 1  # "in Libya and Niger": back to the first country of the place
    place = before[k][0]
    lead = _PLACE_LEAD.search(sent.low, max(0, place.start - base - 60), place.start - base)
    if lead is None:
        return None
    doers = [e for e in subject_at(base + lead.start()) if e not in nearest]
    for m, e in reversed(sent.actors(base, base + lead.start())):
        if e in doers:
            if _GOVERNED.search(sent.low, max(0, m.start - base - 16), m.start - base):
                return []  # "working with UNHCR in Ecuador, together with …": UNHCR is no subject
            break
    return doers
