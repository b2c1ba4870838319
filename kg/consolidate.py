"""Keep the consolidated graph equal to the union of what the sources say, on every add and remove.

The consolidated graph holds each entity's description (type, one label, alt labels, plan
years) and each relation triple once. What it holds is a function of the set of sources
only — never of the order they came in — so removing a source returns the store to the
quads it had before the source was added:

- label: the smallest of all asserted names by ``label_key`` (prefers capitalised forms);
- alt labels: every asserted name and surface form except the label and except names the
  reference graph already gives the entity;
- years: the earliest start and latest end any source gives;
- a relation triple: present while at least one source states it.

Reference entities keep their description in the reference graph; here they get only the
alt labels the sources add.

Adding a source needs no scan of other sources: new facts are inserted, and only facts the
source *withdraws* (on replace or remove) are checked against the other sources, with
index-driven ASK queries that stop at the first supporting source. Adding sources withdraws
nothing, so a batch of new sources is planned at once from the union of their contributions.
A store that offers ``triples_about`` and ``present_triples`` (the embedded one) answers the
reads of the current consolidated state by index lookups instead of queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from kg.model import Extraction
from kg.ontology import CONSOLIDATED_GRAPH, PKO, REFERENCE_GRAPH, SPARQL_PREFIXES, predicate_iri, type_iri
from kg.store.base import Change, Quad, Store, Triple, literal_int
from kg.store.terms import nt

_DESCRIPTION_PREDICATES = (RDF.type, RDFS.label, SKOS.altLabel, PKO.startYear, PKO.endYear)


def label_key(label: str) -> tuple[int, int, str]:
    """Order for choosing the canonical label: more capitals first, then shorter, then alphabetical."""
    return (-sum(ch.isupper() for ch in label), len(label), label)


@dataclass
class Contribution:
    """What one source contributes: per entity its type, names and years; its relation triples."""

    types: dict[URIRef, URIRef] = field(default_factory=dict)
    labels: dict[URIRef, set[str]] = field(default_factory=lambda: defaultdict(set))
    forms: dict[URIRef, set[str]] = field(default_factory=lambda: defaultdict(set))
    start_years: dict[URIRef, set[int]] = field(default_factory=lambda: defaultdict(set))
    end_years: dict[URIRef, set[int]] = field(default_factory=lambda: defaultdict(set))
    relations: set[Triple] = field(default_factory=set)

    @property
    def entities(self) -> set[URIRef]:
        return set(self.types)


def contribution_from_quads(quads: Iterable[Quad]) -> Contribution:
    """Read a source's contribution from its graph's quads (records and statements)."""
    about: dict[Node, URIRef] = {}
    by_subject: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o, _g in quads:
        by_subject[s].append((p, o))
        if p == PKO.aboutEntity:
            about[s] = o  # type: ignore[assignment]
    c = Contribution()
    for node, pairs in by_subject.items():
        if node in about:
            e = about[node]
            for p, o in pairs:
                if p == PKO.assertedType:
                    c.types[e] = o  # type: ignore[assignment]
                elif p == PKO.assertedLabel:
                    c.labels[e].add(str(o))
                elif p == PKO.surfaceForm:
                    c.forms[e].add(str(o))
                elif p == PKO.assertedStartYear and (y := literal_int(o)) is not None:
                    c.start_years[e].add(y)
                elif p == PKO.assertedEndYear and (y := literal_int(o)) is not None:
                    c.end_years[e].add(y)
        elif (RDF.type, RDF.Statement) in pairs:
            spo = dict(pairs)
            c.relations.add((spo[RDF.subject], spo[RDF.predicate], spo[RDF.object]))
    return c


def _lexical(value: object) -> str:
    """str() of the literal that kg.rdf writes for ``value``."""
    return value if type(value) is str else str(Literal(value))


def _year(value: object) -> int | None:
    """literal_int() of the literal that kg.rdf writes for ``value``."""
    return value if type(value) is int else literal_int(Literal(value))


def contribution_from_extractions(extractions: Iterable[Extraction]) -> Contribution:
    """The contribution of sources, read from their extractions instead of their graphs' quads.

    Equals :func:`contribution_from_quads` of the concatenated :func:`kg.rdf.source_graph`
    quads, ties included: an entity's type is the one its last source asserts, and within
    one source the last of the distinct types its records assert, in order of first assertion.
    """
    c = Contribution()
    iris, types = _IRIS, _TYPES
    if len(iris) > _IRIS_LIMIT:
        iris.clear()
    for extraction in extractions:
        asserted: dict[URIRef, dict[URIRef, None]] = {}
        for ent in extraction.entities:
            e = iris.get(ent.iri)
            if e is None:
                e = iris[ent.iri] = URIRef(ent.iri)
            t = types.get(ent.type)
            if t is None:
                t = types[ent.type] = type_iri(ent.type)
            asserted.setdefault(e, {})[t] = None
            c.labels[e].add(_lexical(ent.label))
            if ent.aliases:
                c.forms[e].update(map(_lexical, ent.aliases))
            if ent.start_year is not None and (y := _year(ent.start_year)) is not None:
                c.start_years[e].add(y)
            if ent.end_year is not None and (y := _year(ent.end_year)) is not None:
                c.end_years[e].add(y)
        for e, ts in asserted.items():
            c.types[e] = next(reversed(ts))
        for rel in extraction.relations:
            s = iris.get(rel.subject)
            if s is None:
                s = iris[rel.subject] = URIRef(rel.subject)
            o = iris.get(rel.object)
            if o is None:
                o = iris[rel.object] = URIRef(rel.object)
            p = _PREDICATES.get(rel.predicate)
            if p is None:
                p = _PREDICATES[rel.predicate] = predicate_iri(rel.predicate)
            c.relations.add((s, p, o))
    return c


#: one URIRef per IRI for the whole process: batch after batch the same entities come back, and
#: sets and dicts of the same objects compare by identity instead of rdflib's ``__eq__``
_IRIS: dict[str, URIRef] = {}
_IRIS_LIMIT = 200_000
_TYPES: dict[str, URIRef] = {}
_PREDICATES: dict[str, URIRef] = {}


def merge_contributions(contributions: Iterable[Contribution]) -> Contribution:
    """What several sources contribute together; equals :func:`contribution_from_quads` of their
    concatenated graphs (a later source's type of an entity wins, everything else is a union)."""
    total = Contribution()
    for c in contributions:
        total.types.update(c.types)
        for attr in ("labels", "forms", "start_years", "end_years"):
            mine, theirs = getattr(total, attr), getattr(c, attr)
            for e, vals in theirs.items():
                mine[e] |= vals
        total.relations |= c.relations
    return total


class ReferenceIndex:
    """Names the reference graph gives each reference entity (read once per session)."""

    def __init__(self, store: Store) -> None:
        rows = store.query(
            "SELECT ?e ?l WHERE { GRAPH ?ref { ?e ?p ?l } "
            + _values({"p": [RDFS.label, SKOS.altLabel, PKO.acronym, PKO.officialName]})
            + " }",
            bindings={"ref": REFERENCE_GRAPH},
        ).rows
        self.names: dict[URIRef, set[str]] = defaultdict(set)
        for e, label in rows:
            self.names[e].add(str(label))  # type: ignore[index]

    def __contains__(self, entity: object) -> bool:
        return entity in self.names


def _values(var_terms: dict[str, list[Node]]) -> str:
    """A VALUES block with terms serialized by the RDF library."""
    names = list(var_terms)
    rows = zip(*var_terms.values(), strict=True)
    body = " ".join("(" + " ".join(nt(t) for t in row) + ")" for row in rows)
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {body} }}"


