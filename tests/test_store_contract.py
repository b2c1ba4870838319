"""One contract, every backend: the embedded store, Oxigraph server and Virtuoso behave the same
through the Store interface (add, re-add, replace, remove, query in every format, export)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.namespace import RDFS, XSD
from servers import oxigraph_server, virtuoso_server  # noqa: F401 - session fixtures

from kg.errors import QueryError, StoreError
from kg.store.base import Change, GraphText, Store
from kg.store.terms import nt

EX = "http://example.org/"
G1 = URIRef(EX + "source/1")
G2 = URIRef(EX + "source/2")
PAKISTAN = URIRef(EX + "Pakistan")
PLAN = URIRef(EX + "SNAP-2021-2025")
UNODC = URIRef(EX + "UNODC")
ADOPTS = URIRef(EX + "adopts")
PARTNERS = URIRef(EX + "partnersWith")

#: literals that break naive escaping
TRICKY = (
    Literal('Strategic "National" Action Plan'),
    Literal("line one\nline two\r\n\ttabbed"),
    Literal('triple """ quotes and a trailing quote"'),
    Literal("braces } { and > angle < and # hash"),
    Literal("back\\slash \\n not a newline"),
    Literal("unicode: Ünïcödé — 中文 — 😀"),
    Literal("Pakistan", lang="en"),
    Literal("Pakistán", lang="es"),
    Literal("2021", datatype=XSD.gYear),
    Literal("42", datatype=XSD.integer),
    Literal("2.5", datatype=XSD.decimal),
    Literal("true", datatype=XSD.boolean),
    Literal("custom value", datatype=URIRef(EX + "datatype")),
    Literal(""),
)


def _quads(graph: URIRef = G1) -> set[tuple]:
    return {
        (PAKISTAN, RDFS.label, Literal("Pakistan"), graph),
        (PAKISTAN, ADOPTS, PLAN, graph),
        (PAKISTAN, PARTNERS, UNODC, graph),
        (PLAN, RDFS.label, Literal("Strategic National Action Plan (2021-2025)"), graph),
    }


@pytest.fixture(
    params=[
        "embedded",
        pytest.param("oxigraph-server", marks=pytest.mark.server),
        pytest.param("virtuoso", marks=pytest.mark.server),
    ]
)
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    if request.param == "embedded":
        module = pytest.importorskip(
            "kg.store.oxigraph", reason="the embedded store kg/store/oxigraph.py is not written yet"
        )
        embedded = module.OxigraphStore(str(tmp_path / "store"))
        yield embedded
        embedded.close()
        return
    server = request.getfixturevalue(
        "oxigraph_server" if request.param == "oxigraph-server" else "virtuoso_server"
    )
    server.clear()
    remote = server.store()
    yield remote
    remote.close()


def test_apply_inserts_quads_into_named_graphs(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1) | _quads(G2))))
    assert store.graphs() == [G1, G2]
    assert set(store.quads(G1)) == _quads(G1)
    assert set(store.quads()) == _quads(G1) | _quads(G2)
    assert store.count(G1) == 4
    assert store.count() == 8


def test_reapplying_a_change_is_idempotent(store: Store) -> None:
    change = Change(drop_graphs=(G1,), insert=tuple(_quads(G1)))
    store.apply(change)
    store.apply(change)
    assert set(store.quads()) == _quads(G1)


def test_replacing_a_graph_leaves_the_others_alone(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1) | _quads(G2))))
    replacement = {(PAKISTAN, ADOPTS, URIRef(EX + "NewPlan"), G1)}
    store.apply(Change(drop_graphs=(G1,), insert=tuple(replacement)))
    assert set(store.quads(G1)) == replacement
    assert set(store.quads(G2)) == _quads(G2)


def test_delete_and_drop(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1) | _quads(G2))))
    gone = (PAKISTAN, PARTNERS, UNODC, G1)
    store.apply(Change(drop_graphs=(G2,), delete=(gone,)))
    assert store.graphs() == [G1]
    assert set(store.quads()) == _quads(G1) - {gone}


def test_a_change_that_cannot_be_written_changes_nothing(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1))))
    broken = (PAKISTAN, ADOPTS, URIRef("http://example.org/not an iri"), G1)
    with pytest.raises((StoreError, ValueError)):
        store.apply(Change(drop_graphs=(G1,), insert=(*_quads(G2), broken)))
    assert set(store.quads()) == _quads(G1)


