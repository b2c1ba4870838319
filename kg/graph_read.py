"""Reading the graph for views and profiles: sources, entities and evidence-bearing statements.

Everything is read with a few SPARQL queries over the union graph; constant IRIs are
prefixed names, data values are passed as bindings. The result, :class:`GraphData`, is
plain Python that the view builders (``kg.views``) turn into networkx graphs.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.errors import KgError
from kg.ontology import (
    CONSOLIDATED_GRAPH,
    ENTITY_TYPES,
    PREDICATES,
    REFERENCE_GRAPH,
    SPARQL_PREFIXES,
    local_name,
)
from kg.source_keys import match_sources
from kg.store.base import Store
from kg.store.terms import nt

#: what a --since or --until value that is no date is told
NOT_A_DATE = "not a date like 2024, 2024-05 or 2024-05-31"


def is_partial_date(value: str) -> bool:
    """A year, year and month, or full date that exists on the calendar: ``2024-13`` and
    ``2024-02-30`` match the shape but would silently select nothing."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if match is None:
        return False
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


_TYPE_VALUES = " ".join(f"pko:{t}" for t in ENTITY_TYPES)


@dataclass(frozen=True)
class SourceMeta:
    """What a page or profile says about a source: id, title, date (ISO) and location."""

    iri: str
    id: str
    title: str | None
    date: str | None
    location: str | None = None

    @property
    def display(self) -> str:
        return self.title or self.location or self.id


@dataclass(frozen=True)
class Statement:
    """One relation as one source states it, with the sentence that says so."""

    subject: str
    predicate: str  # local name, one of PREDICATES
    object: str
    source: str  # source IRI
    sentence: str


@dataclass(frozen=True)
class Fact:
    """One relation triple as stated (``subject predicate object``), with the sources that state it."""

    subject: str
    predicate: str  # local name, one of PREDICATES
    object: str
    sources: frozenset[str]  # source IRIs


@dataclass
class EntityInfo:
    iri: str
    label: str
    type: str  # local name, one of ENTITY_TYPES
    alt_labels: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)  # source IRIs that mention it


@dataclass(frozen=True)
class Filters:
    """Filters shared by ``kg views`` and ``kg viz``.

    ``types``: keep nodes of these entity types; ``sources``: only what these sources say
    (id, id prefix, or location: a file, folder or glob as ``kg add`` takes it);
    ``since``/``until``: only sources dated in this range
    (ISO dates, inclusive; undated sources are left out when either is given);
    ``min_weight``: drop the links of each pair of nodes whose summed weight is lighter than
    this, and every node without a link left (:func:`kg.views.apply_filters`).
    """

    types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_weight: float = 0.0

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not is_partial_date(value):
                raise KgError(f"--{name} {value!r}: {NOT_A_DATE}")
        bad = [t for t in self.types if t not in ENTITY_TYPES]
        if bad:
            raise KgError(f"--type {bad[0]}: unknown entity type; expected one of {', '.join(ENTITY_TYPES)}")


@dataclass
class GraphData:
    """Entities and relation facts read from a store, already filtered by source.

    ``kept`` is the set of source IRIs the filters keep, or None when no source filter is
    given (every source counts); ``sources`` holds the metadata of the kept sources when a
    filter needed it, else it is empty (pages and profiles read it for what they show).
    """

    sources: dict[str, SourceMeta]
    entities: dict[str, EntityInfo]
    facts: list[Fact]
    kept: frozenset[str] | None = None


#: IRIs per VALUES block in a query
_CHUNK = 800
#: above this many, sources are read with one scan rather than looked up
_FEW_SOURCES = 200


def _chunks(items: list[str], size: int = _CHUNK) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _iri_values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(nt(URIRef(i)) for i in iris) + " }"


def read_sources(store: Store, iris: Iterable[str] | None = None) -> dict[str, SourceMeta]:
    """Id, title, date and location of every source (or of the sources ``iris``)."""
    wanted = None if iris is None else sorted(set(iris))
    if wanted is not None and len(wanted) > _FEW_SOURCES:  # one scan beats many lookups
        every = read_sources(store)
        return {k: every[k] for k in wanted if k in every}
    query = (
        "SELECT ?src ?id ?title (STR(?date) AS ?day) ?loc WHERE { {values} GRAPH ?src { ?src a pko:Source ; "
        "pko:sourceId ?id . OPTIONAL { ?src dcterms:title ?title } OPTIONAL { ?src dcterms:date ?date } "
        "OPTIONAL { ?src pko:location ?loc } } }"
    )
    if wanted is None:
        rows = store.query(SPARQL_PREFIXES + query.replace("{values}", "")).rows
    else:
        rows = []
        for chunk in _chunks(wanted):
            rows += store.query(SPARQL_PREFIXES + query.replace("{values}", _iri_values("src", chunk))).rows
    out: dict[str, SourceMeta] = {}
    for src, sid, title, date, loc in rows:
        out[str(src)] = SourceMeta(
            iri=str(src),
            id=str(sid),
            title=None if title is None else str(title),
            date=None if date is None else str(date)[:10],
            location=None if loc is None else str(loc),
        )
    return out


