"""Names and roles set off by brackets.

"John Ward (EU Ambassador to Djibouti) delivered …" gives the role in brackets after the name;
"the Minister of Home Affairs (Tendai Moyo) tabled …" gives the name in brackets after the
title. The title-first pattern needs the name right after the title and the apposition
patterns need a comma, so neither reads these; the resolver's role attachment accepts the
bracket between a role and its name (:mod:`kg.extract.coref`).

Brackets are few: each is found first, then the name or title right before it is matched in a
short window (a name pattern tried at every capital of a text cost twice the person finder).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.persons_anchors import ROLE_WORD, before_blanks
from kg.extract.persons_titles import _FREE_NAME, _NAME, _OF_DEPT, _TITLE

_BRACKET = re.compile(r"\((?P<inside>[^()\n]{2,90})\)")
#: the name right before a bracket: "John Ward (…"
_NAME_BEFORE = re.compile(r"(?P<name>" + _FREE_NAME + r")$")
#: a whole bracket's content that is a name: "(Tendai Moyo)"
_ONLY_NAME = re.compile(_NAME)
#: a title with its portfolio right before a bracket: "the Minister of Home Affairs (…"
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*[ \t]+){0,2}" + _TITLE + _OF_DEPT + r"$")


def bracketed(text: str, name_ok: Callable[[str], bool]) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """((name start, name end), (role start, role end)) for each name and role split by a bracket."""
    if "(" not in text:
        return
    for b in _BRACKET.finditer(text):
        start, inside = before_blanks(text, b.start()), b.group("inside")
        lo = max(0, start - 100)
        if not inside[:1].isupper():
            continue
        if ROLE_WORD.search(inside):  # "John Ward (EU Ambassador to Djibouti)"
            m = _NAME_BEFORE.search(text, lo, start)
            if m is not None and name_ok(m.group("name")):
                yield m.span("name"), b.span("inside")
        elif _ONLY_NAME.fullmatch(inside) and name_ok(inside):  # "Minister of Home Affairs (Tendai Moyo)"
            t = _TITLE_BEFORE.search(text, lo, start)
            if t is not None:
                yield b.span("inside"), t.span()
