"""The consolidated-graph change of a batch of NEW sources, planned on strings, from a cache.

:func:`kg.consolidate.plan_change` plans every change (replace, remove, any store) with
rdflib terms. For sources that are not in the store yet it reduces to a few set operations:
every entity they describe exists afterwards; its names are the current ones plus theirs;
its label is the best (``label_key``) of its current label and their labels; its years
widen; a relation triple is inserted unless present. Nothing is withdrawn, so no other
source is ever asked about.

Planned with rdflib terms, building and hashing terms and reading every entity's current
description back from the store (one index scan each, ~90 µs) took more CPU than the store
took to write the batch. Here an entity's description is a set of N-Triples strings read
once per session and then kept up to date from what this process writes (an entity comes
back batch after batch), and the inserts come out as N-Triples lines. The cache holds only
while this process alone writes the consolidated graph: :meth:`NewSourcePlanner.forget`
drops it after any other kind of write or a hand-over of the store to another process.
``tests/test_ingest_plan.py`` checks the plans against ``plan_change``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.consolidate import Contribution, ReferenceIndex, label_key
from kg.ontology import CONSOLIDATED_GRAPH, PKO
from kg.store.base import GraphText, Quad, Triple, literal_int
from kg.store.terms import from_ox

_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_CONSOLIDATED = ox.NamedNode(str(CONSOLIDATED_GRAPH))
_TYPE, _LABEL, _ALT = (str(ox.NamedNode(str(t))) for t in (RDF.type, RDFS.label, SKOS.altLabel))
_START, _END = str(ox.NamedNode(str(PKO.startYear))), str(ox.NamedNode(str(PKO.endYear)))
_DESCRIPTION = {_TYPE, _LABEL, _ALT, _START, _END}

#: a description triple of one entity: (predicate, object) in N-Triples → its pyoxigraph terms
Description = dict[tuple[str, str], tuple[ox.NamedNode, object]]


@runtime_checkable
class RawStore(Protocol):
    """What the planner needs from a store: its own terms, straight from the indexes."""

    def ox_quads(self, subject: ox.NamedNode, graph: ox.NamedNode) -> Iterator[ox.Quad]: ...

    def ox_contains(self, quad: ox.Quad) -> bool: ...


@lru_cache(maxsize=65_536)
def _best_key(label: str) -> tuple[int, int, str]:
    """``label_key``, memoized: the same names come back batch after batch."""
    return label_key(label)


@lru_cache(maxsize=65_536)
def _literal(text: str) -> tuple[str, ox.Literal]:
    term = ox.Literal(text)
    return str(term), term


@lru_cache(maxsize=65_536)
def _iri(iri: str) -> tuple[str, ox.NamedNode]:
    term = ox.NamedNode(iri)
    return str(term), term


@lru_cache(maxsize=4_096)
def _integer(value: int) -> tuple[str, ox.Literal]:
    term = ox.Literal(str(value), datatype=_INTEGER)
    return str(term), term


def _year(term: ox.Literal) -> int | None:
    """``literal_int`` of a stored year, without an rdflib term for the usual xsd:integer."""
    if term.datatype == _INTEGER:
        try:
            return int(term.value)
        except ValueError:
            pass
    return literal_int(from_ox(term))


@dataclass(frozen=True)
class _Summary:
    """What decides whether new names or years change an entity's planned description: its
    type (N-Triples), label, every name it carries (label and alt labels) and its years."""

    type_nt: str | None
    label: str | None
    names: frozenset[str]
    start: int | None
    end: int | None

    def unchanged_by(
        self, etype_nt: str, labels: set[str], forms: set[str], years: tuple[set[int], set[int]]
    ) -> bool:
        """Would ``_after`` give this description back for these new labels, forms and years?

        For an entity without a label (a reference entity): when every new name is one it
        carries or one the reference gives it (``names`` then holds the reference names too).
        For the others: same type, no label but the current one, every form carried already,
        no start year before its start nor end year after its end.
        """
        if self.label is None:
            return labels <= self.names and forms <= self.names
        starts, ends = years
        return (
            etype_nt == self.type_nt
            and labels <= {self.label}
            and forms <= self.names
            and (not starts or (self.start is not None and min(starts) >= self.start))
            and (not ends or (self.end is not None and max(ends) <= self.end))
        )


@dataclass
class NewSourcesPlan:
    """Quads to delete (rdflib, few), consolidated triples to insert (N-Triples), and the
    descriptions the planned entities have once the change is written."""

    deletes: set[Quad]
    insert: GraphText
    descriptions: dict[URIRef, Description] = field(default_factory=dict)
    relations: set[Triple] = field(default_factory=set)
    summaries: dict[URIRef, _Summary] = field(default_factory=dict)


class NewSourcePlanner:
    """Plans batches of new sources against one embedded store, remembering what it read and wrote."""

    def __init__(self, store: RawStore, reference: ReferenceIndex) -> None:
        self.store = store
        self.reference = reference
        self._descriptions: dict[URIRef, Description] = {}
        self._relations: set[Triple] = set()
        # of the remembered descriptions, the ones this planner computed: an entity that comes
        # back with nothing new is skipped (most of a batch's entities, batch after batch)
        self._summaries: dict[URIRef, _Summary] = {}

    def forget(self) -> None:
        """Drop what was remembered: the consolidated graph was written some other way."""
        self._descriptions.clear()
        self._relations.clear()
        self._summaries.clear()

    def written(self, plan: NewSourcesPlan) -> None:
        """The store now holds ``plan``'s change: remember the entities' new descriptions."""
        self._descriptions.update(plan.descriptions)
        self._summaries.update(plan.summaries)
        self._relations |= plan.relations

    def plan(self, new: Contribution) -> NewSourcesPlan | None:
        """The change of adding sources that contribute ``new``; None where the generic planner
        must decide (an entity without an asserted label, an IRI pyoxigraph refuses)."""
        deletes: set[Quad] = set()
        lines: list[str] = []
        descriptions: dict[URIRef, Description] = {}
        summaries: dict[URIRef, _Summary] = {}
        no_years: set[int] = set()
        try:
            for e, etype in new.types.items():
                labels = new.labels.get(e)
                if not labels:
                    return None
                summary = self._summaries.get(e)
                if summary is not None:
                    years = (new.start_years.get(e, no_years), new.end_years.get(e, no_years))
                    if summary.unchanged_by(_iri(etype)[0], labels, new.forms.get(e, no_years), years):  # type: ignore[arg-type]
                        continue  # its remembered description stands
                e_nt = _iri(e)[0]
                current = self._description(e)
                after, summaries[e] = self._after(e, etype, labels, current, new)
                for key in current.keys() - after.keys():
                    pred, obj = current[key]
                    deletes.add((URIRef(e), from_ox(pred), from_ox(obj), CONSOLIDATED_GRAPH))  # type: ignore[arg-type]
                lines.extend(f"{e_nt} {p} {o}" for p, o in after.keys() - current.keys())
                descriptions[e] = after
            relations = new.relations - self._relations
            present: set[Triple] = set()
            for triple in relations:
                (s_nt, s_ox), (p_nt, p_ox), (o_nt, o_ox) = (_iri(str(t)) for t in triple)
                if self.store.ox_contains(ox.Quad(s_ox, p_ox, o_ox, _CONSOLIDATED)):
                    present.add(triple)
                else:
                    lines.append(f"{s_nt} {p_nt} {o_nt}")
        except (TypeError, ValueError):
            return None
        self._relations |= present  # read from the store: true whether or not the plan is written
        return NewSourcesPlan(
            deletes,
            GraphText(CONSOLIDATED_GRAPH, tuple(dict.fromkeys(lines))),
            descriptions,
            relations,
            summaries,
        )

    def _description(self, e: URIRef) -> Description:
        known = self._descriptions.get(e)
        if known is not None:
            return known
        out: Description = {}
        for q in self.store.ox_quads(_iri(e)[1], _CONSOLIDATED):
            p = str(q.predicate)
            if p in _DESCRIPTION:
                out[(p, str(q.object))] = (q.predicate, q.object)
        return out

    def _after(
        self, e: URIRef, etype: URIRef, labels: set[str], current: Description, new: Contribution
    ) -> tuple[Description, _Summary]:
        """What the entity's description must be once the sources are in (``_entity_change``),
        and its summary."""
        names: set[str] = set()
        cur_labels: set[str] = set()
        starts: set[int] = set()
        ends: set[int] = set()
        for (p, _), (_, o) in current.items():
            if p == _LABEL:
                cur_labels.add(o.value)  # type: ignore[attr-defined]
            elif p == _ALT:
                names.add(o.value)  # type: ignore[attr-defined]
            elif p == _START and (y := _year(o)) is not None:  # type: ignore[arg-type]
                starts.add(y)
            elif p == _END and (y := _year(o)) is not None:  # type: ignore[arg-type]
                ends.add(y)
        names |= cur_labels
        names |= labels
        names |= new.forms.get(e, set())
        after: Description = {}
        type_nt = start = end = None
        if e in self.reference:
            ref_names = self.reference.names.get(e, set())
            label = None
        else:
            ref_names = set()
            label = min(labels | cur_labels, key=_best_key)
            type_nt, t_ox = _iri(etype)
            after[(_TYPE, type_nt)] = (_P[_TYPE], t_ox)
            nt, term = _literal(label)
            after[(_LABEL, nt)] = (_P[_LABEL], term)
            starts |= new.start_years.get(e, set())
            ends |= new.end_years.get(e, set())
            if starts:
                start = min(starts)
                nt, term = _integer(start)
                after[(_START, nt)] = (_P[_START], term)
            if ends:
                end = max(ends)
                nt, term = _integer(end)
                after[(_END, nt)] = (_P[_END], term)
        alt = _P[_ALT]
        for n in names:
            if n != label and n not in ref_names:
                nt, term = _literal(n)
                after[(_ALT, nt)] = (alt, term)
        # a label-less entity (a reference one) carries its alt labels and the reference's names
        carried = names | ref_names if label is None else names
        return after, _Summary(type_nt, label, frozenset(carried), start, end)


_P = {nt: ox.NamedNode(nt[1:-1]) for nt in _DESCRIPTION}
