"""Whether a body's name ends in two places joined by "and": "Council of Ministers of Labour of
Central America and the Dominican Republic" is one body of two places, not a body followed by a
country. Used by :mod:`kg.extract.patterns` before it cuts the countries listed after a name.
"""

from __future__ import annotations

import re

#: World regions that bodies are named after (a place the country reference does not hold).
REGIONS = frozenset(
    [
        "Africa",
        "Asia",
        "Europe",
        "Oceania",
        "the Americas",
        "the Caribbean",
        "the Pacific",
        "Central America",
        "South America",
        "North America",
        "Latin America",
        "Central Asia",
        "South Asia",
        "South-East Asia",
        "Southeast Asia",
        "East Asia",
        "West Africa",
        "East Africa",
        "Southern Africa",
        "North Africa",
        "Central Africa",
        "the Horn of Africa",
        "the Sahel",
        "the Middle East",
        "the Western Balkans",
        "the Great Lakes Region",
        "the Gulf",
        "the Mediterranean",
        "the Baltic Sea Region",
        "the Andes",
    ]
)

#: Bodies of several States, whose name may end in two countries ("Joint Commission of Bolivia and
#: Peru"); "the Ministry of Labour of Chile and Peru" names a ministry and a country.
_SHARED_HEADS = re.compile(
    r"[^,;]*?\b(?:Council|Councils|Commission|Committee|Conference|Forum|Community|Union|Alliance"
    r"|Association|Network|Bank|Organization|Organisation|Secretariat|Partnership|Process)[ \t]+of\b"
)

#: "… of Central America", "… of the Dominican Republic": the place a name's "of" ends in.
_OF_PLACE = re.compile(r"[ \t]of[ \t]+(?P<place>(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})$")


def _place(name: str, countries: frozenset[str]) -> str | None:
    """ "region", "country" or None for a place's name (with or without "the")."""
    bare = name[4:] if name.startswith("the ") else name
    if name in REGIONS or f"the {bare}" in REGIONS or bare in REGIONS:
        return "region"
    return "country" if bare in countries else None


def joins_two_places(text: str, start: int, and_at: int, second: str, countries: frozenset[str]) -> bool:
    """Whether ``text[start:and_at]`` ends in "of <place>" and ``second`` is a place, the two one
    body's places: a region on one side at least, or a body of several States on both."""
    match = _OF_PLACE.search(text, start, and_at)
    if match is None:
        return False
    kinds = (_place(match.group("place"), countries), _place(second, countries))
    if None in kinds:
        return False
    return "region" in kinds or _SHARED_HEADS.match(text, start, and_at) is not None


def places_after_the(words: list[tuple[int, int, str]], cur: list[tuple[int, int, str]], i: int) -> bool:
    """At ``words[i]`` = "and", ``words[i + 1]`` = "the": whether the name in ``cur`` ends in
    "of <place>" and "the" opens a place that ends the run ("… of Central America and the
    Dominican Republic")."""
    from kg.extract.gazetteer import country_names

    if len(cur) < 3:
        return False
    countries = country_names()
    first = " ".join(w[2] for w in cur)
    for k in (1, 2, 3):
        if i + 2 + k > len(words) or (i + 2 + k < len(words) and words[i + 2 + k][2][:1].isupper()):
            continue
        second = "the " + " ".join(w[2] for w in words[i + 2 : i + 2 + k]).rstrip(",")
        if _place(second, countries):
            return joins_two_places(" " + first, 1, len(first) + 1, second, countries)
    return False
