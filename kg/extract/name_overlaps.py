"""When a shape name is no name of its own, or holds more than its own name.

Kept apart from :mod:`~kg.extract.name_bounds` (which fixes where names end): these tests say a
pattern's name is two reference names ("the UNFCCC and Paris Agreement", "the IDA of the World Bank"),
a reference body and the word for its members ("Pacific Islands Forum Leaders"), a minister's portfolio
("Minister of Human Services and Social Security"), an office ("Law Minister Anisul Huq"), or ends in
the initialism of its own words written without brackets ("… Development Goals SDGs").
"""

from __future__ import annotations

import re

from kg.extract.head_words import head_type
from kg.extract.names import initials
from kg.extract.spans import Cand

#: a name's last word in capitals: "… Development Goals SDGs", the initialism written after it unbracketed
_LAST_CAPS = re.compile(r"\s+([A-Z]{2,8})s?$")


def bare_initialism(name: str) -> int | None:
    """Where the unbracketed initialism of the words before it starts: "UN Sustainable Development Goals
    SDGs" → before "SDGs"."""
    m = _LAST_CAPS.search(name)
    if m is None:
        return None
    words = name[: m.start()].split()
    letters = m.group(1)
    if len(words) >= len(letters) and initials(" ".join(words[-len(letters) :])) == letters:
        return m.start()
    return None


#: an office's portfolio right before: "Minister of Human Services and Social Security": what the
#: minister is responsible for, not a body (the ministry, when named, is "Ministry of …")
_PORTFOLIO_OF = re.compile(
    r"\b(?:Minister|Cabinet\s+Secretary|Secretary\s+of\s+State)\s+(?:of|for)\s+(?:the\s+)?$"
)


def portfolio(text: str, c: Cand) -> bool:
    """Whether the pattern body ``c`` is a minister's portfolio: named right after "Minister of", and its
    first word no body's head ("Minister of the Interior Service" stays a service's)."""
    first = c.text.split(maxsplit=1)[0]
    return (
        _PORTFOLIO_OF.search(text, max(0, c.start - 40), c.start) is not None
        and head_type(first) != "Organization"
    )


#: a second office after the portfolio: "… and Chair in Office of the ", "… and President of "
SECOND_OFFICE = re.compile(
    r"\s+and\s+(?:Chair|Chairman|Chairperson|Co-Chair|Vice-Chair|President|Head|Member|Chief|Director|"
    r"Director-General|Commissioner|Secretary|Commander|Inspector-General)(?:\s+in\s+Office)?"
    r"\s+of\s+(?:the\s+)?"
)


#: after a reference body's name: its leaders or members, who act for it ("adopted by Forum Leaders")
_MEMBERS_AFTER = re.compile(
    r"\s+(?:Leaders|(?:Foreign\s+|Interior\s+|Labour\s+)?Ministers|Heads\s+of\s+(?:State|Government)"
    r"(?:\s+and\s+Government)?|Member\s+States|Members)"
)


def body_members(text: str, c: Cand, bodies: set[tuple[int, int]]) -> bool:
    """Whether a pattern name is a reference body and the word for its leaders or members: "adopted by
    Pacific Islands Forum Leaders" names the Forum, whose reference candidate stays."""
    return any(
        start == c.start and end < c.end and _MEMBERS_AFTER.fullmatch(text, end, c.end)
        for start, end in bodies
    )


#: between a reference name (and its acronym) and the body it belongs to: " (IDA) of the ", " of the "
_ACRONYM_OF = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s+of\s+(?:the\s+)?")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_TO_PLACE = re.compile(r"\s+to\s+[A-Z][\w’'-]*")


def two_known_bodies(text: str, c: Cand, known: set[tuple[int, int]]) -> bool:
    """ "the International Development Association (IDA) of the World Bank", "Agenda 2063 of the African
    Union": a reference name, its acronym if any, "of the" and a reference body are two entities,
    not one longer name; so are "the UNFCCC and Paris Agreement", two reference names joined by "and"."""
    if " and " in c.text:
        for m in _AND_THE.finditer(text, c.start, c.end):
            if (c.start, m.start()) in known and any(
                s == m.end() and (e == c.end or _TO_PLACE.fullmatch(text, e, c.end)) for s, e in known
            ):
                return True  # "UNFCCC and Paris Agreement (to Tokelau)": the second applied to a place
    if " of " not in c.text:
        return False
    for m in _ACRONYM_OF.finditer(text, c.start, c.end):
        if (c.start, m.start()) in known and (m.end(), c.end) in known:
            return True
    return False


#: an office, not a name: "Member of Parliament for Ayensuano Constituency", "Law Minister Anisul Huq",
#: "Labour Secretary X" (a portfolio's word, some of them head words, then the office)
_OFFICE_OPENING = re.compile(
    r"(?:Members?\s+of\s+(?:the\s+)?(?:European\s+)?Parliament\b"
    # not the office's own body: "Prime Minister's Office", "High Commissioner's Office"
    r"|[A-Z][\w-]*\s+(?:Minister|Ministers|Secretary|Commissioner)\b(?![’']))"
)


def office_not_name(c: Cand) -> bool:
    """Whether the pattern name ``c`` opens with an office: a role phrase, no body or instrument."""
    return c.label in ("Framework", "Plan", "Organization") and _OFFICE_OPENING.match(c.text) is not None
