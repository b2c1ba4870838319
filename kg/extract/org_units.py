"""A unit named with the body it belongs to is two organizations: the unit and the body.

"the Border Service of the Ministry of the Interior", "the Anti-Fraud Unit of the National Police
Directorate": the text names a unit and, after "of the", the ministry or committee it sits in;
both act (the unit implements, the ministry is represented by its minister), so both are
entities. The body, named there as the unit's owner, does not act in that sentence (its mention
is of the kind a demonym's is): in "helps the X Unit of the Ministry implement the plan" the unit
acts. Only names whose two halves each carry a body's head word are split, and the unit's
half must be more than its head word ("Office of the …" stays whole).
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.lexicon import ORG_HEADS
from kg.extract.names import norm
from kg.extract.records import DEMONYM, NAME, DocState, EntityRec, MentionRec

_OF_THE = re.compile(r"\s+of\s+the\s+(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
#: heads of a body that holds units
_BODY_HEADS = frozenset(
    (
        "ministry",
        "committee",
        "directorate",
        "department",
        "commission",
        "council",
        "agency",
        "office",
        "service",
    )
)


def _unit_half(text: str) -> bool:
    """ "Border Service", "Service for Combating Drug Trafficking": a head word among its first words."""
    words = _WORD.findall(text)
    return len(words) >= 2 and words[0][:1].isupper() and any(w.lower() in ORG_HEADS for w in words[:4])


def _body_half(text: str) -> bool:
    words = _WORD.findall(text)
    caps = []
    for w in words:
        if not w[:1].isupper() and w not in ("of", "for", "and", "on", "the"):
            return False
        caps.append(w.lower())
    return len(words) >= 2 and any(w in _BODY_HEADS for w in caps[:4])


def split_units(state: DocState) -> None:
    """Split "Unit of the Ministry of X" into the unit and the ministry, each with its own mention."""
    for ent in list(state.entities.values()):
        if ent.type != "Organization" or ent.iri is not None or " of the " not in ent.label:
            continue
        cut = _OF_THE.search(ent.label)
        if cut is None or not _unit_half(ent.label[: cut.start()]) or not _body_half(ent.label[cut.end() :]):
            continue
        halves: list[tuple[MentionRec, MentionRec]] = []
        for m in ent.mentions:
            at = _OF_THE.search(m.text)
            if at is None:
                continue
            halves.append(
                (
                    MentionRec(m.start, m.start + at.start(), m.text[: at.start()], NAME),
                    MentionRec(m.start + at.end(), m.end, m.text[at.end() :], DEMONYM),
                )
            )
        if not halves:
            continue
        state.entities.pop(ent.key)
        unit = _entity(state, ent.label[: cut.start()])
        body = _entity(state, ent.label[cut.end() :])
        unit.acronyms |= ent.acronyms
        for m in ent.mentions:
            if _OF_THE.search(m.text) is None:
                unit.add(m)  # an acronym or short form of the whole name: the unit's
        for first, second in halves:
            unit.add(first)
            body.add(second)


_JOIN = re.compile(r"\s+of\s+the\s+")


def owners_of_units(state: DocState, text: str) -> None:
    """The body after a unit that the recognizer already split off ("the Anti-Fraud Unit | of the |
    Customs Directorate") names the unit's owner: its mention does not act, as in
    :func:`split_units`."""
    orgs = [e for e in state.entities.values() if e.type == "Organization"]
    names = sorted((m for e in orgs for m in e.mentions if m.kind == NAME), key=lambda m: m.start)
    for unit, body in pairwise(names):
        if _JOIN.fullmatch(text, unit.end, body.start) and _unit_half(unit.text) and _body_half(body.text):
            body.kind = DEMONYM


def _entity(state: DocState, label: str) -> EntityRec:
    key = f"Organization:{norm(label)}"
    ent = state.entities.get(key)
    if ent is None:
        ent = state.entities[key] = EntityRec(key, "Organization", label)
    return ent
