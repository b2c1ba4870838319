"""Lower-case words between a role phrase and the name it describes.

News writes "Ghana's Minister of Labour on Tuesday, Jane Doe, said", "The Permanent Secretary,
Ministry of Labour and Employment, Dr Jane Doe, said", "the Director-General of
the ILO, speaking in Geneva, Jane Doe, said", "the Special Rapporteur on trafficking in persons,
especially women and children, Jane Doe": the role is still the person's. Used by
:mod:`kg.extract.persons`, which finds roles only next to a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.head_words import head_type
from kg.extract.persons_anchors import ROLE_WORD
from kg.extract.persons_role_bodies import holds_person

#: a clause that continues a role phrase: "especially women and children", "speaking in Geneva"
ROLE_TAIL = re.compile(r"[ \t]*(?:especially|including|in particular|particularly|notably|[a-z]+ing)\b")
#: lower-case words right before the name: " on Tuesday, ", ", speaking in Geneva, "
INTERJECTION = re.compile(
    r"(?:,[ \t]*[a-z]+ing\b[^,.;:\n]{0,40}|[ \t]+(?:on|last|this|earlier|late|also|yesterday|today)\b"
    r"[^,.;:\n]{0,30})[ \t]*,[ \t]*$"
)


def role_before_interjection(
    text: str,
    pos: int,
    lo: int,
    role_start: Callable[[str, int, int], int],
) -> tuple[int, int]:
    """The role phrase before lower-case words that end right before the name at ``pos``, not
    before ``lo``, or an empty span; ``role_start`` finds where a role phrase ending somewhere
    begins."""
    inter = INTERJECTION.search(text, max(lo, pos - 200), pos)
    if inter is None:
        return pos, pos
    end = inter.start()
    line_start = max(text.rfind("\n", 0, end), text.rfind(",", 0, end), lo - 1) + 1
    start = role_start(text, line_start, end)
    return (start, end) if ROLE_WORD.search(text, start, end) else (pos, pos)


#: the words of a body's name: capitalized words, acronyms in brackets, and the connectors between
_BODY_NAME = re.compile(
    r"[ \t]*(?:the[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|and|for|on|the|to|in|de|du|des)[ \t]+)*"
    r"(?:[A-Z][\w’'&-]*|\([A-Z][\w-]*\)))*[ \t]*"
)
_CAPITALIZED = re.compile(r"[A-Z][\w-]*")


def _body_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a body's name alone, by its head word: "Ministry of Labour and
    Employment" (not an acronym alone: "Speaking to the President, UNHCR, X said" is a list)."""
    if end - start > 110 or _BODY_NAME.fullmatch(text, start, end) is None:
        return False
    return any(head_type(word) == "Organization" for word in _CAPITALIZED.findall(text, start, end))


def role_before_body(
    text: str,
    comma: int,
    lo: int,
    persons: list[tuple[int, int]],
    role_start: Callable[[str, int, int], int],
) -> tuple[int, int] | None:
    """The role phrase and the body named after it, when the name follows them both: "The Permanent
    Secretary, Ministry of Labour and Employment, Dr Jane Doe". ``comma`` is the comma after the
    body, right before the name; nothing before ``lo`` counts. None unless both are there and no
    person of ``persons`` stands in them (they are that person's)."""
    if comma >= len(text) or text[comma] != ",":
        return None
    body_comma = text.rfind(",", lo, comma)
    if body_comma < 0 or "\n" in text[body_comma:comma] or not _body_name(text, body_comma + 1, comma):
        return None
    line_start = max(text.rfind("\n", lo, body_comma), text.rfind(",", lo, body_comma), lo - 1) + 1
    start = role_start(text, line_start, body_comma)
    if (
        start < body_comma
        and ROLE_WORD.search(text, start, body_comma)
        and not holds_person(persons, start, comma)
    ):
        return start, comma
    return None


#: a whole clause that is a definite office in lower case, right before ", Name": "where the
#: president of the Spanish government, " (not "In a letter to the minister of labour, ")
_LOWER_ROLE_CLAUSE = re.compile(
    r"(?:^|[,;:(\n][ \t]*|\b(?:where|when|while|and)[ \t]+)"
    r"(?P<role>the[ \t]+(?:[\w’'-]+[ \t]+){0,2}?(?:" + ROLE_WORD.pattern + r")"
    r"(?:[ \t]+(?:of|for|to|at|in|on)[ \t]+[^,.;:()\n]{1,60})?),[ \t]*$"
)


def lower_case_role(text: str, pos: int, lo: int) -> tuple[int, int] | None:
    """The office written in lower case that makes up the clause before the name at ``pos``: ", where
    the president of the Spanish government, Pedro Sánchez, took part" (nothing before ``lo``)."""
    m = _LOWER_ROLE_CLAUSE.search(text, max(lo, pos - 120), pos)
    return m.span("role") if m is not None else None
