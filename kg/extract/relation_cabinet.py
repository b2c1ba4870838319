"""A country's cabinet acts for the country: "the Council of Ministers adopted the Strategy" in a
text that speaks for one country (a statement, a government release) is the country's adoption too.

A cabinet named without its country ("the Council of Ministers", "the Cabinet") is the executive of
the country the text speaks for; its adoption of a plan or law is how that country adopts it.
"""

from __future__ import annotations

from kg.extract.found import Found
from kg.extract.records import DocState

#: the bare names of a national executive
_CABINETS = frozenset(
    ("council of ministers", "cabinet", "federal cabinet", "union cabinet", "council of state")
)


def cabinet_acts(found: list[Found], state: DocState) -> list[Found]:
    """The text's country adopts / implements what its bare-named cabinet does."""
    country = state.self_country
    if country is None:
        return []
    out = []
    for f in found:
        if f.predicate in ("adopts", "implements") and f.subject != country:
            ent = state.entities.get(f.subject)
            if ent is not None and ent.type == "Organization" and ent.label.lower() in _CABINETS:
                out.append(Found(country, f.predicate, f.object, f.start, f.end, f.cue))
    return out
