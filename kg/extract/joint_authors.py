"""The authors of a joint statement, who "we" are in it: "Joint statement by Chile, France, Italy
and the UK:", "WE, the Heads of State/Government of A, B and C, Member States of ASEAN, …", "The
text of the following statement was released by the Governments of A, B and C".

A country's own statement speaks for one country (``DocState.self_country``); a joint one speaks
for all its authors, so each of them adopts, supports or calls for what "we" do.
"""

from __future__ import annotations

import re

from kg.extract.records import DocState, EntityRec

_OPENING = re.compile(
    r"^(?:joint\s+(?:press\s+)?(?:statement|declaration|communiqu[eé])\s+(?:by|of|from|issued\s+by)"
    r"|(?:the\s+)?(?:text\s+of\s+the\s+following\s+)?(?:joint\s+)?statement\s+(?:was|is)\s+"
    r"(?:released|issued|made)\s+by"
    r"|we,\s+the\s+(?:heads\s+of\s+state(?:\s*/\s*|\s+and\s+)government|leaders|(?:foreign\s+)?ministers"
    r"|governments|representatives)\b[^,;:\n]{0,40}?\s+of)\s+(?:the\s+governments?\s+of\s+)?",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_END = re.compile(
    r"[;:\n]|,\s+(?:member\s+states|on\s+the\s+occasion|at\s+the|meeting|gathered)\b|\s+[–—-]\s+",
    re.IGNORECASE,
)
_HEAD = 1200  # a joint statement says who makes it at its top


def joint_authors(text: str, state: DocState) -> tuple[str, ...]:
    """Keys of the countries and bodies a joint statement names as its authors (two at least)."""
    head = text[:_HEAD]
    if "tatement" not in head and "WE," not in head and "We," not in head and "eclaration" not in head:
        return ()
    match = _OPENING.search(head)
    if match is None:
        return ()
    end = _LIST_END.search(text, match.end())
    stop = end.start() if end is not None else min(len(text), match.end() + 600)
    authors: list[EntityRec] = []
    for ent in state.entities.values():
        if ent.type in ("Country", "Organization") and any(
            match.end() <= m.start < stop for m in ent.mentions
        ):
            authors.append(ent)
    authors.sort(key=lambda e: min(m.start for m in e.mentions if m.start >= match.end()))
    return tuple(e.key for e in authors) if len(authors) >= 2 else ()