def _triple_key(t: Triple) -> tuple[str, str, str]:
    return (str(t[0]), str(t[1]), str(t[2]))


def _current(store: Store, entities: set[URIRef]) -> set[Triple]:
    if not entities:
        return set()
    ents = sorted(entities, key=str)  # all IRIs: the order of sorted(entities), cheaper
    fast = getattr(store, "triples_about", None)  # embedded store: index lookups, no query planning
    if callable(fast):
        return set(fast(ents, CONSOLIDATED_GRAPH, _DESCRIPTION_PREDICATES))
    query = (
        "SELECT ?e ?p ?o WHERE { "
        + _values({"e": list(ents)})
        + " GRAPH ?cons { ?e ?p ?o } "
        + _values({"p": list(_DESCRIPTION_PREDICATES)})
        + " }"
    )
    rows = store.query(query, bindings={"cons": CONSOLIDATED_GRAPH}).rows
    return {(e, p, o) for e, p, o in rows}  # type: ignore[misc]


def _current_relations(store: Store, triples: set[Triple]) -> set[Triple]:
    if not triples:
        return set()
    ts = sorted(triples, key=_triple_key)
    fast = getattr(store, "present_triples", None)
    if callable(fast):
        return set(fast(ts, CONSOLIDATED_GRAPH))
    query = (
        "SELECT ?s ?p ?o WHERE { "
        + _values({"s": [t[0] for t in ts], "p": [t[1] for t in ts], "o": [t[2] for t in ts]})
        + " GRAPH ?cons { ?s ?p ?o } }"
    )
    return set(store.query(query, bindings={"cons": CONSOLIDATED_GRAPH}).rows)  # type: ignore[arg-type]


