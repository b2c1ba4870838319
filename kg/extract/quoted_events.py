"""Meetings named by a quoted title: 'a two-day international conference on "Partnerships to End
Child Labour"', "the workshop “Fair Recruitment for All”".

Announcements often name a meeting only by the title in quotation marks after its kind; the title
is the meeting's name (as the annotation format names it too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import CONNECTORS

_KINDS = (
    r"(?:conference|workshop|seminar|symposium|forum|round[ \t-]?table|dialogue|webinar|summit"
    r"|consultation|meeting|session|panel(?:[ \t]+discussion)?|training(?:[ \t]+course)?|event)"
)
#: a meeting's kind, then its quoted title; the article before the kind is checked after a hit
_QUOTED_EVENT = re.compile(
    _KINDS + r"(?:[ \t]+(?P<titled>titled|entitled|themed|called|named|under[ \t]+the[ \t]+title)"
    r"|[ \t]+on|:|,)?[ \t]+"
    r"[“\"‘'](?P<name>[A-Z][^“”\"‘’\n!?;]{2,200}?)[”\"’']"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir)[ \t]+(?:[\w-]+[ \t]+){0,4}\Z")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def title_like(name: str) -> bool:
    """A quoted phrase written as a name: its words capitalized but for connectors, 14 at most."""
    words = _WORD.findall(name)
    return 0 < len(words) <= 14 and all(w[0].isupper() or w in CONNECTORS for w in words)


def quoted_events(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each meeting's quoted title written as a name."""
    for match in _QUOTED_EVENT.finditer(text):
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 200), match.start()) is None:
            continue
        name = match.group("name").rstrip(" ,.")
        # 'a conference on "Migrant Workers"': a two-word topic unless the text says it is the title
        if title_like(name) and len(name.split()) >= (2 if match.group("titled") else 3):
            start = match.start("name")
            yield start, start + len(name), "Event"
