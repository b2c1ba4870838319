"""Names whose topic runs past where the shape finder stops.

A document titled by its own instrument: "Joint Declaration of the Ministers of the Andean
Community on labour migration and return" is one name, its lower-case topic included, when the
title line is nothing but the name and its "on …" topic (no verb, no punctuation after it).

A meeting on a list of capitalized topics: "the Fourth Bali Regional Ministerial Conference on
People Smuggling, Trafficking in Persons and Related Transnational Crime" is one name; the
shape finder stops at the first comma.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import holds_country_name, is_country_name

#: " on labour migration and return" up to the title line's end: lower-case words only.
_TOPIC_TO_LINE_END = re.compile(r"[ \t]+on[ \t]+(?:[a-z][\w’'\-]*,?[ \t]+){0,7}[a-z][\w’'\-]*[ \t]*(?=\n)")
#: words that make the tail a clause ("… on migration is adopted"), not a topic
_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|must|adopt(?:s|ed)?|sign(?:s|ed)?"
    r"|approv(?:es|ed)|launch(?:es|ed)?|say|says|said|call(?:s|ed)?|urg(?:es|ed))\b"
)


def title_topic_end(text: str, start: int, end: int) -> int:
    """The end of an instrument's name found at ``text[start:end]`` on the first line, run on to
    the line's end over an "on <topic>" tail; ``end`` when the name does not open the text."""
    if text[:start].strip():
        return end
    tail = _TOPIC_TO_LINE_END.match(text, end)
    if tail is None or _VERBS.search(tail.group()):
        return end
    return tail.end()


_CAP_RUN = r"[A-Z][\w’'\-]*(?:[ \t]+(?:(?:in|of|the|and|for|on)[ \t]+)?[A-Z][\w’'\-]*){0,5}"
#: ", Trafficking in Persons and Related Transnational Crime": more capitalized topics, the last after "and"
_TOPIC_LIST = re.compile(
    r"(?:,[ \t]+(?P<items>" + _CAP_RUN + r"))+,?[ \t]+and[ \t]+(?P<last>" + _CAP_RUN + r")"
    # what may follow a meeting's name: the end of the clause, a place or date, a relative clause
    r"(?=[ \t]*(?:[,.;:()\n]|$)"
    r"|[ \t]+(?:in|at|on|from|held|which|that|was|were|is|will|took|opened|closed)\b)"
)
#: the topic opens the tail of a name: "… Conference on People Smuggling"
_TOPIC_OPENS = re.compile(r"[ \t](?:on|against|for)[ \t]+[A-Z]")


def topic_list_end(text: str, start: int, end: int) -> int:
    """The end of a meeting's name at ``text[start:end]``, run on over a list of capitalized topics
    that its "on …" opened; ``end`` when none follows, or when an item names a country."""
    if not text.startswith(",", end) or not _TOPIC_OPENS.search(text, start, end):
        return end
    tail = _TOPIC_LIST.match(text, end)
    if tail is None:
        return end
    items = re.split(r",[ \t]+|,?[ \t]+and[ \t]+", tail.group().strip(", \t"))
    if any(holds_country_name(item.split()) for item in items):
        return end  # "… Conference on Migration, Kenya and Uganda": the actors after the name
    place = _PLACE_AFTER.search(text, tail.start("last"), tail.end())
    return place.start() if place else tail.end()


#: "… and Related Transnational Crime in Bali": the place the meeting was held, not its topic (but
#: "Trafficking in Persons", "Trafficking in Women and Children")
_PLACE_AFTER = re.compile(
    r"[ \t]+in[ \t]+"
    r"(?!(?:Persons|Human|Humans|Women|Children|Migrants|Drugs|Firearms|Wildlife|People|Organs)\b)"
    r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*\Z"
)


def before_listed_countries(text: str, start: int, end: int) -> int:
    """The end of a name at ``text[start:end]`` without a list of countries it ran on into: "the
    Conference on Trafficking, Ghana and Togo said" is "the Conference on Trafficking"."""
    name = text[start:end]
    if len(name) > 400:
        return end  # no name runs this long: a list the shape finder joined, read elsewhere
    at = name.find(", ")
    while at > 0:
        items = re.split(r",[ \t]+|,?[ \t]+and[ \t]+", name[at:].strip(", \t"))
        if items and all(is_country_name(item) for item in items):
            return start + at
        at = name.find(", ", at + 2)
    return end
