"""Offices read from the shape of a list or an opening phrase, not from a role phrase at the name.

- "The Ministers of Labour, A, of the Secretariat for Women, B, and of …": a plural office word
  opens the list, each item names its body before the holder ("of the Body, Name") — the body
  before each name is that person's, not the one before it;
- "Representing the Philippines as …, Undersecretary X introduced …": the opening participle's
  subject is the sentence's first person, who represents the country or body named after it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.records import NAME, EntityRec, MentionRec

#: the plural office word that opens the list: "The Ministers of", "the Secretaries of State for"
_PLURAL_OFFICE = re.compile(
    r"\b(?:Ministers|Secretaries|Directors|Presidents|Heads|Chairs|Ambassadors|Representatives|Commissioners)"
    r"(?:[ \t]+of[ \t]+State)?[ \t]+(?:of|for)\b"
)
#: an item of the list: ", of the " or ", and of " right before the body
_ITEM_OF = re.compile(r"(?:,|\band)[ \t]+of[ \t]+(?:the[ \t]+)?$")
#: the sentence opens with "Representing the Country" (or a body)
_REPRESENTING = re.compile(r"(?:^|(?<=[.!?\n]))[ \t\"“]*Representing[ \t]+(?:the[ \t]+)?$")
_SENTENCE_END = re.compile(r"[.!?;\n]")


def shared_office_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for each "…, of the Body, Name" item of a list a plural office opens."""
    out: list[tuple[EntityRec, EntityRec, int]] = []
    if "s of" not in text and "s for" not in text:
        return out
    for (om, body), (m, person) in pairwise(pairs):
        if body.type not in ("Organization", "Country") or person.type != "Person" or m.kind != NAME:
            continue
        if text[om.end : m.start] != ", " or not _ITEM_OF.search(text, max(0, om.start - 12), om.start):
            continue
        lo = max(0, om.start - 400)
        opened = [o for o in _PLURAL_OFFICE.finditer(text, lo, om.start)]
        if opened and not _SENTENCE_END.search(text, opened[-1].end(), om.start):
            out.append((person, body, m.start))
    return out


def representing_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, country or body, position) for "Representing X …, … Person <verb>"."""
    out: list[tuple[EntityRec, EntityRec, int]] = []
    if "Representing" not in text:
        return out
    for k, (om, owner) in enumerate(pairs):
        if owner.type not in ("Country", "Organization") or not _REPRESENTING.search(
            text, max(0, om.start - 20), om.start
        ):
            continue
        comma = text.find(",", om.end)
        if comma < 0 or _SENTENCE_END.search(text, om.end, comma):
            continue
        person = next(
            (
                (m, e)
                for m, e in pairs[k + 1 :]
                if m.start > comma and e.type == "Person" and m.kind == NAME and m.start - comma < 120
            ),
            None,
        )
        if person is not None and not _SENTENCE_END.search(text, comma, person[0].start):
            out.append((person[1], owner, person[0].start))
    return out
