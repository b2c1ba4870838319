"""Finding and merging the document's entities while the resolver groups its mentions.

The folding steps, the acronym steps and the resolver all look entities up by where or how
they are mentioned, and merge two into one; they share these helpers so a merge keeps the
same facts (mentions, acronyms, roles, named issues, years, the longer label) everywhere.
"""

from __future__ import annotations

from kg.extract.gazetteer import Gazetteer
from kg.extract.records import SHORT, DocState, EntityRec, Taken


def reference_entity(state: DocState, gazetteer: Gazetteer, iri: str) -> EntityRec:
    """The document's entity for the reference entity ``iri``, made from the reference if new."""
    ent = state.entities.get(iri)
    if ent is None:
        ref = gazetteer.entities[iri]
        ent = state.entities[iri] = EntityRec(
            iri, ref.type, ref.label, iri=iri, start_year=ref.start_year, end_year=ref.end_year
        )
        ent.acronyms.update(ref.acronyms)
    return ent


def taken_spans(state: DocState, size: int) -> Taken:
    """The characters the entities' mentions already cover, so a new mention does not overlap one."""
    return Taken.of(size, [(m.start, m.end) for e in state.entities.values() for m in e.mentions])


def entity_at(state: DocState, start: int, end: int) -> EntityRec | None:
    """The first entity with a mention covering most of ``start:end``."""
    for ent in state.entities.values():
        for m in ent.mentions:
            if m.start <= start and end <= m.end + 1 and (end - start) * 2 >= (m.end - m.start) * 1:
                return ent
    return None


def body_namesakes(state: DocState, ent: EntityRec, headline_end: int) -> list[EntityRec]:
    """The other entities of ``ent``'s type named below the headline: what a headline-only name
    may stand for."""
    below = [e for e in state.entities.values() if any(m.start >= headline_end for m in e.mentions)]
    return [other for other in below if other is not ent and other.type == ent.type]


def merge(state: DocState, *, keep: EntityRec, drop: EntityRec) -> None:
    """Fold ``drop`` into ``keep`` and remove it from the state."""
    if keep is drop:
        return
    for m in drop.mentions:
        keep.add(m)
    keep.acronyms |= drop.acronyms
    keep.roles += drop.roles
    keep.named_issues += [i for i in drop.named_issues if i not in keep.named_issues]
    keep.carries_out += [i for i in drop.carries_out if i not in keep.carries_out]
    if keep.start_year is None and keep.end_year is None:
        keep.start_year, keep.end_year = drop.start_year, drop.end_year
    if keep.iri is None and len(drop.label) > len(keep.label):
        keep.label = drop.label
    state.entities.pop(drop.key, None)


def merge_keeping_label(state: DocState, *, keep: EntityRec, drop: EntityRec) -> None:
    """:func:`merge`, but ``keep`` keeps its own label however long ``drop``'s: the label was chosen
    ("Ghana Police" over "Ghanaian Police", the Act over its Bill), not the longer one."""
    label = keep.label
    merge(state, keep=keep, drop=drop)
    keep.label = label


def fold_short(state: DocState, *, keep: EntityRec, drop: EntityRec) -> None:
    """Fold a short form ("the Plan", "the Steering Committee") into the entity it stands for: its
    mentions become short forms, and the entity keeps its own label, however long the short one."""
    for m in drop.mentions:
        m.kind = SHORT
    merge_keeping_label(state, keep=keep, drop=drop)
