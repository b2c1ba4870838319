"""Relationship views: functions from a store to a networkx graph, read with SPARQL.

Every view is an ``nx.MultiDiGraph`` whose nodes are entity IRIs with ``label``, ``type``,
``alt_labels`` and ``sources`` attributes, and whose edges are keyed by predicate with
``predicate``, ``weight``, ``n_sources``, ``symmetric`` and ``evidence`` (a list of dicts:
fact, sentence, source, title, date). Rendering (tables, files, pages) is a separate step.

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

from kg.errors import EntityNotFound, KgError
from kg.graph_read import Filters, GraphData, Statement, find_entity, read_graph
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
    g.add_node(
        iri,
        label=e.label,
        type=e.type,
        alt_labels=list(e.alt_labels),
        sources=sorted(data.sources[s].id for s in e.sources if s in data.sources),
    )


def _new(data: GraphData, view: str) -> nx.MultiDiGraph:
    """An empty view graph that knows the titles and dates of its sources (``source_meta``)."""
    meta = {m.id: [m.display, m.date] for m in data.sources.values()}
    return nx.MultiDiGraph(view=view, source_meta=meta)


def _evidence(data: GraphData, st: Statement) -> dict[str, Any]:
    src = data.sources.get(st.source)
    ents = data.entities
    return {
        "fact": f"{ents[st.subject].label} {st.predicate} {ents[st.object].label}",
        "sentence": st.sentence,
        "source": src.id if src else st.source,
        "title": src.display if src else None,
        "date": src.date if src else None,
    }


def _grouped(statements: Iterable[Statement]) -> dict[tuple[str, str, str], list[Statement]]:
    groups: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for st in statements:
        s, o = st.subject, st.object
        if st.predicate in SYMMETRIC and o < s:
            s, o = o, s
        groups[(s, st.predicate, o)].append(st)
    return groups


def _add_relations(g: nx.MultiDiGraph, data: GraphData, statements: Iterable[Statement]) -> None:
    """One edge per (subject, predicate, object), weight = number of sources that state it."""
    for (s, p, o), sts in _grouped(statements).items():
        _add_node(g, data, s)
        _add_node(g, data, o)
        n_src = len({st.source for st in sts})
        g.add_edge(
            s,
            o,
            key=p,
            predicate=p,
            weight=float(n_src),
            n_sources=n_src,
            symmetric=p in SYMMETRIC,
            evidence=[_evidence(data, st) for st in sts],
        )


def _typed(data: GraphData, iri: str, types: tuple[str, ...]) -> bool:
    return data.entities[iri].type in types


# ---------------------------------------------------------------------------- the views
def build_actors(data: GraphData) -> nx.MultiDiGraph:
    """Actor–actor network: direct links plus co-commitment edges.

    Two actors that adopt, implement or support the same plan or framework get one
    ``coCommits`` edge whose ``shared`` lists those targets and whose weight sums, over
    them, the number of sources behind the weaker of the two commitments. Targets backed by
    more than ``CO_COMMIT_MAX_BACKERS`` actors are left out of co-commitment edges.
    """
    g = _new(data, "actors")
    for iri, e in data.entities.items():
        if e.type in ACTORS:
            _add_node(g, data, iri)
    direct = [
        st
        for st in data.statements
        if st.predicate in ACTOR_LINKS
        and _typed(data, st.subject, ACTORS)
        and _typed(data, st.object, ACTORS)
    ]
    _add_relations(g, data, direct)
    backers: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for st in data.statements:
        if (
            st.predicate in CO_COMMIT_PREDICATES
            and _typed(data, st.subject, ACTORS)
            and _typed(data, st.object, COMMITMENT_TARGETS)
        ):
            backers[st.object][st.subject].append(st)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    skipped = sorted(data.entities[t].label for t, by in backers.items() if len(by) > CO_COMMIT_MAX_BACKERS)
    g.graph["co_commit_skipped"] = skipped
    for target, by_actor in backers.items():
        if len(by_actor) > CO_COMMIT_MAX_BACKERS:
            continue
        for a, b in combinations(sorted(by_actor), 2):
            pairs[(a, b)].append(target)
    for (a, b), targets in sorted(pairs.items()):
        weight = 0
        evidence = []
        for t in targets:
            sa, sb = backers[t][a], backers[t][b]
            weight += min(len({s.source for s in sa}), len({s.source for s in sb}))
            evidence.append(_evidence(data, sa[0]))
            evidence.append(_evidence(data, sb[0]))
        srcs = {s.source for t in targets for s in (*backers[t][a], *backers[t][b])}
        g.add_edge(
            a,
            b,
            key=CO_COMMITS,
            predicate=CO_COMMITS,
            weight=float(weight),
            n_sources=len(srcs),
            symmetric=True,
            shared=[data.entities[t].label for t in targets],
            evidence=evidence,
        )
    return g


def build_commitments(data: GraphData) -> nx.MultiDiGraph:
    """Actors → plans and frameworks (adopts, implements, supports, callsFor)."""
    g = _new(data, "commitments")
    _add_relations(
        g,
        data,
        (
            st
            for st in data.statements
            if st.predicate in COMMITMENT_PREDICATES
            and _typed(data, st.subject, ACTORS)
            and _typed(data, st.object, COMMITMENT_TARGETS)
        ),
    )
    return g


def build_issues(data: GraphData) -> nx.MultiDiGraph:
    """Plans, frameworks and events → issues they address, with the actors behind them."""
    g = _new(data, "issues")
    addresses = [
        st for st in data.statements if st.predicate == "addresses" and _typed(data, st.object, ("Issue",))
    ]
    _add_relations(g, data, addresses)
    instruments = {st.subject for st in addresses}
    _add_relations(
        g,
        data,
        (
            st
            for st in data.statements
            if st.predicate in COMMITMENT_PREDICATES
            and _typed(data, st.subject, ACTORS)
            and (st.object in instruments or _typed(data, st.object, ("Issue",)))
        ),
    )
    return g


def build_full(data: GraphData) -> nx.MultiDiGraph:
    """Every entity the (selected) sources mention and every relation between them."""
    g = _new(data, "full")
    for iri in sorted(data.entities):
        if data.entities[iri].sources:
            _add_node(g, data, iri)
    _add_relations(g, data, data.statements)
    return g


def build_ego(data: GraphData, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """Everything within ``depth`` hops of ``focus`` (an IRI) in the full view."""
    if depth < 0:
        raise KgError(f"--depth {depth}: must be 0 or more")
    full = build_full(data)
    if focus not in full:
        raise EntityNotFound(
            f"{data.entities[focus].label if focus in data.entities else focus}: not in the selected sources"
        )
    near = nx.single_source_shortest_path_length(full.to_undirected(as_view=True), focus, cutoff=depth)
    g = nx.MultiDiGraph(full.subgraph(near))
    g.graph.update(view="ego", focus=focus, depth=depth)
    return g


def build_path(data: GraphData, start: str, end: str) -> nx.MultiDiGraph:
    """The shortest chain of relations from ``start`` to ``end`` (IRIs), ignoring direction.

    The graph's ``steps`` attribute lists the chain in order: dicts with from, predicate,
    to, forward (False when the relation points back) and evidence.
    """
    full = build_full(data)
    for iri in (start, end):
        if iri not in full:
            raise EntityNotFound(
                f"{data.entities[iri].label if iri in data.entities else iri}: not in the selected sources"
            )
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
            f"no path between {full.nodes[start]['label']} and {full.nodes[end]['label']}"
            " in the selected sources"
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
        steps.append({"from": a, "predicate": k, "to": b, "forward": u == a, "evidence": attrs["evidence"]})
    if len(nodes) == 1:
        g.add_node(start, **full.nodes[start])
    g.graph["steps"] = steps
    return g


# ---------------------------------------------------------------------------- filters and entry point
def apply_filters(g: nx.MultiDiGraph, filters: Filters, *, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """--type and --min-weight, applied in place to a built view; ``keep`` nodes always stay."""
    protected = set(keep)
    if filters.types:
        g.remove_nodes_from(
            [v for v, t in g.nodes(data="type") if t not in filters.types and v not in protected]
        )
    if filters.min_weight:
        had_edges = {v for v in g if g.degree(v)}
        g.remove_edges_from(
            [(u, v, k) for u, v, k, w in g.edges(keys=True, data="weight") if w < filters.min_weight]
        )
        g.remove_nodes_from([v for v in had_edges if not g.degree(v) and v not in protected])
    return g


VIEWS: dict[str, Callable[..., nx.MultiDiGraph]] = {
    "actors": build_actors,
    "commitments": build_commitments,
    "issues": build_issues,
    "full": build_full,
    "ego": build_ego,
    "path": build_path,
}


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
) -> nx.MultiDiGraph:
    """Build one view from the store. Entity names (focus, start, end) are matched with
    ``kg.graph_read.find_entity``; unknown or ambiguous names raise EntityNotFound."""
    if view not in VIEWS:
        raise KgError(f"{view}: unknown view; expected one of {', '.join(VIEWS)}")
    filters = filters or Filters()
    data = data or read_graph(store, filters)
    if view == "ego":
        if not focus:
            raise KgError("the ego view needs --focus ENTITY")
        iri = find_entity(store, focus).iri
        return apply_filters(build_ego(data, iri, depth), filters, keep=[iri])
    if view == "path":
        if not (start and end):
            raise KgError("the path view needs two entities: kg views path A B")
        a, b = find_entity(store, start).iri, find_entity(store, end).iri
        return build_path(data, a, b)
    return apply_filters(VIEWS[view](data), filters)


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
