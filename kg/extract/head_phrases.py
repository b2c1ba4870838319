"""Fold a body's head phrase into its full name: "the Steering Committee" after "the National Steering
Committee on the Elimination of Child Labour".

A text names a body in full once, then by its name without the scope word that opens it ("National",
"Regional", "Inter-Ministerial") and without the "on/of/for …" that closes it. The short name is neither
the start nor the end of the long one, so :func:`~kg.extract.name_folding.fold_short_names` leaves it
apart. Folded only when exactly one body of the text has that head phrase, and only for names of two
words or more ("the Committee" alone is :mod:`kg.extract.bare_heads`' job).
"""

from __future__ import annotations

import re

from kg.extract.entity_bookkeeping import fold_short
from kg.extract.records import DocState, EntityRec

#: scope words that open a body's full name and are dropped in its short name
_SCOPES = (
    "National",
    "Regional",
    "Federal",
    "Joint",
    "Provincial",
    "Central",
    "Inter-Ministerial",
    "Interministerial",
    "Inter-Agency",
    "Interagency",
    "Multi-Sectoral",
    "Multisectoral",
    "High-Level",
)
_SCOPE = re.compile(r"^(?:" + "|".join(_SCOPES) + r")\s+")
#: the complement that closes a full name: "… on the Elimination of Child Labour"
_COMPLEMENT = re.compile(r"\s+(?:on|of|for|against|to)\s+.*$")


def _head_phrase(label: str) -> str | None:
    """ "National Steering Committee on the Elimination of Child Labour" → "Steering Committee"."""
    scope = _SCOPE.match(label)
    if scope is None:
        return None
    head = _COMPLEMENT.sub("", label[scope.end() :])
    return head if len(head.split()) >= 2 else None


def fold_head_phrases(state: DocState) -> None:
    """Merge each body named by a head phrase into the one body whose full name has that head phrase."""
    orgs = [e for e in state.entities.values() if e.type == "Organization" and e.iri is None]
    heads: dict[str, list[EntityRec]] = {}
    for e in orgs:
        head = _head_phrase(e.label)
        if head is not None:
            heads.setdefault(head.lower(), []).append(e)
    if not heads:
        return
    for short in orgs:
        longs = heads.get(short.label.lower())
        if not longs or len(longs) != 1 or longs[0] is short or short.key not in state.entities:
            continue
        fold_short(state, keep=longs[0], drop=short)
