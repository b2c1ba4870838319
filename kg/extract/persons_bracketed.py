"""Names and roles set off by brackets.

"John Ward (EU Ambassador to Djibouti) delivered …" gives the role in brackets after the name;
"the Minister of Home Affairs (Tendai Moyo) tabled …" gives the name in brackets after the
title. The title-first pattern needs the name right after the title and the apposition
patterns need a comma, so neither reads these; the resolver's role attachment accepts the
bracket between a role and its name (:mod:`kg.extract.coref`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.persons_anchors import ROLE_WORD
from kg.extract.persons_titles import _FREE_NAME, _NAME, _OF_DEPT, _TITLE

#: a name, then a bracket that holds a role word: "John Ward (EU Ambassador to Djibouti)"
_ROLE_AFTER = re.compile(r"(?P<name>" + _FREE_NAME + r")[ \t]+\((?P<role>[^()\n]{2,90})\)")
#: a title with its portfolio, then a bracket that holds only a name: "Minister of Home Affairs (Tendai Moyo)"
_NAME_AFTER = re.compile(
    r"(?<![\w-])(?P<role>(?:[A-Z][\w-]*[ \t]+){0,2}"
    + _TITLE
    + _OF_DEPT
    + r")[ \t]*\((?P<name>"
    + _NAME
    + r")\)"
)


def bracketed(text: str, name_ok: Callable[[str], bool]) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """((name start, name end), (role start, role end)) for each name and role split by a bracket."""
    if "(" not in text:
        return
    for m in _ROLE_AFTER.finditer(text):
        if ROLE_WORD.search(m.group("role")) and name_ok(m.group("name")):
            yield m.span("name"), m.span("role")
    for m in _NAME_AFTER.finditer(text):
        if name_ok(m.group("name")):
            yield m.span("name"), m.span("role")
