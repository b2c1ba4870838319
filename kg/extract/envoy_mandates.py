"""The country an envoy's mandate covers is not the country the envoy speaks for.

"Special Envoy of the Secretary-General for Myanmar", "the Special Representative for Somalia Ana
Ruiz": Myanmar and Somalia are where the mandate runs. The role rules
(:mod:`kg.extract.doc_relations`) and the pair model (:mod:`kg.extract.pair_model`) both ask here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.records import MentionRec

FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
ENVOY = re.compile(
    r"\b(?:Envoy|Special\s+Representative|Rapporteur|Special\s+Coordinator|Special\s+Advis[eo]r|"
    r"Independent\s+Expert)\b",
    re.IGNORECASE,
)


def mandate_country(text: str, roles: Iterable[MentionRec], country: MentionRec) -> bool:
    """Whether ``country`` follows "for" inside or right after one of a person's envoy ``roles``."""
    before = text[max(0, country.start - 12) : country.start]
    if not FOR_BEFORE.search(before) or text.startswith(("’s", "'s"), country.end):
        return False
    return any(
        r.start <= country.start <= r.end + 1 and ENVOY.search(text, r.start, country.start) for r in roles
    )
