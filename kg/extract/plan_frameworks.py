"""A plan written to carry out a framework: "a plan to implement the Global Compact for Safe, Orderly
and Regular Migration", "the National Plan for the Implementation of the Paris Agreement".

The framework's name lies inside the plan's, so the longer name is chosen and the framework would be
lost; but a text that reports such a plan reports its makers implementing the framework. The
framework named after "implementation of" or "implement" inside a plan's name is kept as an entity
of its own (:func:`carried_out_frameworks`), and whoever adopts the plan implements it
(:func:`framework_implementers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.entity_bookkeeping import reference_entity
from kg.extract.found import Found
from kg.extract.gazetteer import Gazetteer
from kg.extract.records import NAME, DocState, EntityRec, MentionRec
from kg.extract.spans import Cand

#: the words right before the framework inside the plan's name
_TO_CARRY_OUT = re.compile(r"(?i:implementation\s+of|implementing|implement)\s+(?:the\s+)?$")


def carried_out_frameworks(
    text: str, state: DocState, gazetteer: Gazetteer, names: Sequence[Cand], chosen: Sequence[Cand]
) -> None:
    """Keep each reference framework named inside a chosen plan's name after "implementation of",
    and note it on the plan (``EntityRec.carries_out``)."""
    plans = [c for c in chosen if c.label == "Plan" and "mplement" in c.text]
    if not plans:
        return
    frameworks = [c for c in names if c.label == "Framework" and c.kb_id]
    for plan in plans:
        owner = _entity_of(state, plan)
        if owner is None:
            continue
        for fw in frameworks:
            if not (plan.start < fw.start and fw.end <= plan.end):
                continue
            if not _TO_CARRY_OUT.search(text, max(plan.start, fw.start - 40), fw.start):
                continue
            ref = gazetteer.get(fw.kb_id)
            if ref is None:
                continue
            inner = reference_entity(state, gazetteer, ref.iri)
            inner.add(MentionRec(fw.start, fw.end, fw.text, NAME))
            if inner.key not in owner.carries_out:
                owner.carries_out.append(inner.key)


def _entity_of(state: DocState, cand: Cand) -> EntityRec | None:
    for ent in state.entities.values():
        if any(m.start == cand.start and m.end == cand.end for m in ent.mentions):
            return ent
    return None


def framework_implementers(found: Sequence[Found], state: DocState) -> list[Found]:
    """implements: whoever adopts or implements a plan written to carry out a framework implements the
    framework, on the same evidence."""
    out = []
    for f in found:
        if f.predicate not in ("adopts", "implements"):
            continue
        plan = state.entities.get(f.object)
        if plan is None or not plan.carries_out:
            continue
        for key in plan.carries_out:
            if key != f.subject:
                out.append(Found(f.subject, "implements", key, f.start, f.end, f.cue))
    return out
