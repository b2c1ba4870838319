"""Persons named before "of" and their body: "Amina Odhiambo of the Nairobi-based Trace Kenya".

Split from :mod:`kg.extract.persons` to keep modules short; that module calls it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from kg.extract.letters import UPPER
from kg.extract.lexicon import BUSINESS_WORDS, ORG_HEADS
from kg.extract.person_names import name_ok as _name_ok
from kg.extract.persons_anchors import trie
from kg.extract.persons_titles import _FREE_NAME

#: " of the X" after a lower-case letter, opening with its literal (found by a fast search)
_OF_BODY = re.compile(r"of(?<=[a-z’'][ \t]of)[ \t]+(?:the[ \t]+)?[" + UPPER + "]")
_NAME_BEFORE = re.compile(r"(?P<name>" + _FREE_NAME + r")$")
#: a body's last word: an organization's head or a business's ("Trace Kenya Foundation", "Kaiyo Trading")
BODY_WORDS = frozenset(ORG_HEADS | {w.lower() for w in BUSINESS_WORDS})
_BODY_AFTER = re.compile(
    r"[A-Z][\w’'-]*-based[ \t]+[A-Z]|(?:[A-Z][\w’'&-]*[ \t]+){0,5}?"
    r"(?:[A-Z]{2,}[a-z]?[A-Z]*(?![\w-])|(?i:"
    + trie(sorted(BODY_WORDS, key=len, reverse=True))
    + r")(?![\w-]))"
)
_CLAUSE_END = re.compile(r"(?:^|[\n.,;:(“\"]|\b(?:and|by|with|said|says|from))[ \t]*$")


def name_of_body(text: str, not_person_words: AbstractSet[str]) -> Iterator[tuple[int, int]]:
    """Names before "of" and a body, found from each " of ".

    "Amina Odhiambo of the Nairobi-based Trace Kenya", "Jane Doe of IOM", "John Mwangi of the
    Kenya Red Cross Society": a name at a clause's start, "of" and a body — one "X-based", an
    acronym, or a capitalized run with an organization's head word. The name is looked for
    only in the few words before " of " (a regex opening with the name would try every capital).
    """
    for of in _OF_BODY.finditer(text):
        name_end = w = of.start() - 1
        while w > 0 and (text[w - 1].isalpha() or text[w - 1] in "’'-"):
            w -= 1
        if not text[w].isupper():
            continue  # no name ends before " of"
        if not _BODY_AFTER.match(text, of.end() - 1):
            continue
        lo = max(0, of.start() - 80)
        m = _NAME_BEFORE.search(text, lo, name_end)
        if m is None:
            continue
        name = m.group("name")
        if (
            _name_ok(name, min_words=2)
            and not any(w in not_person_words for w in name.split())
            and _CLAUSE_END.search(text, max(0, m.start() - 12), m.start())
        ):
            yield m.start("name"), m.end("name")
