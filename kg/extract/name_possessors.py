"""Possessives in a run of capitalized words: which own the name after them, which belong to it.

"Kenya's National Action Plan": Kenya owns the plan, so the run splits after the possessive.
"Children's Act", "Workers' Party", "Leaders’ Summit": the possessor is part of the name.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.head_words import head_type
from kg.extract.lexicon import MEETING_POSSESSORS, NAME_POSSESSORS

POSSESSIVE_ENDS = ("’s", "'s")
PLURAL_POSSESSIVE_ENDS = ("s’", "s'")


@lru_cache(maxsize=16384)
def owner_possessive(word: str) -> bool:
    """ "Kenya's", "Philippines'": a possessor that owns the name after it (not "Women's")."""
    if word.endswith(POSSESSIVE_ENDS):
        stem = word[:-2]
    elif word.endswith(PLURAL_POSSESSIVE_ENDS):
        stem = word[:-1]
    else:
        return False
    return stem.lower() not in NAME_POSSESSORS and not head_type(stem)


def meeting_possessor(word: str, nxt: str) -> bool:
    """Whether ``word`` names the people who meet, right before the meeting's head ("Leaders’ Summit",
    "Foreign Ministers’ Meeting"), not before a place ("African Ministers’ Kigali Declaration")."""
    return word[:-1].lower() in MEETING_POSSESSORS and bool(head_type(nxt))
