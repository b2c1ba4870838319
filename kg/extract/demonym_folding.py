"""Join a body named once with its country's demonym and once with the country's name.

"the Ghanaian Police" … "a Ghana Police spokesperson": a text names one national body both ways, and
grouping by name keeps them apart. Only the opening word(s) may differ, and they must say the same
country; the rest of the name must be the same ("Ghanaian Police" and "Ghana Police Service" stay two).
"""

from __future__ import annotations

from kg.extract.entity_bookkeeping import merge_keeping_label
from kg.extract.gazetteer import country_forms, country_names
from kg.extract.lexicon import GEOGRAPHIC_FEATURES
from kg.extract.names import norm
from kg.extract.records import DocState, EntityRec

_TYPES = frozenset(("Organization", "Plan", "Framework"))
#: the longest country name or demonym that can open a name, in words
_MAX_WORDS = 4


def _split(label: str) -> tuple[str, str, bool] | None:
    """The country a name's opening words say, the normalized rest, and whether they were a demonym;
    None when no country opens the name or nothing follows it."""
    forms = country_forms()
    words = label.removeprefix("the ").split()
    for size in range(min(_MAX_WORDS, len(words) - 1), 0, -1):
        lead = " ".join(words[:size])
        iri = forms.get(lead)
        if iri is None:
            continue
        demonym = lead not in country_names()
        if demonym and words[size] in GEOGRAPHIC_FEATURES:
            return None  # "Indian Ocean Commission": the ocean's name, not India's demonym
        return iri, norm(" ".join(words[size:])), demonym
    return None


def fold_demonym_forms(state: DocState) -> None:
    """Merge "<Demonym> X" into "<Country> X" (or the other way) when both name the same country."""
    seen: dict[tuple[str, str], list[tuple[str, bool, EntityRec]]] = {}
    for ent in list(state.entities.values()):
        if ent.type not in _TYPES or ent.iri is not None:
            continue
        got = _split(ent.label)
        if got is None or not got[1]:
            continue
        iri, rest, demonym = got
        bucket = seen.setdefault((ent.type, rest), [])
        other = next((o for o in bucket if o[0] == iri and o[1] != demonym), None)
        if other is None:
            bucket.append((iri, demonym, ent))
            continue
        # the country's name is the label: "Ghana Police", with "Ghanaian Police" as a surface form
        keep, drop = (ent, other[2]) if other[1] else (other[2], ent)
        merge_keeping_label(state, keep=keep, drop=drop)
