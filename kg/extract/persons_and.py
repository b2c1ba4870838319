"""A second name joined by "and" to a person's: "remarks by Ana Ruiz and Tomas Berg".

Texts name a pair of people once and give the cue (a title, a verb of saying) to the first only;
the second name is a person's too when it has a person's shape and nothing else claims it: no
country, known body, head word or not-a-name word in it ("and Kenya Red Cross", "and Save the
Children"), and no noun for a group after it ("and Hong Kong officials").
"""

from __future__ import annotations

import re

from kg.extract.head_words import head_type
from kg.extract.person_names import two_words_ok
from kg.extract.persons_titles import _FREE_NAME

#: " and John Smith spoke", " and Ana Ruiz.": the name ends before a lower-case word or punctuation
_AND_NAME = re.compile(r" and[ \t]+(?P<name>" + _FREE_NAME + r")(?=[ \t]+[a-z]|[,.;:)]|$)")
_GROUP_AFTER = re.compile(
    r"[ \t]+(?:officials|staff|delegates|delegations|representatives|authorities|members|workers|"
    r"ministers|leaders|teams|partners|citizens|nationals|migrants|governments|companies|police|"
    r"forces|troops|officers|residents|students|experts|counterparts|agencies|firms|groups)\b"
)


def and_person(text: str, end: int, not_person: frozenset[str]) -> tuple[int, int] | None:
    """The span of the name joined by "and" to the person's name ending at ``end``, if it is a
    person's too; ``not_person``: words no person's name holds."""
    from kg.extract.gazetteer import body_names, country_names

    m = _AND_NAME.match(text, end)
    if m is None:
        return None
    name = m.group("name")
    countries = country_names()
    if (
        not two_words_ok(name)
        or any(w in countries or w in not_person or head_type(w) for w in name.split())
        or name in countries
        or name in body_names()
        or _GROUP_AFTER.match(text, m.end("name"))
    ):
        return None
    return m.start("name"), m.end("name")
