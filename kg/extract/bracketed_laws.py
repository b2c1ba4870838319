"""Laws whose names hold a bracketed part: "the Child Labour (Prohibition and Regulation) Amendment
Act, 2016", "the Child and Adolescent Labour (Prohibition and Regulation) Rules, 1988", "the
Trafficking in Persons (Prevention, Suppression and Punishment) Act".

Legislative drafting in India, Pakistan, Bangladesh, Nigeria, Kenya and the UK puts the scope of a
law in brackets inside its short title. The shape finder stops at the bracket and reads two
names ("Prohibition and Regulation", "Amendment Act, 2016"); here the whole title is one
Framework. The bracket must hold capitalized words (not an acronym: "the Anti-Trafficking in
Persons (Anti-TIP) Act" is read by the acronym rules) and a law's head word must follow it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import HEADLINE_VERBS

#: headline verbs as a Title Case headline writes them ("Signs", "Passes")
HEADLINE_VERBS_TITLED = frozenset(v.capitalize() for v in HEADLINE_VERBS if v.isalpha())

_WORD = r"[A-Z][\w’'-]*"
_INNER = r"(?:" + _WORD + r"|and|of|the|for|on|in|to)"
#: the bracket and the head word after it: every match of :data:`_BRACKETED_LAW` holds one
_TAIL = (
    r"(?P<bracket>\((?=[A-Z][a-z])" + _INNER + r"(?:,?[ \t]+" + _INNER + r"){1,8}\))"
    r"(?:[ \t]+"
    + _WORD
    + r"){0,3}?[ \t]+(?P<head>Act|Rules|Regulations|Ordinance|Order|Bill|Code|Law|Decree)\b"
)
_BRACKETED_LAW = re.compile(
    r"\b(?:"
    + _WORD
    + r"[ \t]+(?:(?:and|of|for|in|on)[ \t]+)?){1,6}"
    + _TAIL
    + r"(?:,?[ \t]+(?:19|20)\d{2}\b)?"
)
#: :data:`_TAIL` alone: it opens with "(", which the engine skips to, where the whole pattern is tried at
#: every word; a text without it has no bracketed law (most texts: the scan is then skipped)
_HAS_TAIL = re.compile(_TAIL)
#: words before the law's name that are no part of it: a sentence's opening, an owner, a headline's
#: subject and verb ("After", "Nigeria's", "President Ruto Signs")
_NOT_NAME_WORDS = frozenset(
    ("The", "A", "An", "This", "Its", "Their", "Under", "In", "By", "With", "And", "After")
)
_LEAD = re.compile(r"^(?:.*[’']s[ \t]+|.*\b(?:" + "|".join(sorted(HEADLINE_VERBS_TITLED)) + r")[ \t]+)")


def bracketed_laws(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of each law named with a bracketed part."""
    if "(" not in text or _HAS_TAIL.search(text) is None:
        return
    for m in _BRACKETED_LAW.finditer(text):
        start = m.start()
        lead = _LEAD.match(text, start, m.start("bracket"))
        if lead is not None:
            start = lead.end()  # "Nigeria's Trafficking in Persons (…) Act": the owner is not named in it
        while True:
            first = text[start : text.find(" ", start)]
            if first not in _NOT_NAME_WORDS:
                break
            start += len(first) + 1
        if start < m.start("bracket"):
            yield start, m.end(), "Framework"
