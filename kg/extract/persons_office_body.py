"""A name after an office and its body's acronym: "Country Representative, UNFPA Lan Tran".

Lists of guests write the office first, then the body and the name with no comma between them.
The name has no title before it and may open with a particle that is no given name ("Van", "Le"),
so the other finders miss it. The office and the acronym are the name's role phrase: the person
acts for the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from kg.extract.gazetteer import body_acronyms
from kg.extract.persons_anchors import ROLE_WORD
from kg.extract.persons_role_bodies import holds_person

_NAME_WORD = r"[A-Z][a-zà-ÿ’'-]+"
#: ", UNDP Lan Tran" then a lower-case word or the clause's end
_BODY_NAME = re.compile(
    r",[ \t]+(?P<body>[A-Z]{2,8})[ \t]+(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,2})"
    r"(?=[ \t]+[a-z]|[ \t]*[,.;:)\n]|[ \t]*$)"
)
#: the office right before the comma ends in a role word: "Deputy Resident Representative"
_OFFICE_END = re.compile(r"(?:" + ROLE_WORD.pattern + r")$")


def office_body_name(
    text: str, two_words_ok: Callable[[str], bool], not_person_words: Collection[str]
) -> Iterator[tuple[int, int]]:
    """(start, end) of each name after "<office>, <body acronym>"."""
    for m in _BODY_NAME.finditer(text):
        if m.group("body") not in body_acronyms():
            continue
        if _OFFICE_END.search(text[max(0, m.start() - 60) : m.start()]) is None:
            continue  # "In Geneva, UNDP Van Nguyen …": no office before the body
        name = m.group("name")
        if any(w in not_person_words for w in name.split()) or not two_words_ok(name):
            continue
        yield m.start("name"), m.end("name")


#: right before a name: "<office>, UNDP "
_ACRONYM_BEFORE = re.compile(r",[ \t]+(?P<body>[A-Z]{2,8})[ \t]+$")


def office_body_role(
    text: str,
    name_start: int,
    lo: int,
    persons: list[tuple[int, int]],
    role_start: Callable[[str, int, int], int],
) -> tuple[int, int] | None:
    """The role phrase "<office>, <body acronym>" right before the name at ``name_start``, if there
    (nothing before ``lo`` counts, no other person stands in it)."""
    m = _ACRONYM_BEFORE.search(text, max(lo, name_start - 12), name_start)
    if m is None or m.group("body") not in body_acronyms():
        return None
    line_start = max(text.rfind("\n", lo, m.start()), text.rfind(",", lo, m.start()), lo - 1) + 1
    start = role_start(text, line_start, m.start())
    if (
        start < m.start()
        and ROLE_WORD.search(text, start, m.start())
        and not holds_person(persons, start, m.end())
    ):
        return start, m.end("body")
    return None
