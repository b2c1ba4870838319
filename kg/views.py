"""Relationship views: functions from a store to a networkx graph, read with SPARQL.

Every view is an ``nx.MultiDiGraph`` whose nodes are entity IRIs with ``label``, ``type``
and ``alt_labels`` attributes, and whose edges are keyed by predicate with ``predicate``,
``weight``, ``n_sources`` and ``symmetric``. Reading is lean: a view reads the relation
triples it needs with the sources behind each, never the evidence text; ``add_evidence``
(or ``build_view(..., evidence=True)``) then adds ``evidence`` to edges (a list of dicts:
fact, sentence, source, title, date) and ``sources`` to nodes, for a whole view or only the
part a page shows. Rendering (tables, files, pages) is a separate step.

Views: ``actors``, ``commitments``, ``issues``, ``full``, ``ego`` (``focus``, ``depth``)
and ``path`` (``start``, ``end``).

Example
-------
>>> from kg.store import open_store  # doctest: +SKIP
>>> g = actors_view(open_store(".kg"))  # doctest: +SKIP
>>> g.has_edge(PKR["country/PAK"], PKR["org/unodc"])  # doctest: +SKIP
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations, pairwise
from typing import Any

import networkx as nx

from kg.entity_names import find_entity
from kg.errors import EntityNotFound, KgError
from kg.graph_read import (
    Fact,
    Filters,
    GraphData,
    Statement,
    mentions,
    read_graph,
    read_sources,
    read_statements,
    short_iri,
)
from kg.ontology import PREDICATES
from kg.store.base import Store

ACTORS = ("Country", "Organization", "Person")
COMMITMENT_TARGETS = ("Plan", "Framework")
COMMITMENT_PREDICATES = ("adopts", "implements", "supports", "callsFor")
CO_COMMIT_PREDICATES = ("adopts", "implements", "supports")
ACTOR_LINKS = ("partnersWith", "represents", "memberOf")
SYMMETRIC = ("partnersWith", "coCommits")
#: the edge key/predicate of derived co-commitment edges in the actors view
CO_COMMITS = "coCommits"
#: a plan or framework backed by more actors than this (the SDGs, say) makes no co-commitment
#: edges: a clique of everyone says nothing and grows quadratically; listed in
#: ``g.graph["co_commit_skipped"]``
CO_COMMIT_MAX_BACKERS = 50


def _add_node(g: nx.MultiDiGraph, data: GraphData, iri: str) -> None:
    if iri in g:
        return
    e = data.entities[iri]
    g.add_node(iri, label=e.label, type=e.type, alt_labels=list(e.alt_labels))


def _new(data: GraphData, view: str) -> nx.MultiDiGraph:
    """An empty view graph that knows its source filter (``kept``) and the titles and dates of
    the sources read so far (``source_meta``: id → [title, date])."""
    meta = {m.id: [m.display, m.date] for m in data.sources.values()}
    return nx.MultiDiGraph(view=view, source_meta=meta, kept=data.kept)


def _grouped(facts: Iterable[Fact]) -> dict[tuple[str, str, str], set[str]]:
    """Sources per (subject, predicate, object); symmetric relations counted in both directions."""
    groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for f in facts:
        s, o = f.subject, f.object
        if f.predicate in SYMMETRIC and o < s:
            s, o = o, s
        groups[(s, f.predicate, o)] |= f.sources
    return groups


def _add_relations(g: nx.MultiDiGraph, data: GraphData, facts: Iterable[Fact]) -> None:
    """One edge per (subject, predicate, object), weight = number of sources that state it."""
    for (s, p, o), srcs in sorted(_grouped(facts).items()):
        _add_node(g, data, s)
        _add_node(g, data, o)
        g.add_edge(
            s, o, key=p, predicate=p, weight=float(len(srcs)), n_sources=len(srcs), symmetric=p in SYMMETRIC
        )


def _typed(data: GraphData, iri: str, types: tuple[str, ...]) -> bool:
    return data.entities[iri].type in types


# ---------------------------------------------------------------------------- the views
def build_actors(data: GraphData) -> nx.MultiDiGraph:
    """Actor–actor network: direct links plus co-commitment edges.

    Two actors that adopt, implement or support the same plan or framework get one
    ``coCommits`` edge whose ``shared`` lists those targets (``shared_iris`` their IRIs) and
    whose weight sums, over them, the number of sources behind the weaker of the two
    commitments. Targets backed by more than ``CO_COMMIT_MAX_BACKERS`` actors are left out of
    co-commitment edges.
    """
    g = _new(data, "actors")
    for iri, e in sorted(data.entities.items()):
        if e.type in ACTORS:
            _add_node(g, data, iri)
    direct = [
        f
        for f in data.facts
        if f.predicate in ACTOR_LINKS and _typed(data, f.subject, ACTORS) and _typed(data, f.object, ACTORS)
    ]
    _add_relations(g, data, direct)
    backers: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in data.facts:
        if (
            f.predicate in CO_COMMIT_PREDICATES
            and _typed(data, f.subject, ACTORS)
            and _typed(data, f.object, COMMITMENT_TARGETS)
        ):
            backers[f.object][f.subject] |= f.sources
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    skipped = sorted(data.entities[t].label for t, by in backers.items() if len(by) > CO_COMMIT_MAX_BACKERS)
    g.graph["co_commit_skipped"] = skipped
    for target in sorted(backers):
        by_actor = backers[target]
        if len(by_actor) > CO_COMMIT_MAX_BACKERS:
            continue
        for a, b in combinations(sorted(by_actor), 2):
            pairs[(a, b)].append(target)
    for (a, b), targets in sorted(pairs.items()):
        weight = 0
        srcs: set[str] = set()
        for t in targets:
            sa, sb = backers[t][a], backers[t][b]
            weight += min(len(sa), len(sb))
            srcs |= sa | sb
        g.add_edge(
            a,
            b,
            key=CO_COMMITS,
            predicate=CO_COMMITS,
            weight=float(weight),
            n_sources=len(srcs),
            symmetric=True,
            shared=[data.entities[t].label for t in targets],
            shared_iris=list(targets),
        )
    return g


def build_commitments(data: GraphData) -> nx.MultiDiGraph:
    """Actors → plans and frameworks (adopts, implements, supports, callsFor)."""
    g = _new(data, "commitments")
    _add_relations(
        g,
        data,
        (
            f
            for f in data.facts
            if f.predicate in COMMITMENT_PREDICATES
            and _typed(data, f.subject, ACTORS)
            and _typed(data, f.object, COMMITMENT_TARGETS)
        ),
    )
    return g


def build_issues(data: GraphData) -> nx.MultiDiGraph:
    """Plans, frameworks and events → issues they address, with the actors behind them."""
    g = _new(data, "issues")
    addresses = [f for f in data.facts if f.predicate == "addresses" and _typed(data, f.object, ("Issue",))]
    _add_relations(g, data, addresses)
    instruments = {f.subject for f in addresses}
    _add_relations(
        g,
        data,
        (
            f
            for f in data.facts
            if f.predicate in COMMITMENT_PREDICATES
            and _typed(data, f.subject, ACTORS)
            and (f.object in instruments or _typed(data, f.object, ("Issue",)))
        ),
    )
    return g


def build_full(data: GraphData) -> nx.MultiDiGraph:
    """Every entity the (selected) sources mention and every relation between them."""
    g = _new(data, "full")
    for iri in sorted(data.entities):
        _add_node(g, data, iri)
    _add_relations(g, data, data.facts)
    return g


def _unmentioned(data: GraphData, iri: str, words: str | None) -> EntityNotFound:
    """An entity known to the store (reference data) that no source read here mentions,
    named as the user wrote it; "selected sources" only when sources were filtered."""
    who = words or (data.entities[iri].label if iri in data.entities else short_iri(iri))
    if data.kept is None:
        return EntityNotFound(f"{who}: no source mentions it")
    return EntityNotFound(f"{who}: none of the selected sources mentions it")


def _in_sources(data: GraphData) -> str:
    return "" if data.kept is None else " in the selected sources"


def build_ego(data: GraphData, focus: str, depth: int = 1, *, name: str | None = None) -> nx.MultiDiGraph:
    """Everything within ``depth`` hops of ``focus`` (an IRI) in the full view; ``name`` is
    how the user named it, for messages."""
    if depth < 0:
        raise KgError(f"--depth {depth}: must be 0 or more")
    full = build_full(data)
    if focus not in full:
        raise _unmentioned(data, focus, name)
    near = nx.single_source_shortest_path_length(full.to_undirected(as_view=True), focus, cutoff=depth)
    g = nx.MultiDiGraph(full.subgraph(near))
    g.graph.update(view="ego", focus=focus, depth=depth)
    return g


def build_path(
    data: GraphData,
    start: str,
    end: str,
    filters: Filters | None = None,
    *,
    names: tuple[str, str] | None = None,
) -> nx.MultiDiGraph:
    """The shortest chain of relations from ``start`` to ``end`` (IRIs), ignoring direction;
    ``names`` is how the user named the two, for messages.

    With ``filters``, the chain runs only through nodes of the wanted types and edges of
    pairs of at least the wanted summed weight (the two ends always count). The graph's ``steps`` attribute
    lists the chain in order: dicts with from, predicate, to, forward (False when the
    relation points back) and evidence.
    """
    full = build_full(data)
    if filters is not None:
        full = apply_filters(full, filters, keep=[iri for iri in (start, end) if iri in full])
    for iri, words in zip((start, end), names or (None, None), strict=True):
        if iri not in full:
            raise _unmentioned(data, iri, words)
    if start == end:  # a chain of no steps would print an empty table and exit 0
        raise KgError(f"{full.nodes[start]['label']}: both ends of the path are this one entity")
    und = nx.Graph()
    und.add_nodes_from(full.nodes)
    for u, v, k, w in full.edges(keys=True, data="weight"):
        # prefer well-attested links among equally short paths
        cost = 1.0 + 1.0 / (1.0 + float(w))
        if not und.has_edge(u, v) or und[u][v]["cost"] > cost:
            und.add_edge(u, v, cost=cost, edge=(u, v, k))
    try:
        nodes = nx.shortest_path(und, start, end, weight="cost")
    except nx.NetworkXNoPath as err:
        raise KgError(
            f"no path between {full.nodes[start]['label']} and {full.nodes[end]['label']}{_in_sources(data)}"
        ) from err
    g = _new(data, "path")
    g.graph.update(start=start, end=end)
    steps = []
    for a, b in pairwise(nodes):
        u, v, k = und[a][b]["edge"]
        g.add_node(u, **full.nodes[u])
        g.add_node(v, **full.nodes[v])
        attrs = full.edges[u, v, k]
        g.add_edge(u, v, key=k, **attrs)
        steps.append(
            {"from": a, "predicate": k, "to": b, "forward": u == a, "evidence": attrs.get("evidence", [])}
        )
    if len(nodes) == 1:
        g.add_node(start, **full.nodes[start])
    g.graph["steps"] = steps
    return g


# ---------------------------------------------------------------------------- filters and entry point
def apply_filters(g: nx.MultiDiGraph, filters: Filters, *, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """--type and --min-weight, applied in place to a built view; ``keep`` nodes always stay.

    --min-weight cuts pairs, not single edges: a pair's weight is the sum over its parallel
    edges, either way round (the weight the metrics and ``weighted_degree`` count), so two
    links stated once each are a pair of weight 2. A node with no link left after the cut
    goes, also one that had none: below any weight, it has nothing that passes.
    """
    protected = set(keep)
    if filters.types:
        g.remove_nodes_from(
            [v for v, t in g.nodes(data="type") if t not in filters.types and v not in protected]
        )
    if filters.min_weight:
        pair_weight: dict[frozenset[str], float] = defaultdict(float)
        for u, v, w in g.edges(data="weight", default=1.0):
            pair_weight[frozenset((u, v))] += float(w)
        g.remove_edges_from(
            [
                (u, v, k)
                for u, v, k in g.edges(keys=True)
                if pair_weight[frozenset((u, v))] < filters.min_weight
            ]
        )
        g.remove_nodes_from([v for v in list(g) if not g.degree(v) and v not in protected])
    return g


VIEWS: dict[str, Callable[..., nx.MultiDiGraph]] = {
    "actors": build_actors,
    "commitments": build_commitments,
    "issues": build_issues,
    "full": build_full,
    "ego": build_ego,
    "path": build_path,
}

#: the relations each view reads (the others are never scanned)
VIEW_PREDICATES: dict[str, tuple[str, ...]] = {
    "actors": tuple(dict.fromkeys(ACTOR_LINKS + CO_COMMIT_PREDICATES)),
    "commitments": COMMITMENT_PREDICATES,
    "issues": ("addresses", *COMMITMENT_PREDICATES),
    "full": PREDICATES,
    "ego": PREDICATES,
    "path": PREDICATES,
}


# ---------------------------------------------------------------------------- evidence, on demand
def _statement_keys(u: str, v: str, k: str, d: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The (subject, predicate, object) statements behind one edge."""
    if k == CO_COMMITS:
        return [(x, p, t) for t in d.get("shared_iris", []) for x in (u, v) for p in CO_COMMIT_PREDICATES]
    keys = [(u, k, v)]
    if d.get("symmetric"):
        keys.append((v, k, u))
    return keys