def _others_have(store: Store, exclude: URIRef, pattern: str, bindings: dict[str, Node]) -> bool:
    query = SPARQL_PREFIXES + f"ASK {{ GRAPH ?g {{ {pattern} }} FILTER(?g != ?this) }}"
    return bool(store.query(query, bindings={**bindings, "this": exclude}).boolean)


def _other_values(store: Store, exclude: URIRef, entity: URIRef, predicate: URIRef) -> set[Node]:
    rows = store.query(
        SPARQL_PREFIXES
        + f"SELECT DISTINCT ?v WHERE {{ GRAPH ?g {{ ?r pko:aboutEntity ?e ; {nt(predicate)} ?v }} "
        "FILTER(?g != ?this) }",
        bindings={"e": entity, "this": exclude},
    ).rows
    return {r[0] for r in rows if r[0] is not None}


def plan_change(
    store: Store, source: URIRef, old: Contribution, new: Contribution, reference: ReferenceIndex
) -> tuple[set[Quad], set[Quad]]:
    """Consolidated-graph quads to delete and insert when ``source`` goes from ``old`` to ``new``."""
    deletes: set[Triple] = set()
    inserts: set[Triple] = set()
    affected = old.entities | new.entities
    current: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o in _current(store, affected):
        current[s].append((p, o))
    for e in sorted(affected, key=str):
        d, i = _entity_change(store, source, e, old, new, current.get(e, []), reference)
        deletes |= d
        inserts |= i

    gone = old.relations - new.relations
    current_rel = _current_relations(store, gone | new.relations)
    inserts |= new.relations - current_rel
    for s, p, o in sorted(gone & current_rel):
        if not _others_have(
            store, source, "?st rdf:object ?o ; rdf:subject ?s ; rdf:predicate ?p", {"s": s, "p": p, "o": o}
        ):
            deletes.add((s, p, o))
    g = CONSOLIDATED_GRAPH
    return {(*t, g) for t in deletes - inserts}, {(*t, g) for t in inserts}  # type: ignore[misc]


def _entity_change(
    store: Store,
    source: URIRef,
    e: URIRef,
    old: Contribution,
    new: Contribution,
    mine: list[tuple[Node, Node]],
    reference: ReferenceIndex,
) -> tuple[set[Triple], set[Triple]]:
    cur_labels = {str(o) for p, o in mine if p == RDFS.label}
    cur_alts = {str(o) for p, o in mine if p == SKOS.altLabel}
    cur_start = {literal_int(o) for p, o in mine if p == PKO.startYear}
    cur_end = {literal_int(o) for p, o in mine if p == PKO.endYear}
    in_new = e in new.types
    names_new = new.labels.get(e, set()) | new.forms.get(e, set())
    names_old = old.labels.get(e, set()) | old.forms.get(e, set())

    def supported_name(name: str) -> bool:
        if name in names_new:
            return True
        return _others_have(
            store,
            source,
            "{ ?r pko:surfaceForm ?n } UNION { ?r pko:assertedLabel ?n } ?r pko:aboutEntity ?e",
            {"e": e, "n": Literal(name)},
        )

    exists = in_new or _others_have(store, source, "?r pko:aboutEntity ?e", {"e": e})
    is_ref = e in reference
    # all names after the change, as far as they matter: current ones still supported, plus new ones
    names_after = {n for n in (cur_labels | cur_alts) if n not in names_old or supported_name(n)}
    names_after |= names_new if exists else set()
    if not exists:
        names_after = set()

    labels_after: set[str] = set()
    if exists and not is_ref:
        candidates = set(new.labels.get(e, set()))
        for lab in cur_labels:
            if lab not in old.labels.get(e, set()) or supported_name(lab):
                candidates.add(lab)
        if not candidates or (cur_labels and not (cur_labels & candidates)):
            candidates |= {str(v) for v in _other_values(store, source, e, PKO.assertedLabel)}
        if candidates:
            labels_after = {min(candidates, key=label_key)}

    ref_names = reference.names.get(e, set()) if is_ref else set()
    alts_after = {n for n in names_after if n not in labels_after and n not in ref_names} if exists else set()

    before: set[Triple] = {(e, p, o) for p, o in mine}
    after: set[Triple] = set()
    if exists and not is_ref:
        t = new.types.get(e) or next((o for p, o in mine if p == RDF.type), None) or old.types.get(e)
        if t is not None:
            after.add((e, RDF.type, t))
        after |= {(e, RDFS.label, Literal(lab)) for lab in labels_after}
        after |= _years(store, source, e, old, new, cur_start, cur_end)
    after |= {(e, SKOS.altLabel, Literal(a)) for a in alts_after}
    return before - after, after - before


