"""A unit named with the body it sits in is a member of it: "the Anti-Fraud Unit of the Customs
Directorate", "the ILO's Standards Department", "the Disaster Unit in the Office of the President".

The two are named side by side: the unit, then "of the" / "in the" / "at the" and the body; or the
body's possessive, then the unit. The unit's name must end in (or open with) a unit's head word
(unit, department, directorate, division, bureau, office, service, section, secretariat, branch),
so "Kenya's Ministry of Labour" or "the Council of the European Union" give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kg.extract.actors import trim
from kg.extract.found import Found
from kg.extract.records import EntityRec, MentionRec

_UNIT_HEADS = frozenset(
    (
        "unit",
        "department",
        "directorate",
        "division",
        "bureau",
        "office",
        "service",
        "section",
        "secretariat",
        "branch",
    )
)
_WORD = re.compile(r"[A-Za-z][\w-]*")
#: unit, then its body: " of the ", " (DMMU) in the ", " at the "
_UNIT_THEN_BODY = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:of|in|at|within)\s+the\s+")
#: body, then its unit: "’s "
_BODY_THEN_UNIT = re.compile(r"[’']s\s+")


def _unit(ent: EntityRec) -> bool:
    words = [w.lower() for w in _WORD.findall(ent.label)]
    return len(words) >= 2 and (words[-1] in _UNIT_HEADS or words[0] in _UNIT_HEADS)


def unit_memberships(
    text: str, pairs: list[tuple[MentionRec, EntityRec]], sentence_at: Callable[[int], tuple[int, int]]
) -> list[Found]:
    """unit memberOf body for each unit and body named side by side."""
    out: list[Found] = []
    bodies = [(m, e) for m, e in pairs if e.type == "Organization"]
    for (m1, e1), (m2, e2) in pairwise(bodies):
        if e1 is e2 or m2.start - m1.end > 16:
            continue
        if _unit(e1) and _UNIT_THEN_BODY.fullmatch(text, m1.end, m2.start):
            unit, body = e1, e2
        elif _unit(e2) and _BODY_THEN_UNIT.fullmatch(text, m1.end, m2.start):
            unit, body = e2, e1
        else:
            continue
        s, e = trim(text, *sentence_at(m1.start))
        out.append(Found(unit.key, "memberOf", body.key, s, e, "unit"))
    return out
