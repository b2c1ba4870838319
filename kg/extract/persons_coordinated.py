"""A person's second title in one role phrase: "Chair of the Commission and Permanent
Representative of Iceland" names two owners. :func:`kg.extract.doc_relations.represents` takes
the first actor of a role phrase; this finds the actor the coordinated title holds.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import ROLE_WORDS
from kg.extract.persons_anchors import trie
from kg.extract.records import EntityRec, MentionRec

#: From the first owner's end to the second's start: " and Permanent Representative of (the) ".
_AND_TITLE_OF = re.compile(
    r"[ \t]+and[ \t]+(?:(?:[A-Z][\w’'-]*|of|for|the)[ \t]+){0,4}?(?i:(?:vice-|deputy[ \t]+)?(?:"
    + trie(sorted(ROLE_WORDS, key=len, reverse=True))
    # "… and Minister of Labour of": the title's portfolio before the owner
    + r"))(?:[ \t]+(?:of|for)[ \t]+[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){0,3})?"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?"
)


def coordinated_owner(text: str, inside: list[tuple[MentionRec, EntityRec]], k: int) -> EntityRec | None:
    """The actor after " and <Title> of " right after ``inside[k]``, the role's first owner."""
    first = inside[k][0]
    for m, ent in inside[k + 1 :]:
        if m.start <= first.end:
            continue
        if _AND_TITLE_OF.fullmatch(text, first.end, m.start) and ent is not inside[k][1]:
            return ent
        return None
    return None
