"""The body a unit named in a role phrase belongs to, when the phrase lists them with commas.

Speakers' lines and participant lists write an office, its unit, then the body the unit is part
of: "Regional Coordinator, Regional Office for Africa, United Nations Environment Programme
(UNEP)", "Additional Secretary, Public Security Division, Ministry of Home Affairs". The person
acts for the last body of the run too, not only for the unit named first.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec, MentionRec

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