def _years(
    store: Store,
    source: URIRef,
    e: URIRef,
    old: Contribution,
    new: Contribution,
    cur_start: set[int | None],
    cur_end: set[int | None],
) -> set[Triple]:
    out: set[Triple] = set()
    for pred, asserted, cur_vals, old_vals, new_vals, pick in (
        (PKO.startYear, PKO.assertedStartYear, cur_start, old.start_years, new.start_years, min),
        (PKO.endYear, PKO.assertedEndYear, cur_end, old.end_years, new.end_years, max),
    ):
        vals = {v for v in cur_vals if v is not None}
        withdrawn = old_vals.get(e, set()) - new_vals.get(e, set())
        if vals & withdrawn:
            vals = {y for v in _other_values(store, source, e, asserted) if (y := literal_int(v)) is not None}
        vals |= new_vals.get(e, set())
        if vals:
            out.add((e, pred, Literal(pick(vals))))
    return out


def recompute(store: Store, reference: ReferenceIndex) -> set[Quad]:
    """The whole consolidated graph, computed from scratch from every source graph."""
    from kg.ontology import PKR

    rows = store.query(
        "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?base)) "
        + _values(
            {
                "p": [
                    PKO.aboutEntity,
                    PKO.assertedType,
                    PKO.assertedLabel,
                    PKO.surfaceForm,
                    PKO.assertedStartYear,
                    PKO.assertedEndYear,
                    RDF.type,
                    RDF.subject,
                    RDF.predicate,
                    RDF.object,
                ]
            }
        )
        + " }",
        bindings={"base": Literal(str(PKR["source/"]))},
    ).rows
    by_graph: dict[Node, list[Quad]] = defaultdict(list)
    for g, s, p, o in rows:
        by_graph[g].append((s, p, o, g))  # type: ignore[arg-type,index]
    total = Contribution()
    for quads in by_graph.values():
        c = contribution_from_quads(quads)
        total.types.update(c.types)
        for attr in ("labels", "forms", "start_years", "end_years"):
            mine, theirs = getattr(total, attr), getattr(c, attr)
            for e, vals in theirs.items():
                mine[e] |= vals
        total.relations |= c.relations
    out: set[Triple] = set(total.relations)
    for e, t in total.types.items():
        names = total.labels[e] | total.forms[e]
        if e in reference:
            out |= {(e, SKOS.altLabel, Literal(n)) for n in names if n not in reference.names[e]}
            continue
        label = min(total.labels[e], key=label_key)
        out.add((e, RDF.type, t))
        out.add((e, RDFS.label, Literal(label)))
        out |= {(e, SKOS.altLabel, Literal(n)) for n in names if n != label}
        if total.start_years.get(e):
            out.add((e, PKO.startYear, Literal(min(total.start_years[e]))))
        if total.end_years.get(e):
            out.add((e, PKO.endYear, Literal(max(total.end_years[e]))))
    return {(*t, CONSOLIDATED_GRAPH) for t in out}  # type: ignore[misc]


def full_rebuild_change(store: Store, reference: ReferenceIndex) -> Change:
    """Replace the consolidated graph with a fresh computation."""
    return Change(drop_graphs=(CONSOLIDATED_GRAPH,), insert=tuple(sorted(recompute(store, reference))))
