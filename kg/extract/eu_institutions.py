"""In a text on the European Union, a lone "Commission" or "Council" is one of its institutions.

EU press releases write "the European Parliament and the Council reached an agreement" and "the
Commission presented its proposal": when no other commission or council is named before, the bare
head word is the European Commission or the Council of the European Union. In a text that names
neither the EU nor one of its institutions the head word stays bare, and bare_heads resolves or
drops it as before.
"""

from __future__ import annotations

import re

from kg.extract.bare_heads import nearest_with_head
from kg.extract.entity_bookkeeping import merge, reference_entity
from kg.extract.gazetteer import Gazetteer
from kg.extract.records import SHORT, DocState, MentionRec

_ORG = "https://w3id.org/policy-kg/id/org/"
#: reference entities whose mention makes a text one on the EU
_EU_MARKERS = tuple(
    _ORG + slug for slug in ("eu", "european-parliament", "european-commission", "council-of-the-eu")
)
_INSTITUTIONS = {"Commission": _ORG + "european-commission", "Council": _ORG + "council-of-the-eu"}
#: "the Council" alone: not "the Council of Europe", "the Council for …", "the Council Presidency"
_THE_COUNCIL = re.compile(r"\b[Tt]he[ \t]+(Council)\b(?![ \t]+(?:of|for|on)\b|[ \t]+[A-Z]|-)")


def eu_short_forms(state: DocState, gazetteer: Gazetteer, text: str) -> None:
    """Fold each bare "Commission" into the EU institution in a text on the EU, and give its first
    lone "the Council" to the Council of the EU when no council is named (coref gives it the rest)."""
    if not any(iri in state.entities for iri in _EU_MARKERS):
        return
    _the_council(state, gazetteer, text)
    bare = [
        e
        for e in state.entities.values()
        if e.iri is None and e.type == "Organization" and e.label in _INSTITUTIONS
    ]
    for ent in bare:
        iri = _INSTITUTIONS[ent.label]
        if iri not in gazetteer.entities or nearest_with_head(state, ent, ent.label.lower()) is not None:
            continue  # "the Security Council … the Council": the one named before
        for m in ent.mentions:
            m.kind = SHORT
        merge(state, keep=reference_entity(state, gazetteer, iri), drop=ent)


def _the_council(state: DocState, gazetteer: Gazetteer, text: str) -> None:
    iri = _INSTITUTIONS["Council"]
    if iri in state.entities or iri not in gazetteer.entities or "Council" not in text:
        return
    if any("council" in e.label.lower() for e in state.entities.values() if e.type == "Organization"):
        return  # a council named in the text is the one "the Council" stands for
    m = _THE_COUNCIL.search(text)
    if m is not None:
        reference_entity(state, gazetteer, iri).add(MentionRec(m.start(1), m.end(1), m.group(1), SHORT))