def add_evidence(store: Store, g: nx.MultiDiGraph, *, nodes: bool = True) -> nx.MultiDiGraph:
    """Read what the sources say about a built view, in place: ``evidence`` on every edge
    that has none (dicts: fact, sentence, source, title, date) and, with ``nodes``, the
    ``sources`` (ids) that mention each node. Only the statements behind these edges are
    read, from the sources the view was built from; pass a subgraph (``g.subgraph(...)``)
    to read evidence for part of a view. The path view's steps get their evidence too."""
    kept: frozenset[str] | None = g.graph.get("kept")
    todo = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if "evidence" not in d]
    wanted = {key for u, v, k, d in todo for key in _statement_keys(u, v, k, d)}
    by_key: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    if wanted:
        for st in read_statements(store, {s for s, _, _ in wanted}, kept=kept):
            key = (st.subject, st.predicate, st.object)
            if key in wanted:
                by_key[key].append(st)
    node_sources: dict[str, set[str]] = {}
    need_nodes = [v for v, d in g.nodes(data=True) if "sources" not in d] if nodes else []
    if need_nodes:
        node_sources = mentions(store, kept, need_nodes)
    used = {st.source for sts in by_key.values() for st in sts}
    used |= {s for srcs in node_sources.values() for s in srcs}
    meta = read_sources(store, used) if used else {}
    g.graph.setdefault("source_meta", {}).update({m.id: [m.display, m.date] for m in meta.values()})
    labels = {v: str(lab) for v, lab in g.nodes(data="label")}

    def evidence(st: Statement, label: dict[str, str]) -> dict[str, Any]:
        src = meta.get(st.source)
        return {
            "fact": f"{label.get(st.subject, st.subject)} {st.predicate} {label.get(st.object, st.object)}",
            "sentence": st.sentence,
            "source": src.id if src else st.source,
            "title": src.display if src else None,
            "date": src.date if src else None,
        }

    for u, v, k, d in todo:
        if k == CO_COMMITS:
            names = {**labels, **dict(zip(d.get("shared_iris", []), d.get("shared", []), strict=False))}
            ev = []
            for t in d.get("shared_iris", []):
                for x in (u, v):
                    sts = [st for p in CO_COMMIT_PREDICATES for st in by_key.get((x, p, t), [])]
                    if sts:
                        ev.append(
                            evidence(min(sts, key=lambda st: (st.predicate, st.source, st.sentence)), names)
                        )
        else:
            sts = sorted(
                (st for key in _statement_keys(u, v, k, d) for st in by_key.get(key, [])),
                key=lambda st: (st.subject, st.predicate, st.object, st.source, st.sentence),
            )
            ev = [evidence(st, labels) for st in sts]
        d["evidence"] = ev
    for v in need_nodes:
        g.nodes[v]["sources"] = sorted(meta[s].id for s in node_sources.get(v, ()) if s in meta)
    for step in g.graph.get("steps", []):
        u, v = (step["from"], step["to"]) if step["forward"] else (step["to"], step["from"])
        step["evidence"] = g.edges[u, v, step["predicate"]].get("evidence", [])
    return g


