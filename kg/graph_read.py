"""Reading the graph for views and profiles: sources, entities and evidence-bearing statements.

Everything is read with a few SPARQL queries over the union graph; constant IRIs are
prefixed names, data values are passed as bindings. The result, :class:`GraphData`, is
plain Python that the view builders (``kg.views``) turn into networkx graphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.errors import EntityNotFound, KgError
from kg.ontology import ENTITY_TYPES, PREDICATES, SPARQL_PREFIXES, local_name
from kg.store.base import Store

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
    (id, id prefix or location); ``since``/``until``: only sources dated in this range
    (ISO dates, inclusive; undated sources are left out when either is given);
    ``min_weight``: drop edges lighter than this, and nodes left without edges.
    """

    types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_weight: float = 0.0

    def __post_init__(self) -> None:
        bad = [t for t in self.types if t not in ENTITY_TYPES]
        if bad:
            raise KgError(f"--type {bad[0]}: unknown entity type; expected one of {', '.join(ENTITY_TYPES)}")


@dataclass
class GraphData:
    """Sources, entities and statements read from a store, already filtered by source."""

    sources: dict[str, SourceMeta]
    entities: dict[str, EntityInfo]
    statements: list[Statement]


def read_sources(store: Store) -> dict[str, SourceMeta]:
    rows = store.query(
        SPARQL_PREFIXES
        + "SELECT ?src ?id ?title ?date ?loc WHERE { GRAPH ?src { ?src a pko:Source ; pko:sourceId ?id . "
        "OPTIONAL { ?src dcterms:title ?title } OPTIONAL { ?src dcterms:date ?date } "
        "OPTIONAL { ?src pko:location ?loc } } }"
    ).rows
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
        picked: set[str] = set()
        for key in filters.sources:
            exact = [m.iri for m in sources.values() if key in (m.id, m.location, m.iri)]
            prefixed = [m.iri for m in sources.values() if len(key) >= 4 and m.id.startswith(key)]
            found = exact or prefixed
            if not found:
                raise KgError(f"--source {key}: no such source (see 'kg sources')")
            if len(found) > 1:
                raise KgError(f"--source {key}: matches {len(found)} sources; give more of the id")
            picked.update(found)
        chosen &= picked
    if filters.since or filters.until:
        lo = filters.since or "0000"
        hi = (filters.until or "9999") + "-12-31"[len(filters.until or "9999") - 4 :]
        chosen = {s for s in chosen if (d := sources[s].date) is not None and lo <= d <= hi}
    return chosen


def read_entities(store: Store, iris: Iterable[str] | None = None) -> dict[str, EntityInfo]:
    """Type (most specific of ENTITY_TYPES), label and alt labels of every typed entity."""
    rows = store.query(
        SPARQL_PREFIXES + "SELECT DISTINCT ?e ?type ?label WHERE { ?e a ?t . ?t rdfs:subClassOf* ?type . "
        f"VALUES ?type {{ {_TYPE_VALUES} }} ?e rdfs:label ?label }}"
    ).rows
    wanted = None if iris is None else set(iris)
    out: dict[str, EntityInfo] = {}
    for e, t, label in rows:
        key = str(e)
        if wanted is not None and key not in wanted:
            continue
        tname = local_name(str(t))
        known = out.get(key)
        if known is None:
            out[key] = EntityInfo(key, str(label), tname)
        elif ENTITY_TYPES.index(tname) < ENTITY_TYPES.index(known.type):
            known.type = tname  # Country before Organization … stable choice for odd data
    for e, alt in store.query(
        SPARQL_PREFIXES + "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
    ).rows:
        info = out.get(str(e))
        if info is not None and str(alt) != info.label:
            info.alt_labels.append(str(alt))
    for info in out.values():
        info.alt_labels.sort()
    return out


