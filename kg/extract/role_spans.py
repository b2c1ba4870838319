"""Where a person's role phrase really starts when a list ran into it.

A role read before a name may reach back over the previous item of a list of officials
("President of the Assembly Ana Ruiz and Special Representative of … Lea Cruz"): the words up to
the other person's name are that person's office, not this one's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.records import NAME, DocState, EntityRec, MentionRec

_JOIN = re.compile(r"[\s,]*(?:and\s+)?")


def start_after_other_person(
    text: str,
    start: int,
    end: int,
    person: EntityRec,
    pairs: list[tuple[MentionRec, EntityRec]],
    starts: list[int],
) -> int:
    """The start of the role ``text[start:end]`` of ``person``, after any other person named in it."""
    out = start
    for m, e in pairs[bisect_left(starts, start) :]:
        if m.start >= end:
            break
        # a full name (two words or more): not a lone word a list of portfolios was misread as
        if e.type == "Person" and e is not person and m.end <= end and m.kind == NAME and " " in m.text:
            out = _JOIN.match(text, m.end).end()  # type: ignore[union-attr]
    return out


def cut_roles(
    text: str, state: DocState, pairs: list[tuple[MentionRec, EntityRec]], starts: list[int]
) -> None:
    """Start each person's role after any other person named in it (in place)."""
    for person in state.entities.values():
        for role in person.roles if person.type == "Person" else ():
            at = start_after_other_person(text, role.start, role.end, person, pairs, starts)
            if at > role.start:
                role.text = text[at : role.end]
                role.start = at
