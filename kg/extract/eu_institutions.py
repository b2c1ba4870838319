"""In a text on the European Union, a lone "Commission" or "Council" is one of its institutions.

EU press releases write "the European Parliament and the Council reached an agreement" and "the
Commission presented its proposal". A text is on the EU when it names the European Parliament,
the European Commission or the Council of the EU, or has the EU act ("the EU welcomed", not only an
"EU-funded" project). There, a bare "Commission" with no other commission named or written
before it (in lower case too: "a national commission … The Commission") is the European
Commission, mention by mention; and a lone "the Council" is the Council of the EU when the text
names no other council at all ("Security Council", "HRC58"). Elsewhere the head word stays bare,
and bare_heads resolves or drops it as before.
"""

from __future__ import annotations

import re

from kg.extract.entity_bookkeeping import reference_entity
from kg.extract.gazetteer import Gazetteer
from kg.extract.records import SHORT, DocState, EntityRec, MentionRec
from kg.ontology import RESOURCE_BASE

_ORG = RESOURCE_BASE + "org/"
_EU = _ORG + "eu"
#: EU institutions whose mention makes a text one on the EU
_INSTITUTION_MARKERS = tuple(
    _ORG + slug for slug in ("european-parliament", "european-commission", "council-of-the-eu")
)
_COMMISSION = _ORG + "european-commission"
_COUNCIL = _ORG + "council-of-the-eu"
#: "the Council" alone: not "the Council of Europe", "the Council for Trade …", "the Council Presidency"
_THE_COUNCIL = re.compile(
    r"\b[Tt]he[ \t]+(Council)\b(?![ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z]|[ \t]+[A-Z]|-)"
)
#: another council in the text: "Security Council", "Human Rights Council", "HRC58", "UNSC"
_OTHER_COUNCIL = re.compile(r"\b(?!The\b)[A-Z][\w-]*[ \t]+Council\b|\b(?:HRC|UNSC|ECOSOC)(?![A-Za-z])")
_LOWER_COMMISSION = re.compile(r"\bcommission\b")


def eu_short_forms(state: DocState, gazetteer: Gazetteer, text: str) -> None:
    """Give bare "Commission" mentions and a lone "the Council" to the EU institutions in a text on the EU."""
    if not _on_the_eu(state, text) or _COMMISSION not in gazetteer.entities:
        return
    for ent in [e for e in state.entities.values() if e.iri is None and e.type == "Organization"]:
        if ent.label == "Commission":
            _commission_mentions(state, gazetteer, text, ent)
    _the_council(state, gazetteer, text)


def _on_the_eu(state: DocState, text: str) -> bool:
    if any(iri in state.entities for iri in _INSTITUTION_MARKERS):
        return True
    eu = state.entities.get(_EU)
    return eu is not None and any(not text.startswith("-", m.end) for m in eu.mentions)


def _commission_mentions(state: DocState, gazetteer: Gazetteer, text: str, ent: EntityRec) -> None:
    """Move each mention with no other commission before it to the European Commission."""
    others = [
        e
        for e in state.entities.values()
        if e is not ent and e.type == "Organization" and "Commission" in e.label and e.iri != _COMMISSION
    ]
    kept = []
    for m in sorted(ent.mentions, key=lambda m: m.start):
        named_before = any(o.first < m.start for o in others)
        if named_before or _LOWER_COMMISSION.search(text, 0, m.start):
            kept.append(m)
            continue
        m.kind = SHORT
        reference_entity(state, gazetteer, _COMMISSION).add(m)
    ent.mentions[:] = kept
    if not kept:
        state.entities.pop(ent.key, None)


def _the_council(state: DocState, gazetteer: Gazetteer, text: str) -> None:
    if _COUNCIL in state.entities or _COUNCIL not in gazetteer.entities or "Council" not in text:
        return
    if _OTHER_COUNCIL.search(text):
        return  # a council named in the text may be the one "the Council" stands for
    m = _THE_COUNCIL.search(text)
    if m is not None:
        reference_entity(state, gazetteer, _COUNCIL).add(MentionRec(m.start(1), m.end(1), m.group(1), SHORT))
