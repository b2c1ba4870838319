"""A body named again by its head word alone: "the committee", "the ministry", "the Board".

"X, who chairs the committee, said …" and "Secretary of the ministry X" name no body, but a text
that names one National Committee (or one Ministry) means that one: it is the person's body. A
text naming two bodies with that head word leaves the back-reference unread (it may be either).
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec, MentionRec

#: the head words a body is named again by, as written in its name
_HEADS = (
    "Ministry",
    "Committee",
    "Commission",
    "Council",
    "Board",
    "Task Force",
    "Taskforce",
    "Secretariat",
    "Agency",
    "Authority",
    "Department",
    "Directorate",
)
_HEAD = "|".join(h.replace(" ", r"\s+") for h in _HEADS)
#: after "the", the head word alone, no name, "of …" or restrictive clause after it ("the committee
#: that drafted it" is another committee than the one named); for a pattern with its own "the"
ALONE_AFTER_THE = (
    r"\s+(?P<head>(?i:"
    + _HEAD
    + r"))\b(?!\s+(?:of|for|on|to|that|which|whose|where)\b)(?![ \t]+[A-Z][a-z])(?!-)"
)
#: "the committee", "the Board": the body named again by its head word
BACK_REFERENCE = re.compile(r"the" + ALONE_AFTER_THE)
#: a role phrase that is an office of the body named again: "Secretary of the ministry"
_OFFICE_OF_IT = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+\s+of\s+" + BACK_REFERENCE.pattern + r"\s*"
)


def body_by_head(head: str, bodies: list[EntityRec]) -> EntityRec | None:
    """The one organization among ``bodies`` whose name holds ``head`` (any case) as a word."""
    word = re.compile(r"\b" + r"\s+".join(head.title().split()) + r"\b")
    found = {id(e): e for e in bodies if e.type == "Organization" and word.search(e.label)}
    return next(iter(found.values())) if len(found) == 1 else None


def office_of_back_reference(role: str, bodies: list[EntityRec]) -> EntityRec | None:
    """The body of a role phrase "Secretary of the ministry": the text's one Ministry."""
    m = _OFFICE_OF_IT.fullmatch(role)
    return body_by_head(m.group("head"), bodies) if m else None


def pairs_bodies(pairs: list[tuple[MentionRec, EntityRec]]) -> list[EntityRec]:
    """The organizations mentioned in ``pairs``."""
    return [e for _m, e in pairs if e.type == "Organization"]
