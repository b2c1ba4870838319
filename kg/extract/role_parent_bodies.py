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

from kg.extract.lexicon import ROLE_WORDS
from kg.extract.office_words import PART_HEADS
from kg.extract.records import DocState, EntityRec, MentionRec

#: between two bodies of the run: a comma, maybe after the first one's acronym in brackets
_LINK = re.compile(r"(?:[ \t]*\([A-Z][\w&-]{1,12}\))?,[ \t]+(?:the[ \t]+)?")


#: after the run: it goes on as a list ("… and UNICEF", ", WHO and …"), so it names those present
_LIST_GOES_ON = re.compile(r"(?:[ \t]*\([A-Z][\w&-]{1,12}\))?(?:,[ \t]+(?:the[ \t]+)?[A-Z]|[ \t]+and[ \t]+)")


def _role_after(text: str, at: int) -> bool:
    """Whether the word at ``at`` (past "the", "a") is a role's: "… Ministry of Home Affairs and chair of
    the group" goes on with her second office, not a list of those present."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group(1).lower() in ROLE_WORDS


_NEXT_WORD = re.compile(r"(?:(?:the|a|an)[ \t]+)?([A-Za-z-]+)")


def parent_in_run(text: str, inside: list[tuple[MentionRec, EntityRec]], k: int) -> EntityRec | None:
    """The last organization of the run of bodies that opens with ``inside[k]`` (the mentions inside
    one role phrase, in text order), each set off from the one before by a comma; None when
    ``inside[k]`` is alone."""
    if not any(w.lower() in PART_HEADS for w in inside[k][1].label.split()):
        return None  # "Programme Officer, UNDP, the Ministry of Health, WHO …": no unit, a list of bodies
    last: EntityRec | None = None
    end = inside[k][0].end
    for m, ent in inside[k + 1 :]:
        if ent.type != "Organization" or not _LINK.fullmatch(text, end, m.start):
            break
        last, end = ent, m.end
    goes_on = _LIST_GOES_ON.match(text, end) if last is not None else None
    if goes_on is not None and not _role_after(text, goes_on.end()):
        return None  # "…, the Federation of Employers and trade unions": those present, not her body
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
