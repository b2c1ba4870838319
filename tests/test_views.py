"""Relationship views, metrics, filters and output formats (kg.views, kg.metrics, kg views)."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
import view_stores as stores
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import EntityNotFound, KgError
from kg.graph_read import Filters
from kg.metrics import compute_metrics, pagerank
from kg.ontology import PKR
from kg.store import open_store
from kg.views import build_view

PAK, UNODC, AAMIR = str(PKR["country/PAK"]), str(PKR["org/unodc"]), str(PKR["person/aamir-khan"])
GCM = str(PKR["framework/gcm"])


@pytest.fixture(scope="module")
def example():
    store = open_store(str(stores.example_store_path()), read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("synthetic") / "store"))
    stores.write_documents(store, stores.hostile_docs())
    yield store
    store.close()


def _label(g, iri):
    return g.nodes[iri]["label"]


# ---------------------------------------------------------------------------- example article
def test_actors_view_links_pakistan_and_unodc_with_evidence(example):
    g = build_view(example, "actors", evidence=True)
    assert g.has_edge(PAK, UNODC, key="partnersWith")
    ev = g.edges[PAK, UNODC, "partnersWith"]["evidence"]
    assert any("UN Office on Drugs and Crime" in e["sentence"] for e in ev)
    assert ev[0]["title"].startswith("Pakistan urges")
    assert g.has_edge(AAMIR, PAK, key="represents")


def test_pakistan_is_the_most_central_actor(example):
    g = build_view(example, "actors")
    m = compute_metrics(g)
    top = max(m, key=lambda v: m[v].pagerank)
    assert _label(g, top) == "Pakistan"
    assert m[PAK].degree == max(x.degree for x in m.values())
    assert m[PAK].betweenness == max(x.betweenness for x in m.values())


def test_actors_share_commitments(example):
    g = build_view(example, "actors")
    edge = (
        g.edges[AAMIR, PAK, "coCommits"]
        if g.has_edge(AAMIR, PAK, "coCommits")
        else g.edges[PAK, AAMIR, "coCommits"]
    )
    assert "Global Compact for Safe, Orderly and Regular Migration" in edge["shared"]
    assert edge["weight"] == 1.0 and edge["symmetric"]


def test_commitments_view_holds_actor_to_plan_and_framework_edges(example):
    g = build_view(example, "commitments")
    facts = {(_label(g, u), k, _label(g, v)) for u, v, k in g.edges(keys=True)}
    assert ("Pakistan", "adopts", "Strategic National Action Plan (2021-2025)") in facts
    assert ("Pakistan", "supports", "Global Compact for Safe, Orderly and Regular Migration") in facts
    assert {d["type"] for _, d in g.nodes(data=True)} <= {
        "Country",
        "Organization",
        "Person",
        "Plan",
        "Framework",
    }
    assert all(d["weight"] == d["n_sources"] == 1 for *_, d in g.edges(data=True))


def test_issues_view_links_plans_to_issues_and_actors_behind_them(example):
    g = build_view(example, "issues")
    facts = {(_label(g, u), k, _label(g, v)) for u, v, k in g.edges(keys=True)}
    assert ("Strategic National Action Plan (2021-2025)", "addresses", "human trafficking") in facts
    assert ("Pakistan", "adopts", "Strategic National Action Plan (2021-2025)") in facts


def test_full_view_has_every_mentioned_entity(example):
    g = build_view(example, "full")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {
        "Pakistan",
        "Aamir Khan",
        "human trafficking",
        "United Nations Office on Drugs and Crime",
    } <= labels
    assert g.number_of_edges() >= 10


def test_ego_view_by_alias_any_case(example):
    g = build_view(example, "ego", focus="unodc", depth=1)
    assert set(g.nodes) == {UNODC, PAK}
    g2 = build_view(example, "ego", focus="UNODC", depth=2)
    assert AAMIR in g2 and len(g2) > len(g)


def test_path_explains_each_step_with_evidence(example):
    g = build_view(example, "path", start="Aamir Khan", end="UNODC")
    steps = g.graph["steps"]
    assert [(s["from"], s["predicate"], s["to"]) for s in steps] == [
        (AAMIR, "represents", PAK),
        (PAK, "partnersWith", UNODC),
    ]
    assert all(s["evidence"] and s["evidence"][0]["sentence"] for s in steps)


def test_path_keeps_to_the_filters(example):
    kept = build_view(example, "path", start="Aamir Khan", end="UNODC", filters=Filters(types=("Country",)))
    assert PAK in kept  # the ends always count, the Country between them is wanted
    with pytest.raises(KgError, match="no path between Aamir Khan and"):
        build_view(example, "path", start="Aamir Khan", end="UNODC", filters=Filters(types=("Person",)))
    with pytest.raises(KgError, match="no path between Aamir Khan and"):
        build_view(example, "path", start="Aamir Khan", end="UNODC", filters=Filters(min_weight=5))


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("Atlantis", "no entity with this name"), ("pak", "did you mean Pakistan (Country, pkr:country/PAK)")],
)
def test_unknown_names_are_clear_errors_listing_candidates(example, name, fragment):
    with pytest.raises(EntityNotFound, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        build_view(example, "ego", focus=name)


def test_an_entity_no_source_mentions_is_named_as_the_user_wrote_it(example):
    """France is reference data the example article never mentions: the error said
    'https://w3id.org/policy-kg/id/country/FRA: not in the selected sources' with no filter."""
    with pytest.raises(EntityNotFound) as caught:
        build_view(example, "path", start="Pakistan", end="France")
    assert str(caught.value) == "France: no source mentions it"
    with pytest.raises(EntityNotFound, match=r"^ghana: no source mentions it$"):
        build_view(example, "ego", focus="ghana")
    only = Filters(sources=(str(stores.EXAMPLE),))
    with pytest.raises(EntityNotFound, match=r"^France: none of the selected sources mentions it$"):
        build_view(example, "path", start="France", end="Pakistan", filters=only)
    result = CliRunner().invoke(
        cli, ["--store", str(stores.example_store_path()), "views", "path", "Ghana", "France"]
    )
    assert result.exit_code == 1 and result.output == "Error: Ghana: no source mentions it\n"


def test_no_path_says_selected_sources_only_when_sources_were_selected(example):
    with pytest.raises(KgError, match=r"^no path between Aamir Khan and .*Crime$"):
        build_view(example, "path", start="Aamir Khan", end="UNODC", filters=Filters(types=("Person",)))


def test_ambiguous_name_lists_candidates(tmp_path):
    # an organization with the same name as the country
    twin = stores.doc("twin.txt", "twin", "2024-01-01", [("Organization", "Freedonia"), ("Country", "X")], [])
    with open_store(str(tmp_path / "store")) as store:
        stores.write_documents(store, [*stores.hostile_docs(), twin])
        with pytest.raises(
            EntityNotFound, match=r"ambiguous: matches Freedonia \(Country.*Freedonia \(Organization"
        ):
            build_view(store, "ego", focus="freedonia")


def test_a_reference_acronym_beats_a_name_only_documents_gave(tmp_path):
    from rdflib import Literal
    from rdflib.namespace import SKOS

    from kg.entity_names import find_entity
    from kg.ingest import Ingestor
    from kg.ontology import CONSOLIDATED_GRAPH
    from kg.store.base import Change

    with open_store(str(tmp_path / "store")) as store:
        Ingestor(store)  # loads the reference graph
        store.apply(Change(insert=((PKR["org/unodc"], SKOS.altLabel, Literal("UN"), CONSOLIDATED_GRAPH),)))
        assert find_entity(store, "UN").iri == str(PKR["org/un"])
        assert find_entity(store, "unodc").iri == str(PKR["org/unodc"])


# ---------------------------------------------------------------------------- filters
def test_source_and_date_filters(synthetic):
    everything = build_view(synthetic, "full")
    plan = str(PKR["plan/freedonia-action-plan"])
    assert plan in everything
    early = build_view(synthetic, "full", filters=Filters(until="2023"))
    assert plan not in early and len(early) < len(everything)
    late = build_view(synthetic, "full", filters=Filters(since="2024-01"))
    assert plan in late and not any("Agent" in d["label"] for _, d in late.nodes(data=True))
    only = build_view(synthetic, "full", filters=Filters(sources=("plain.txt",)))
    assert set(only.nodes) == set(late.nodes)
    with pytest.raises(KgError, match="--source nope: no such source"):
        build_view(synthetic, "full", filters=Filters(sources=("nope",)))


def test_weight_counts_sources_and_min_weight_filters(synthetic):
    g = build_view(synthetic, "actors", evidence=True)
    partner = [d for u, v, k, d in g.edges(keys=True, data=True) if k == "partnersWith"]
    assert [d["n_sources"] for d in partner] == [2]
    assert len(partner[0]["evidence"]) == 2
    heavy = build_view(synthetic, "actors", filters=Filters(min_weight=2))
    # the cut is on the pair (partners in two sources, co-committed in one: 3), so it keeps both links
    assert len({frozenset((u, v)) for u, v in heavy.edges()}) == 1
    assert {k for *_, k in heavy.edges(keys=True)} == {"partnersWith", "coCommits"}
    assert heavy.number_of_nodes() == 2


def test_type_filter(synthetic):
    g = build_view(synthetic, "full", filters=Filters(types=("Country", "Plan")))
    assert {d["type"] for _, d in g.nodes(data=True)} == {"Country", "Plan"}
    with pytest.raises(KgError, match="unknown entity type"):
        Filters(types=("Nation",))


# ---------------------------------------------------------------------------- metrics
def test_pagerank_matches_networkx_reference():
    g = nx.karate_club_graph()
    ours = pagerank(g)
    ref = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(g, weight="weight", tol=1e-12)
    assert max(abs(ours[v] - ref[v]) for v in g) < 1e-6


def test_metrics_are_stable_and_costly_ones_can_be_skipped():
    g = nx.MultiDiGraph(nx.les_miserables_graph())
    a, b = compute_metrics(g), compute_metrics(g)
    assert a == b
    assert len({m.community for m in a.values()}) > 1
    fast = compute_metrics(g, costly=False)
    assert all(m.betweenness is None and m.community is None for m in fast.values())


# ---------------------------------------------------------------------------- CLI and formats
def _run(store_path, *args):
    result = CliRunner().invoke(cli, ["--store", str(store_path), *args])
    return result


def test_cli_table_lists_pakistan_first():
    r = _run(stores.example_store_path(), "views", "actors")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split()[:3] == ["label", "type", "degree"]
    assert lines[2].startswith("Pakistan ")


def test_cli_csv_and_json():
    r = _run(stores.example_store_path(), "views", "commitments", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert rows[0]["label"] == "Global Compact for Safe, Orderly and Regular Migration"
    assert {"iri", "pagerank", "community", "component"} <= set(rows[0])
    r = _run(stores.example_store_path(), "views", "path", "aamir khan", "UNODC", "--format", "json")
    doc = json.loads(r.output)
    assert doc["view"] == "path" and len(doc["steps"]) == 2
    assert doc["steps"][1]["evidence"][0]["sentence"].startswith("On its part, Pakistan")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_cli_graph_files_open_in_networkx(tmp_path, fmt):
    out = tmp_path / f"actors.{fmt}"
    r = _run(stores.example_store_path(), "views", "actors", "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r.output
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert "Pakistan" in labels
    pak = next(v for v, d in g.nodes(data=True) if d.get("label") == "Pakistan")
    assert float(g.nodes[pak]["pagerank"]) > 0.3


def test_cli_errors():
    r = _run(stores.example_store_path(), "views", "ego", "--focus", "Atlantis")
    assert r.exit_code == 1 and "Atlantis" in r.output
    r = _run(stores.example_store_path(), "views", "path", "Pakistan")
    assert r.exit_code == 2
    r = _run(stores.example_store_path(), "views", "full", "--since", "last year")
    assert r.exit_code == 2 and "--since" in r.output


def test_widely_backed_targets_make_no_co_commitment_clique(tmp_path, monkeypatch):
    import kg.views

    monkeypatch.setattr(kg.views, "CO_COMMIT_MAX_BACKERS", 2)
    names = ["Alpha", "Beta", "Gamma"]
    d = stores.doc(
        "many.txt",
        "many",
        "2024-01-01",
        [*(("Country", n) for n in names), ("Framework", "Everyone Compact"), ("Plan", "Pair Plan")],
        [
            *((n, "supports", "Everyone Compact", f"{n} supports the Everyone Compact.") for n in names),
            ("Alpha", "adopts", "Pair Plan", "Alpha adopts the Pair Plan."),
            ("Beta", "adopts", "Pair Plan", "Beta adopts the Pair Plan."),
        ],
    )
    with open_store(str(tmp_path / "store")) as store:
        stores.write_documents(store, [d])
        g = build_view(store, "actors")
    co = [
        (g.nodes[u]["label"], g.nodes[v]["label"], x["shared"])
        for u, v, k, x in g.edges(keys=True, data=True)
    ]
    assert co == [("Alpha", "Beta", ["Pair Plan"])]
    assert g.graph["co_commit_skipped"] == ["Everyone Compact"]


def test_views_read_evidence_only_when_asked(example):
    from kg.views import add_evidence

    g = build_view(example, "actors")
    assert all("evidence" not in d for *_, d in g.edges(data=True))
    assert g.edges[PAK, UNODC, "partnersWith"]["n_sources"] == 1
    # evidence for part of a view: the edges of a subgraph, and the sources of its nodes
    add_evidence(example, g.subgraph([PAK, UNODC]))
    ev = g.edges[PAK, UNODC, "partnersWith"]["evidence"]
    assert any("UN Office on Drugs and Crime" in e["sentence"] for e in ev)
    assert "evidence" not in g.edges[AAMIR, PAK, "represents"]
    assert g.nodes[PAK]["sources"] and "sources" not in g.nodes[AAMIR]


def test_co_commitment_evidence_quotes_both_actors(example):
    g = build_view(example, "actors", evidence=True)
    edge = (
        g.edges[AAMIR, PAK, "coCommits"]
        if g.has_edge(AAMIR, PAK, "coCommits")
        else g.edges[PAK, AAMIR, "coCommits"]
    )
    facts = [e["fact"] for e in edge["evidence"]]
    assert any(f.startswith("Pakistan supports Global Compact") for f in facts), facts
    assert any(f.startswith("Aamir Khan") for f in facts), facts


def test_evidence_comes_only_from_the_selected_sources(synthetic):
    g = build_view(synthetic, "actors", filters=Filters(sources=("plain.txt",)), evidence=True)
    partner = [d for *_, k, d in g.edges(keys=True, data=True) if k == "partnersWith"]
    assert [d["n_sources"] for d in partner] == [1]
    assert [e["sentence"] for e in partner[0]["evidence"]] == [
        "Freedonia partners again with the organization."
    ]
    assert all(d["sources"] == [next(iter(g.graph["source_meta"]))] for _, d in g.nodes(data=True))


def _multi(edges, nodes=()):
    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes)
    for u, v, k, w in edges:
        g.add_edge(u, v, key=k, weight=w)
    return g


def test_min_weight_cuts_on_the_summed_pair_weight_and_drops_what_it_leaves_alone():
    """Two parallel links of weight 1 make a pair of weight 2, as the metrics count it; a pair
    below the cut goes, and so does every node left without a link (isolated ones too)."""
    from kg.views import apply_filters

    g = _multi(
        [("a", "b", "partnersWith", 1.0), ("b", "a", "coCommits", 1.0), ("a", "c", "supports", 1.0)],
        nodes=["lonely"],
    )
    kept = apply_filters(g, Filters(min_weight=2))
    assert set(kept.edges(keys=True)) == {("a", "b", "partnersWith"), ("b", "a", "coCommits")}
    assert set(kept.nodes) == {"a", "b"}
    focus = apply_filters(
        _multi([("a", "c", "supports", 1.0)], nodes=["f"]), Filters(min_weight=2), keep=["f"]
    )
    assert set(focus.nodes) == {"f"}, "a protected node (the ego view's centre) stays"


@pytest.mark.parametrize("command", [["views", "actors"], ["viz", "--view", "actors"]])
@pytest.mark.parametrize(
    ("option", "value"),
    [("--since", "2024-13"), ("--since", "2024-02-30"), ("--until", "2023-00"), ("--until", "0000")],
)
def test_cli_dates_that_do_not_exist_are_usage_errors(tmp_path, command, option, value):
    """--since 2024-13 was accepted (an empty view, exit 0) where kg add --date refuses 2023-13-01."""
    r = _run(stores.example_store_path(), *command, option, value, "-o", str(tmp_path / "out.html"))
    assert r.exit_code == 2, r.output
    error = [line for line in r.output.splitlines() if line.startswith("Error:")]
    assert error == [
        f"Error: Invalid value for '{option}': {value!r} is not a date like 2024, 2024-05 or 2024-05-31"
    ]
    assert not (tmp_path / "out.html").exists()


def test_filters_refuse_dates_that_do_not_exist():
    with pytest.raises(KgError, match=r"--since '2024-02-30': not a date"):
        Filters(since="2024-02-30")
    assert Filters(since="2024-02", until="2024-02-29").until == "2024-02-29"
