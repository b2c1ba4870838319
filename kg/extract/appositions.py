"""A person described by an apposition that names a country's or body's office: "Ana Ruiz, Peru's
Undersecretary of Labour, said"; "Jon Berg, UNICEF's Regional Director for Asia,".

The role words need not be known titles: a possessive country or body right after the name's
comma, then capitalized office words, then the apposition's end (a comma, "who", the sentence's
end) is how news names who someone works for. The person represents the possessor.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.records import NAME, EntityRec, MentionRec

#: between the name and the possessor: ", " or ", the "
_LEAD = re.compile(r",\s+(?:the\s+)?")
#: after the possessor: "'s Undersecretary of the Interior" up to the apposition's end
_OFFICE = re.compile(
    r"[’']s\s+(?:(?:[A-Z][\w-]*|of|for|on|and|the|to|in)\s+){0,8}?[A-Z][\w-]*"
    r"(?=\s*(?:,|\.|;|\)|\s+who\b|\s+and\s+[A-Z]|$))"
)


def apposition_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, country or body, position) for each "Person, Owner's Office Words," in ``text``.

    ``pairs``: the mentions with their entities, sorted by start.
    """
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    for m, person in pairs:
        if person.type != "Person" or m.kind != NAME or not text.startswith(",", m.end):
            continue
        lead = _LEAD.match(text, m.end)
        if lead is None:
            continue
        k = bisect_left(starts, lead.end())
        if k >= len(pairs) or starts[k] != lead.end():
            continue
        om, owner = pairs[k]
        if owner.type not in ("Country", "Organization") or _OFFICE.match(text, om.end) is None:
            continue
        out.append((person, owner, m.start))
    return out