def select_sources(sources: dict[str, SourceMeta], filters: Filters) -> set[str]:
    """IRIs of the sources the filters keep; an unknown --source is an error."""
    chosen = set(sources)
    if filters.sources:
        by_id = {m.id: m.iri for m in sources.values()}
        locations = {m.id: m.location or "" for m in sources.values()}
        picked: set[str] = set()
        for key in filters.sources:
            if key in sources:  # a source IRI
                picked.add(key)
                continue
            try:
                picked.update(by_id[sid] for sid in match_sources(locations, key))
            except KgError as err:
                raise KgError(f"--source {err}") from err
        chosen &= picked
    if filters.since or filters.until:
        lo = filters.since or "0000"
        hi = (filters.until or "9999") + "-12-31"[len(filters.until or "9999") - 4 :]
        chosen = {s for s in chosen if (d := sources[s].date) is not None and lo <= d <= hi}
    return chosen


def _type_names(store: Store) -> dict[str, str]:
    """Class IRI → the entity type (one of ENTITY_TYPES) it is, or is a subclass of."""
    rows = store.query(
        SPARQL_PREFIXES
        + f"SELECT ?t ?type WHERE {{ VALUES ?type {{ {_TYPE_VALUES} }} ?t rdfs:subClassOf* ?type }}"
    ).rows
    out: dict[str, str] = {}
    for t, typ in rows:
        name = local_name(str(typ))
        known = out.get(str(t))
        if known is None or ENTITY_TYPES.index(name) < ENTITY_TYPES.index(known):
            out[str(t)] = name  # Country before Organization … stable choice for odd data
    return out


def mentions(
    store: Store, kept: Iterable[str] | None = None, entities: Iterable[str] | None = None
) -> dict[str, set[str]]:
    """Entity IRI → the sources (IRIs) that mention it: of the sources ``kept``, or of all;
    for the ``entities`` given, or for all."""
    rows: list[Any] = []
    query = SPARQL_PREFIXES + "SELECT ?e ?src WHERE { {values} GRAPH ?src { ?src pko:mentions ?e } }"
    if entities is not None:
        for chunk in _chunks(sorted(set(entities))):
            rows += store.query(query.replace("{values}", _iri_values("e", chunk))).rows
    elif kept is not None:
        for chunk in _chunks(sorted(set(kept))):
            rows += store.query(query.replace("{values}", _iri_values("src", chunk))).rows
    else:
        rows = store.query(query.replace("{values}", "")).rows
    keep = None if kept is None else set(kept)
    out: dict[str, set[str]] = {}
    for e, src in rows:
        if keep is None or str(src) in keep:
            out.setdefault(str(e), set()).add(str(src))
    return out


def read_entities(store: Store, iris: Iterable[str] | None = None) -> dict[str, EntityInfo]:
    """Type (most specific of ENTITY_TYPES), label and alt labels of the entities sources mention.

    Entities described by sources live in the consolidated graph (which holds a description
    only while some source gives it); reference entities in the reference graph, and count
    when a source mentions them. ``iris`` narrows the result to these entities.
    """
    types = _type_names(store)
    wanted = None if iris is None else set(iris)
    out: dict[str, EntityInfo] = {}
    ref_mentioned = {
        str(r[0])
        for r in store.query(
            SPARQL_PREFIXES
            + "SELECT DISTINCT ?e WHERE { GRAPH ?ref { ?e a ?t } GRAPH ?src { ?src pko:mentions ?e } }",
            bindings={"ref": REFERENCE_GRAPH},
        ).rows
    }
    ref_only = ref_mentioned if wanted is None else wanted & ref_mentioned
    for graph, only in ((CONSOLIDATED_GRAPH, wanted), (REFERENCE_GRAPH, ref_only)):
        typed: dict[str, str] = {}
        for e, t in store.query("SELECT ?e ?t WHERE { GRAPH ?g { ?e a ?t } }", bindings={"g": graph}).rows:
            key, tname = str(e), types.get(str(t))
            if tname is None or (only is not None and key not in only):
                continue
            known = typed.get(key)
            if known is None or ENTITY_TYPES.index(tname) < ENTITY_TYPES.index(known):
                typed[key] = tname
        for e, label in store.query(
            SPARQL_PREFIXES + "SELECT ?e ?l WHERE { GRAPH ?g { ?e rdfs:label ?l } }", bindings={"g": graph}
        ).rows:
            key = str(e)
            if key in typed and key not in out:
                out[key] = EntityInfo(key, str(label), typed[key])
    for e, alt in store.query(
        SPARQL_PREFIXES + "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
    ).rows:
        info = out.get(str(e))
        if info is not None and str(alt) != info.label and str(alt) not in info.alt_labels:
            info.alt_labels.append(str(alt))
    for info in out.values():
        info.alt_labels.sort()
    return out


