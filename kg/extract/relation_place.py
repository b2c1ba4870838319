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
#: (", delivered in partnership with")
_TO_CUE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:[a-z]+ed|run|carried out|done)\s+)?")


def place_subject(
    sent: Sentence, cue_start: int, nearest: list[EntityRec], subject_at: Callable[[int], list[EntityRec]]
) -> list[EntityRec] | None:
    """The subject of the clause that ``, together with`` at ``cue_start`` closes, when ``nearest``
    (the nearest actor before the cue) is a country named as a place ("for refugees from Syria,
    delivered in partnership with": perhaps nobody named); else None."""
    if len(nearest) != 1 or nearest[0].type != "Country":
        return None
    base = sent.start
    place = None
    for m, e in reversed(sent.actors(base, cue_start)):
        if e is nearest[0]:
            place = m
        break
    if place is None or not _TO_CUE.fullmatch(sent.text, place.end - base, cue_start - base):
        return None
    lead = _PLACE_LEAD.search(sent.low, max(0, place.start - base - 60), place.start - base)
    if lead is None:
        return None
    return [e for e in subject_at(base + lead.start()) if e is not nearest[0]]
