"""Bodies whose names have no head word of the lexicon: "the OSCE Mission to Serbia" (a body's
mission to a country), "the Public Prosecution" (a prosecution service by its usual name).

"Mission" and "Prosecution" are no head words on their own ("Mission 2030", "the Prosecution
of Traffickers Act"); beside a country, or after "the Public", they name a body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: "the OSCE Mission to Serbia": "Mission to" and a country (checked against the reference), found
#: first; then one to five capitalized words before it (the sending body). Not "Mission in …": a
#: text's "the UNDP Mission in Haiti" is mostly an office's visit, and the UN's missions are known.
_MISSION = re.compile(
    r"[ \t]Mission[ \t]+to[ \t]+(?:the[ \t]+)?(?P<country>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2})"
)
_SENDER = re.compile(r"(?<![\w’'-])[A-Z][\w’'\-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+)?[A-Z][\w’'\-]*){0,4}\Z")
#: "the Public Prosecution brought 40 cases": not "the Public Prosecution of …", "… Prosecution Act".
#: (the head word first, a literal; then "the Public" just before it)
_PROSECUTION = re.compile(
    r"Prosecution\b(?![ \t]+(?:of|Act|Law|Bill|Service|Office|Department|Authority)\b)(?!['’-])"
)
_THE_PUBLIC = re.compile(r"[Tt]he[ \t]+(?P<word>Public|State|Crown|General)[ \t]+\Z")
_NOT_SENDERS = frozenset(["The", "A", "An", "This", "Its", "Their", "Our", "His", "Her", "Permanent"])


def named_bodies(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of each body's mission to a country and each public prosecution."""
    if "Mission " in text:
        from kg.extract.gazetteer import country_names

        countries = country_names()
        for match in _MISSION.finditer(text):
            sender = _SENDER.search(text, max(0, match.start() - 80), match.start())
            if sender is None:
                continue
            body = sender.group()
            start = sender.start()
            first = body.split()[0]
            if first in _NOT_SENDERS:  # "The Mission to …": which body's, the text says elsewhere
                if " " not in body:
                    continue
                start += len(first) + 1
            country = match.group("country")
            while country not in countries and " " in country:
                country = country.rsplit(None, 1)[0]
            if country in countries:
                yield start, match.start("country") + len(country), "Organization"
    if "Prosecution" in text:
        for match in _PROSECUTION.finditer(text):
            before = _THE_PUBLIC.search(text, max(0, match.start() - 12), match.start())
            if before:
                yield before.start("word"), match.end(), "Organization"