def read_facts(
    store: Store,
    predicates: Iterable[str] = PREDICATES,
    *,
    entities: dict[str, EntityInfo] | None = None,
    kept: frozenset[str] | None = None,
) -> list[Fact]:
    """Every relation triple sources state with one of ``predicates``, with its sources.

    One query per predicate (the predicate fixed: an index scan), no evidence text: that is
    read only for the edges a page or a file shows (``read_statements``).
    """
    facts: list[Fact] = []
    for pred in predicates:
        if pred not in PREDICATES:
            raise KgError(f"{pred}: unknown predicate; expected one of {', '.join(PREDICATES)}")
        grouped: dict[tuple[str, str], set[str]] = {}
        for s, o, src in store.query(
            SPARQL_PREFIXES
            + f"SELECT ?s ?o ?src WHERE {{ GRAPH ?src {{ ?st rdf:predicate pko:{pred} ; rdf:subject ?s ; "
            "rdf:object ?o } }"
        ).rows:
            key, source = (str(s), str(o)), str(src)
            if kept is not None and source not in kept:
                continue
            if entities is not None and (key[0] not in entities or key[1] not in entities):
                continue
            grouped.setdefault(key, set()).add(source)
        facts.extend(Fact(s, pred, o, frozenset(srcs)) for (s, o), srcs in grouped.items())
    facts.sort(key=lambda f: (f.subject, f.predicate, f.object))
    return facts


def read_statements(
    store: Store, subjects: Iterable[str], *, kept: frozenset[str] | None = None
) -> list[Statement]:
    """The statements (with evidence sentences) whose subject is one of ``subjects``."""
    rows: list[Any] = []
    for chunk in _chunks(sorted(set(subjects))):
        rows += store.query(
            SPARQL_PREFIXES
            + "SELECT ?s ?p ?o ?src ?ev WHERE { "
            + _iri_values("s", chunk)
            + " GRAPH ?src { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . "
            "OPTIONAL { ?st pko:evidence ?ev } } }"
        ).rows
    out = []
    for s, p, o, src, ev in rows:
        pred = local_name(str(p))
        if pred not in PREDICATES or (kept is not None and str(src) not in kept):
            continue
        out.append(Statement(str(s), pred, str(o), str(src), "" if ev is None else str(ev)))
    out.sort(key=lambda st: (st.subject, st.predicate, st.object, st.source, st.sentence))
    return out


def read_graph(
    store: Store, filters: Filters | None = None, *, predicates: Iterable[str] = PREDICATES
) -> GraphData:
    """Entities and the facts with ``predicates``, restricted to the sources the filters keep."""
    filters = filters or Filters()
    sources: dict[str, SourceMeta] = {}
    kept: frozenset[str] | None = None
    if filters.sources or filters.since or filters.until:
        every = read_sources(store)
        kept = frozenset(select_sources(every, filters))
        sources = {k: v for k, v in every.items() if k in kept}
        entities = read_entities(store, mentions(store, kept))
    else:
        entities = read_entities(store)
    facts = read_facts(store, predicates, entities=entities, kept=kept)
    return GraphData(sources, entities, facts, kept)


# ---------------------------------------------------------------------------- names
def short_iri(iri: str) -> str:
    """``https://w3id.org/policy-kg/id/country/PAK`` → ``pkr:country/PAK``; other IRIs unchanged."""
    from kg.ontology import RESOURCE_BASE

    return "pkr:" + iri[len(RESOURCE_BASE) :] if iri.startswith(RESOURCE_BASE) else iri