def test_literals_round_trip_exactly(store: Store) -> None:
    quads = {(PAKISTAN, URIRef(f"{EX}p{i}"), lit, G1) for i, lit in enumerate(TRICKY)}
    store.apply(Change(insert=tuple(quads)))
    back = set(store.quads(G1))
    assert back == quads, f"missing: {quads - back}, unexpected: {back - quads}"
    # and each literal keeps its language tag or datatype
    by_predicate = {p: o for _, p, o, _ in back}
    for i, lit in enumerate(TRICKY):
        got = by_predicate[URIRef(f"{EX}p{i}")]
        assert (str(got), got.language, got.datatype) == (str(lit), lit.language, lit.datatype)


def test_plain_queries_see_the_union_of_named_graphs(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1) | _quads(G2))))
    result = store.query(f"SELECT DISTINCT ?plan WHERE {{ ?actor <{ADOPTS}> ?plan }}")
    assert result.column("plan") == [PLAN]
    assert store.query(f"ASK {{ <{PAKISTAN}> <{PARTNERS}> <{UNODC}> }}").boolean is True
    assert store.query(f"ASK {{ <{UNODC}> <{PARTNERS}> <{PAKISTAN}> }}").boolean is False


def test_query_with_bindings(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1))))
    query = "SELECT ?label WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    result = store.query(query, bindings={"x": PLAN})
    assert result.column("label") == [Literal("Strategic National Action Plan (2021-2025)")]
    # a value with quotes and braces is bound, not pasted
    assert store.query(query, bindings={"label": Literal('x" } ?x ?y ?z {')}).rows == []
    counted = store.query("SELECT (COUNT(?o) AS ?n) WHERE { ?s ?p ?o }", bindings={"s": PAKISTAN}).column("n")
    assert counted == [Literal("3", datatype=XSD.integer)]


def test_construct_returns_triples(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1))))
    result = store.query(f"CONSTRUCT {{ ?plan <{EX}adoptedBy> ?a }} WHERE {{ ?a <{ADOPTS}> ?plan }}")
    assert result.kind == "graph"
    assert result.triples == [(PLAN, URIRef(EX + "adoptedBy"), PAKISTAN)]


SELECT_LABELS = (
    "SELECT ?x ?label WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_in_every_result_format(store: Store, fmt: str) -> None:
    store.apply(Change(insert=(*_quads(G1), (UNODC, RDFS.label, Literal('UN "Office", on\nDrugs'), G1))))
    data = store.query_serialized(SELECT_LABELS, fmt)
    assert isinstance(data, bytes)
    text = data.decode("utf-8")
    expected = ["Pakistan", "Strategic National Action Plan (2021-2025)", 'UN "Office", on\nDrugs']
    if fmt == "json":
        rows = json.loads(text)["results"]["bindings"]
        assert [r["label"]["value"] for r in rows] == expected
        assert rows[0]["x"] == {"type": "uri", "value": str(PAKISTAN)}
    elif fmt == "xml":
        from rdflib.query import Result

        parsed = Result.parse(io.BytesIO(data), format="xml")
        assert [str(b[Variable("label")]) for b in parsed.bindings] == expected
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == ["x", "label"]
        assert [r[1] for r in rows[1:]] == expected
        assert rows[1][0] == str(PAKISTAN)
    else:
        lines = text.splitlines()
        assert lines[0].split("\t") == ["?x", "?label"]
        assert lines[1].split("\t") == [f"<{PAKISTAN}>", '"Pakistan"']
        assert '"UN \\"Office\\", on\\nDrugs"' in text


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_construct_in_graph_formats(store: Store, fmt: str) -> None:
    store.apply(Change(insert=tuple(_quads(G1))))
    # Virtuoso's union default graph also holds its system graphs: ask about ours only
    query = f'CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{EX}")) }}'
    data = store.query_serialized(query, fmt)
    graph = Graph().parse(data=data, format=fmt)
    assert set(graph) == {(s, p, o) for s, p, o, _ in _quads(G1)}


def test_ask_in_json(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1))))
    data = json.loads(store.query_serialized(f"ASK {{ <{PAKISTAN}> ?p ?o }}", "json"))
    assert data["boolean"] is True