def build_view(
    store: Store,
    view: str = "full",
    *,
    filters: Filters | None = None,
    focus: str | None = None,
    depth: int = 1,
    start: str | None = None,
    end: str | None = None,
    data: GraphData | None = None,
    evidence: bool = False,
) -> nx.MultiDiGraph:
    """Build one view from the store. Entity names (focus, start, end) are matched with
    ``kg.entity_names.find_entity``; unknown or ambiguous names raise EntityNotFound.

    Edges carry weights and source counts; the evidence sentences (and the sources that
    mention each node) are read only with ``evidence=True`` or later by ``add_evidence``
    (always for the small ego and path views)."""
    if view not in VIEWS:
        raise KgError(f"{view}: unknown view; expected one of {', '.join(VIEWS)}")
    filters = filters or Filters()
    data = data or read_graph(store, filters, predicates=VIEW_PREDICATES[view])
    if view == "ego":
        if not focus:
            raise KgError("the ego view needs --focus ENTITY")
        iri = find_entity(store, focus).iri
        ego = build_ego(data, iri, depth, name=focus)
        return add_evidence(store, apply_filters(ego, filters, keep=[iri]))
    if view == "path":
        if not (start and end):
            raise KgError("the path view needs two entities: kg views path A B")
        a, b = find_entity(store, start).iri, find_entity(store, end).iri
        return add_evidence(store, build_path(data, a, b, filters, names=(start, end)))
    g = apply_filters(VIEWS[view](data), filters)
    return add_evidence(store, g) if evidence else g


def actors_view(store: Store, filters: Filters | None = None) -> nx.MultiDiGraph:
    return build_view(store, "actors", filters=filters)


def commitments_view(store: Store, filters: Filters | None = None) -> nx.MultiDiGraph:
    return build_view(store, "commitments", filters=filters)


def issues_view(store: Store, filters: Filters | None = None) -> nx.MultiDiGraph:
    return build_view(store, "issues", filters=filters)


def full_view(store: Store, filters: Filters | None = None) -> nx.MultiDiGraph:
    return build_view(store, "full", filters=filters)


def ego_view(store: Store, focus: str, depth: int = 1, filters: Filters | None = None) -> nx.MultiDiGraph:
    return build_view(store, "ego", focus=focus, depth=depth, filters=filters)


def path_view(store: Store, start: str, end: str, filters: Filters | None = None) -> nx.MultiDiGraph:
    return build_view(store, "path", start=start, end=end, filters=filters)