def read_graph(store: Store, filters: Filters | None = None) -> GraphData:
    """Everything the views need, restricted to the sources the filters keep."""
    filters = filters or Filters()
    sources = read_sources(store)
    keep = select_sources(sources, filters)
    mentions: dict[str, set[str]] = {}
    for src, e in store.query(
        SPARQL_PREFIXES + "SELECT ?src ?e WHERE { GRAPH ?src { ?src pko:mentions ?e } }"
    ).rows:
        if str(src) in keep:
            mentions.setdefault(str(e), set()).add(str(src))
    entities = read_entities(store, mentions)
    for iri, srcs in mentions.items():
        if iri in entities:
            entities[iri].sources = srcs
    statements = []
    rows = store.query(
        SPARQL_PREFIXES
        + "SELECT ?src ?s ?p ?o ?ev WHERE { GRAPH ?src { ?st rdf:subject ?s ; rdf:predicate ?p ; "
        "rdf:object ?o ; prov:wasDerivedFrom ?src . OPTIONAL { ?st pko:evidence ?ev } } }"
    ).rows
    for src, s, p, o, ev in rows:
        if str(src) not in keep or str(s) not in entities or str(o) not in entities:
            continue
        pred = local_name(str(p))
        if pred not in PREDICATES:
            continue
        statements.append(Statement(str(s), pred, str(o), str(src), "" if ev is None else str(ev)))
    statements.sort(key=lambda st: (st.subject, st.predicate, st.object, st.source, st.sentence))
    return GraphData({k: v for k, v in sources.items() if k in keep}, entities, statements)


# ---------------------------------------------------------------------------- name matching
def short_iri(iri: str) -> str:
    """``https://w3id.org/policy-kg/id/country/PAK`` → ``pkr:country/PAK``; other IRIs unchanged."""
    from kg.ontology import RESOURCE_BASE

    return "pkr:" + iri[len(RESOURCE_BASE) :] if iri.startswith(RESOURCE_BASE) else iri


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    type: str
    matched: str  # the label, alt label or acronym that matched


def _candidates(store: Store, needle: str, *, contains: bool) -> list[Candidate]:
    test = "CONTAINS(LCASE(STR(?name)), ?needle)" if contains else "LCASE(STR(?name)) = ?needle"
    rows = store.query(
        SPARQL_PREFIXES + "SELECT DISTINCT ?e ?label ?type ?name ?how WHERE { "
        "{ ?e rdfs:label ?name BIND(0 AS ?how) } UNION { ?e skos:altLabel ?name BIND(1 AS ?how) } "
        "UNION { ?e pko:acronym ?name BIND(1 AS ?how) } "
        f"FILTER({test}) ?e rdfs:label ?label ; a ?t . ?t rdfs:subClassOf* ?type . "
        f"VALUES ?type {{ {_TYPE_VALUES} }} }} LIMIT 500",
        bindings={"needle": Literal(needle.lower())},
    ).rows
    best: dict[str, tuple[int, Candidate]] = {}
    for e, label, t, name, how in rows:
        cand = Candidate(str(e), str(label), local_name(str(t)), str(name))
        rank = int(how.toPython()) if isinstance(how, Literal) else 1
        if str(e) not in best or rank < best[str(e)][0]:
            best[str(e)] = (rank, cand)
    ordered = sorted(best.values(), key=lambda rc: (rc[0], rc[1].label.lower(), rc[1].iri))
    # an exact label match beats alt-label matches
    if not contains and ordered and ordered[0][0] == 0:
        ordered = [rc for rc in ordered if rc[0] == 0]
    return [c for _, c in ordered]


def _describe(cands: list[Candidate], limit: int = 8) -> str:
    shown = "; ".join(f"{c.label} ({c.type}, {short_iri(c.iri)})" for c in cands[:limit])
    more = f"; and {len(cands) - limit} more" if len(cands) > limit else ""
    return shown + more


def find_entity(store: Store, name: str) -> Candidate:
    """The one entity whose label, alt label or acronym is ``name`` (case-insensitive).

    Raises EntityNotFound listing candidates when no entity or several match. An entity IRI
    is accepted as is.
    """
    text = name.strip()
    if text.startswith("pkr:"):
        from kg.ontology import RESOURCE_BASE

        text = RESOURCE_BASE + text[4:]
    if text.startswith(("http://", "https://")):
        rows = store.query(
            SPARQL_PREFIXES
            + "SELECT ?label ?type WHERE { ?e rdfs:label ?label ; a ?t . ?t rdfs:subClassOf* ?type . "
            + f"VALUES ?type {{ {_TYPE_VALUES} }} }}",
            bindings={"e": URIRef(text)},
        ).rows
        if rows:
            return Candidate(text, str(rows[0][0]), local_name(str(rows[0][1])), text)
        raise EntityNotFound(f"{text}: no entity with this IRI")
    exact = _candidates(store, text, contains=False) if text else []
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise EntityNotFound(
            f"{name!r} is ambiguous: matches {_describe(exact)}; give the full label or the IRI"
        )
    near = _candidates(store, text, contains=True) if len(text) >= 2 else []
    if near:
        raise EntityNotFound(f"{name!r}: no entity with this name; did you mean {_describe(near)}?")
    raise EntityNotFound(f"{name!r}: no entity with this name or alias (see 'kg views full')")
