"""Countries named only as where something took place: "in Katowice, Poland", "(Belmopan, Belize)".

A city followed by its country, after "in", "at" or an opening bracket, places an event or a
dateline; the country does nothing in the text and is no actor of it. A country named
anywhere else in the text (acting, owning a plan, as a demonym) keeps all its mentions.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import MONTHS, REGION_WORDS, WEEKDAYS
from kg.extract.records import DocState

#: "in Paris, ", "(City of Belmopan, ", "at Nusa Dua, ": a place, then the country's name
_CITY_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|from|near)[ \t]+|\([ \t]*)(?:the[ \t]+)?(?:City[ \t]+of[ \t]+)?"
    r"(?P<city>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}),[ \t]*$"
)
_LOOK_BACK = 60
#: what ends a place phrase after the country: "in Paris, France, on 12 December", "… Poland during
#: COP24", "(Belmopan, Belize)"; not "in Nairobi, Kenya and Uganda signed", not "…, Kenya, Uganda and"
_PLACE_END = re.compile(
    r"[ \t]*(?:[.;:)\n]|$|,(?![ \t]*[A-Z])|(?:during|where|between|since|for|from)\b"
    r"|(?:on|in)[ \t]+(?:\d|[A-Z][a-z]+[ \t]+\d))"
)
#: words a place before the country cannot hold: a date ("In July, Nepal …"), a region ("in Latin
#: America, Mexico and Brazil …")
_NOT_PLACE_WORDS = (
    frozenset(w.capitalize() for w in MONTHS | WEEKDAYS)
    | REGION_WORDS
    | {
        "Latin",
        "Central",
        "Middle",
        "East",
        "West",
        "North",
        "South",
        "Southern",
        "Northern",
        "Eastern",
        "Western",
    }
)


def drop_venue_countries(text: str, state: DocState) -> None:
    """Remove the countries every mention of which is a venue: after "in <City>, ", or that city
    itself when it is the country's capital ("in Paris, France")."""
    countries = [e for e in state.entities.values() if e.type == "Country"]
    if not countries or ", " not in text:
        return
    others: list[tuple[int, int, str]] | None = None
    for ent in countries:
        venues: list[tuple[int, int]] = []
        for m in ent.mentions:
            place = _CITY_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
            if (
                place is None
                or any(w in _NOT_PLACE_WORDS for w in place.group("city").split())
                or not _PLACE_END.match(text, m.end)
            ):
                break  # "In July, Nepal presented …", "in Nairobi, Kenya and Uganda signed …": actors
            venues.append((place.start("city"), place.end("city")))
        else:
            if others is None:  # the city must be no other entity ("in Kenya, Uganda and …" is a list)
                others = [(m.start, m.end, e.key) for e in state.entities.values() for m in e.mentions]
            named = any(
                s < end and start < e and key != ent.key for start, end in venues for s, e, key in others
            )
            if not named:
                del state.entities[ent.key]
                if state.self_country == ent.key:
                    state.self_country = None
