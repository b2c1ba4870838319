"""A meeting named after a body or process whose acronym stands in brackets inside the name: "the
Seventh Abu Dhabi Dialogue (ADD) Ministerial Consultation", "the Bali Process (BP) Ministerial
Conference", "the Pacific Islands Forum (PIF) Leaders Meeting".

The brackets cut the capitalized run in two, so without this the first half reads as the meeting (or
the body) and the meeting's own head word after the brackets is lost. The acronym stays the inner
body's (:mod:`~kg.extract.acronyms` reads the definition on its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = r"[A-Z][\w’'-]*"
_MEETING_HEADS = (
    r"(?:Conference|Consultation|Meeting|Summit|Forum|Session|Workshop|Symposium|Congress|Roundtable|"
    r"Seminar|Dialogue)"
)
#: the bracketed acronym and the meeting's head word after it: every match of :data:`_BRACKETED` holds one
_TAIL = r"\([A-Z][A-Za-z&-]{1,9}\)[ \t]+" rf"(?:{_WORD}[ \t]+){{0,2}}?{_MEETING_HEADS}(?![\w’'-])"
_BRACKETED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_WORD}(?:[ \t]+(?:of|on|for|and|the|{_WORD})){{0,8}})[ \t]+" + _TAIL
)
#: :data:`_TAIL` alone: it opens with "(", which the engine skips to, where the whole pattern is tried at
#: every capital; a text without it names no such meeting (most texts: the scan is then skipped)
_HAS_TAIL = re.compile(_TAIL)
_ARTICLE = re.compile(r"(?:The|A|An|This|Its)[ \t]+")


def bracketed_meetings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each meeting named with a bracketed acronym inside its name."""
    if ") " not in text or _HAS_TAIL.search(text) is None:
        return
    for m in _BRACKETED.finditer(text):
        start = m.start("name")
        article = _ARTICLE.match(text, start)
        if article is not None:
            start = article.end()
        yield start, m.end(), "Event"
