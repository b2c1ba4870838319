"""One body under two names: "the Regional Conference on Migration, known as the Puebla Process",
"the Andean Labour Council (also known as the Quito Process)".

The text says outright that both names are one entity; the one the reference knows gives the
identity and the type ("Conference" alone would make a meeting of a standing body).
"""

from __future__ import annotations

import re

from kg.extract.entity_bookkeeping import merge
from kg.extract.records import DocState, EntityRec

_KNOWN_AS = re.compile(
    r"\s*(?:,|\()\s*(?:also\s+|commonly\s+|better\s+|widely\s+|formally\s+|informally\s+)?"
    r"(?:known|referred\s+to)\s+as\s+(?:the\s+)?[“\"‘']?"
)
_TYPES = ("Organization", "Event", "Plan", "Framework")


def fold_known_as(text: str, state: DocState) -> None:
    """Merge the name after "known as" into the one before it (into the reference's, if either)."""
    if "known as" not in text and "referred to as" not in text:
        return
    for ent in list(state.entities.values()):
        if ent.type not in _TYPES or ent.key not in state.entities:
            continue
        for m in list(ent.mentions):
            said = _KNOWN_AS.match(text, m.end)
            if said is None:
                continue
            other = _entity_starting(state, said.end())
            if other is None or other is ent or other.type not in _TYPES:
                continue
            keep, drop = (other, ent) if other.iri and not ent.iri else (ent, other)
            if keep.iri is None and keep.type != drop.type and drop.type == "Organization":
                keep.type = "Organization"  # "the X Conference, known as the Y Process": a body
            merge(state, keep=keep, drop=drop)
            break


def _entity_starting(state: DocState, start: int) -> EntityRec | None:
    """The entity with a mention starting at ``start``."""
    for ent in state.entities.values():
        for m in ent.mentions:
            if m.start == start:
                return ent
    return None
