"""The type a name's head word gives it: "Act" → Framework, "Ministry" → Organization.

Shared by the pattern finder, which types the names it finds by their head words, and the
resolver, which asks whether the words after a short name give a longer name a head of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import EVENT_HEADS, FRAMEWORK_HEADS, ORG_HEADS, PLAN_HEADS


@lru_cache(maxsize=16384)
def head_type(word: str) -> str | None:
    """The type a head word gives a name ("Act" → Framework, "Ministry" → Organization), or None.

    Plurals count ("Ministries"), but for laws; a possessive ending is dropped.
    """
    low = word.lower().strip("()")
    low = re.sub(r"[’']s$", "", low)
    for heads, type_name in (
        (PLAN_HEADS, "Plan"),
        (FRAMEWORK_HEADS, "Framework"),
        (ORG_HEADS, "Organization"),
        (EVENT_HEADS, "Event"),
    ):
        if low in heads or (low.endswith("s") and low[:-1] in heads and type_name != "Framework"):
            return type_name
    return None
