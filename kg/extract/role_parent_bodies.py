"""The body a unit named in a role phrase belongs to, when the phrase lists them with commas.

Speakers' lines and participant lists write an office, its unit, then the body the unit is part
of: "Regional Coordinator, Regional Office for Africa, United Nations Environment Programme
(UNEP)", "Additional Secretary, Public Security Division, Ministry of Home Affairs". The person
acts for the last body of the run too, not only for the unit named first. A unit named with its
body's acronym ("IGAD Health and Social Development Division", "UNDP Regional Bureau for Africa")
is that body's too, when the text names the body.
"""

from __future__ import annotations

import re

from kg.extract.office_words import PART_HEADS
from kg.extract.records import DocState, EntityRec, MentionRec

#: between two bodies of the run: a comma, maybe after the first one's acronym in brackets
_LINK = re.compile(r"(?:[ \t]*\([A-Z][\w&-]{1,12}\))?,[ \t]+(?:the[ \t]+)?")


def parent_in_run(text: str, inside: list[tuple[MentionRec, EntityRec]], k: int) -> EntityRec | None:
    """The last organization of the run of bodies that opens with ``inside[k]`` (the mentions inside
    one role phrase, in text order), each set off from the one before by a comma; None when
    ``inside[k]`` is alone."""
    last: EntityRec | None = None
    end = inside[k][0].end
    for m, ent in inside[k + 1 :]:
        if ent.type != "Organization" or not _LINK.fullmatch(text, end, m.start):
            break
        last, end = ent, m.end
    return last


#: the acronym a unit's name opens with: "IGAD Health Division", "UNDP Regional Bureau for Africa"
_OPENING_ACRONYM = re.compile(r"([A-Z][A-Z&-]{1,9})[ \t]+(?=[A-Z])")


def acronym_parent(unit: EntityRec, state: DocState) -> EntityRec | None:
    """The organization of ``state`` whose acronym opens the name of the unit ``unit`` (a division,
    office, bureau …), or None."""
    m = _OPENING_ACRONYM.match(unit.label)
    if unit.type != "Organization" or m is None:
        return None
    if not any(w.lower() in PART_HEADS for w in unit.label.split()[1:]):
        return None  # "UNDP Nepal": no unit named
    acronym = m.group(1)
    for ent in state.entities.values():
        if (
            ent is not unit
            and ent.type == "Organization"
            and (acronym in ent.acronyms or ent.label == acronym)
        ):
            return ent
    return None