def test_load_graph_replaces_the_graph(store: Store) -> None:
    store.apply(Change(insert=tuple(_quads(G1) | _quads(G2))))
    turtle = f'<{UNODC}> <{RDFS.label}> "United Nations Office on Drugs and Crime"@en .\n'.encode()
    store.load_graph(G1, turtle, "turtle")
    assert set(store.quads(G1)) == {
        (UNODC, RDFS.label, Literal("United Nations Office on Drugs and Crime", lang="en"), G1)
    }
    assert set(store.quads(G2)) == _quads(G2)


def test_load_graph_into_new_graphs_with_and_without_blank_nodes(store: Store) -> None:
    from kg.store.oxigraph import OxigraphStore

    blank = f'; <{RDFS.seeAlso}> [ <{RDFS.label}> "y" ] ' if isinstance(store, OxigraphStore) else ""
    turtle = f'<{UNODC}> <{RDFS.label}> "x" , "x" {blank}.\n'  # Virtuoso refuses blank nodes in data
    store.load_graph(G2, turtle.encode(), "turtle")
    assert store.count(G2) == (3 if blank else 1)
    assert (UNODC, RDFS.label, Literal("x"), G2) in set(store.quads(G2))
    store.load_graph(G1, f'<{UNODC}> <{RDFS.label}> "x\\n\\"y\\"" .\n'.encode(), "nt")
    assert set(store.quads(G1)) == {(UNODC, RDFS.label, Literal('x\n"y"'), G1)}


def test_bulk_insert(store: Store) -> None:
    quads = {(URIRef(f"{EX}e{i}"), RDFS.label, Literal(f"entity {i}"), G2) for i in range(500)}
    store.bulk_insert(quads)
    assert store.count(G2) == 500
    assert set(store.quads(G2)) == quads


def test_syntax_error_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError) as caught:
        store.query("SELECT * WHERE { ?s ?p }")
    message = str(caught.value)
    assert "\n" not in message and message


def test_export_round_trip_through_nquads(store: Store) -> None:
    """What `kg export` needs: every quad out, and the same set back in another store."""
    quads = _quads(G1) | {(PAKISTAN, URIRef(f"{EX}p{i}"), lit, G2) for i, lit in enumerate(TRICKY)}
    store.apply(Change(insert=tuple(quads)))
    exported: dict[URIRef, Graph] = {}
    for s, p, o, g in store.quads():
        exported.setdefault(g, Graph()).add((s, p, o))
    back = set()
    for g, graph in exported.items():
        text = graph.serialize(format="nt")
        back |= {(s, p, o, g) for s, p, o in Graph().parse(data=text, format="nt")}
    assert back == quads


def _as_text(quads: set[tuple]) -> tuple[GraphText, ...]:
    """The quads as N-Triples per graph, as kg.rdf.source_graph_text writes them."""
    by_graph: dict[URIRef, list[str]] = {}
    for s, p, o, g in sorted(quads):
        by_graph.setdefault(g, []).append(f"{nt(s)} {nt(p)} {nt(o)}")
    return tuple(GraphText(g, tuple(lines)) for g, lines in by_graph.items())


def test_insert_text_lands_like_quads(store: Store) -> None:
    tricky = {(PAKISTAN, URIRef(f"{EX}p{i}"), lit, G1) for i, lit in enumerate(TRICKY)}
    # graphs that do not exist yet (the embedded store loads N-Quads) …
    store.apply(Change(drop_graphs=(G1, G2), insert=tuple(_quads(G2)), insert_text=_as_text(tricky)))
    assert set(store.quads(G1)) == tricky
    assert set(store.quads(G2)) == _quads(G2)
    # … and replacing one that does (an update), mixed with plain quads and deletes
    gone = next(iter(_quads(G2)))
    store.apply(Change(drop_graphs=(G1,), delete=(gone,), insert_text=_as_text(_quads(G1))))
    assert set(store.quads(G1)) == _quads(G1)
    assert set(store.quads(G2)) == _quads(G2) - {gone}
    assert Change(insert_text=(GraphText(G1, ()),)).is_empty()
