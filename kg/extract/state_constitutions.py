"""A country's constitution named by its owner: "Venezuela's Constitution", "the Kenyan Constitution".

A constitution is the framework a state's laws rest on; a lone "Constitution" is a short form the
text names elsewhere, but one owned by a named country is that country's, whatever else the text
says. The name is the phrase as written, owner included ("the Constitution of Kenya" is found by
shape).

>>> [text for _s, _e, text in state_constitutions("He said Chile's Constitution was clear.", texts=True)]
["Chile's Constitution"]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import country_forms

#: one or two capitalized words, the possessive (or none, for a demonym), then "Constitution"
_OWNED = re.compile(r"\b(?P<owner>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)(?P<poss>[’']s)?[ \t]+Constitution\b")


def state_constitutions(text: str, *, texts: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of each constitution owned by a country named in ``text``."""
    if "Constitution" not in text:
        return
    forms = country_forms()
    for m in _OWNED.finditer(text):
        owner = m.group("owner")
        words = owner.split()
        if owner not in forms and len(words) == 2 and words[1] in forms:
            owner = words[1]  # "He said Chile's …": the owner is the last word
        if owner not in forms:
            continue
        start = m.end("owner") - len(owner)
        yield start, m.end(), text[start : m.end()] if texts else "Framework"
