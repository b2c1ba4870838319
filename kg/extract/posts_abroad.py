"""A body's post in a place: "the OSCE Centre in Astana", "the U.S. Embassy in Kazakhstan", "the
EU Delegation to Pakistan", "the U.S. Mission to the United Nations", "the Permanent Mission of
Fiji to the United Nations", "the Embassy of Japan in Kenya".

The place is part of the post's name: the post acts ("the OSCE Office in Tajikistan organized
…"), not its sending body, and a body has one post per place. A reference body's country or
regional office ("the UNODC Country Office in Addis Ababa") is found here too, and the resolver
then takes it for the body itself, as news and gold annotators do. The capitalized runs stop at "in"
and "to", so the pattern ruler alone finds "OSCE Centre" and loses the place.

"Mission in …" is left out: "the UNDP mission in Haiti" is mostly a visit, and the UN's own
missions are in the reference. A place is a country of the reference, "the United Nations"
(optionally "in Geneva"), or one or two capitalized words that are no month, weekday or clause word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Heads followed by "in" (a post in a country or city): a diplomatic post of any sender ("the
#: Indonesian Embassy in Jordan"), or a field office of a body known by its acronym ("the OSCE
#: Centre in Astana", "the UNDP Country Office in Addis Ababa"; not "the Uganda Media Centre in
#: Kampala", a centre's own name and its town). "to": accredited to a country or body.
_DIPLOMATIC = r"Embassy|High[ \t]+Commission|Consulate(?:[ \t-]+General)?|Delegation|Representation"
_FIELD = (
    r"(?:(?:Country|Regional|Programme|Program|Liaison|Field|Project|Sub-?regional)[ \t]+)?Office"
    r"|Sub-Office|Centre|Center"
)
_IN_HEADS = _DIPLOMATIC + r"|(?<=[A-Z]{2}[ \t])(?:" + _FIELD + r")"
_TO_HEADS = r"Permanent[ \t]+Mission|Mission|Delegation|Representation|Embassy"
_POST = re.compile(
    r"(?<![\w-])(?P<head>(?:" + _IN_HEADS + r")(?=[ \t]+in[ \t])|(?:" + _TO_HEADS + r")(?=[ \t]+to[ \t]))"
    r"(?:[ \t]+(?P<prep>in|to)[ \t]+)"
)
#: what follows the preposition: "the United Nations (in Geneva)", "the Republic of Korea", "Astana"
_PLACE = re.compile(
    r"(?P<un>the[ \t]+United[ \t]+Nations(?:[ \t]+(?:Office[ \t]+)?(?:in|at)[ \t]+"
    r"(?:Geneva|Vienna|New[ \t]+York|Nairobi))?(?![ \t]+[A-Z]))"
    r"|(?:the[ \t]+)?(?P<place>[A-Z][\w’'\-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'\-]*){0,3})"
)
#: the sending body: an acronym with dots ("U.S."), or capitalized words and acronyms, just before the head
_SENDER = re.compile(
    r"(?<![\w’'.-])(?:(?:[A-Z]\.){2,}|[A-Z][\w’'\-]*)(?:[ \t]+(?:for[ \t]+|of[ \t]+)?(?:(?:[A-Z]\.){2,}"
    r"|[A-Z][\w’'\-]*)){0,4}[ \t]+\Z"
)
#: "the Permanent Mission of Fiji to …", "the Embassy of Japan in …": the sender after the head
_HEAD_OF = re.compile(
    r"(?P<head>Permanent[ \t]+Mission|Mission|Embassy|Delegation|High[ \t]+Commission"
    r"|Consulate(?:[ \t-]+General)?)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<sender>[A-Z][\w’'\-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'\-]*){0,3})"
    r"[ \t]+(?P<prep>in|to)[ \t]+"
)
_CHIEF_OF = re.compile(r"\b(?:Chief|Head|chief|head|Deputy|deputy)[ \t]+of[ \t]+\Z")
#: words a sender does not start with, and words no place is
_NOT_SENDERS = frozenset(
    ["The", "A", "An", "This", "Its", "Their", "Our", "His", "Her", "Permanent", "In", "At"]
)
_HEAD_WORDS = (
    "Embassy",
    "Commission",
    "Consulate",
    "Office",
    "Centre",
    "Center",
    "Mission",
    "Delegation",
    "Representation",
)


def _place_end(text: str, at: int, prep: str) -> int | None:
    """Where the place named at ``at`` ends, or None when no place is named there. After "to" the
    place is a country, or a body ("the African Union", "ASEAN"): not "Mission to Improve Lives"."""
    from kg.extract.gazetteer import country_names
    from kg.extract.lexicon import MONTHS, NOT_NAMES, WEEKDAYS

    m = _PLACE.match(text, at)
    if m is None:
        return None
    if m.group("un"):
        return m.end("un")
    place = m.group("place")
    countries = country_names()
    while place not in countries and " " in place:
        if len(place.split()) <= 2 and not any(w in countries for w in place.split()):
            break  # "Addis Ababa", "New Delhi": a two-word city
        place = place.rsplit(None, 1)[0]
        place = re.sub(r"[ \t]+of(?:[ \t]+the)?\Z", "", place)
    if prep == "to" and place not in countries and not text.startswith("the", at) and not place.isupper():
        return None
    first = place.split()[0].lower()
    if first in MONTHS or first in WEEKDAYS or first in NOT_NAMES:
        return None
    return m.start("place") + len(place)


_WORD = re.compile(r"\S+")
_ENDS_IN_HEAD = re.compile(
    r"(?:(?:" + _IN_HEADS + r")|(?:" + _DIPLOMATIC + r")[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'\-]*){0,3})\Z"
)


def ends_in_post_head(name: str) -> bool:
    """Whether ``name`` ends in a post's head word (and its sender): "the U.S. Embassy", "the Embassy of
    Japan" before "in Kenya"."""
    return _ENDS_IN_HEAD.search(name) is not None


def _without_lead_words(text: str, start: int, end: int) -> int | None:
    """Where the sender in ``text[start:end]`` starts after "The", "Its" …; None if nothing is left."""
    for word in _WORD.finditer(text, start, end):
        if word.group() not in _NOT_SENDERS:
            return word.start()
    return None


def posts_abroad(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of each post named with its sender and its place."""
    if not any(word in text for word in _HEAD_WORDS):
        return
    for match in _POST.finditer(text):
        sender = _SENDER.search(text, max(0, match.start() - 80), match.start())
        if sender is None:
            continue
        start = _without_lead_words(text, sender.start(), match.start())
        if start is None:
            continue  # "The Embassy in Kenya": whose, the text says elsewhere
        end = _place_end(text, match.end(), match.group("prep"))
        if end is not None:
            yield start, end, "Organization"
    if " of " in text:
        for match in _HEAD_OF.finditer(text):
            if match.group("head") == "Mission" and _CHIEF_OF.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue  # "Chief of Mission of IOM in Mexico": IOM's office, no post ("Head of Delegation of
                # the European Union to Nigeria" is the Delegation's head)
            end = _place_end(text, match.end(), match.group("prep"))
            if end is not None:
                yield match.start(), end, "Organization"
