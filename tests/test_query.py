"""kg.query: the bundled queries answer what a user asks of the example article; formats,
parameters and errors behave as documented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Literal

from kg.consolidate import ReferenceIndex, full_rebuild_change
from kg.errors import EntityNotFound, QueryError
from kg.layout import ensure_ready
from kg.model import Entity, Evidence, Extraction, Relation
from kg.ontology import PKR, mint_iri
from kg.query import (
    FORMATS,
    compact,
    execute,
    list_queries,
    load_query,
    query_kind,
    resolve_name,
    run_named,
    run_query,
)
from kg.rdf import source_graph
from kg.sources import load_text
from kg.store import open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
SNAP = "Strategic National Action Plan (2021-2025)"
SNAP_SENTENCE = "Developed a Strategic National Action Plan (2021-2025) to combat trafficking in persons;"
TITLE = "Pakistan urges ‘coordinated’ global approach to end human trafficking"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.ingest import Ingestor

    s = open_store(str(tmp_path_factory.mktemp("query") / "kg"))
    report = Ingestor(s).add([str(EXAMPLE)])
    assert report.added and not report.failed
    yield s
    s.close()


def rows(store, name, **params):
    """A bundled query's rows as dicts of strings, through the W3C CSV serializer."""
    data = run_named(store, name, "csv", params=params).data
    assert isinstance(data, bytes)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


# ------------------------------------------------------------------ bundled queries
def test_every_bundled_query_has_a_header_and_runs(store):
    queries = list_queries()
    names = {q.name for q in queries}
    assert {"actors", "plans-by-actor", "frameworks-by-actor", "partners", "evidence", "sources"} <= names
    assert {"issues", "top-actors", "entity-types"} <= names
    for q in queries:
        assert q.description, q.name
        assert q.path.name == f"{q.name}.rq"
        if any(p.required for p in q.params):
            continue
        out = run_named(store, q.name, "table")
        assert out.rows, f"{q.name} found nothing in the example article"


def test_plans_by_actor_pakistan_adopts_the_strategic_plan_with_its_years(store):
    found = rows(store, "plans-by-actor", actor="Pakistan")
    snap = [r for r in found if r["plan"] == SNAP]
    assert snap, found
    assert snap[0]["actor"] == "Pakistan"
    assert snap[0]["predicate"].endswith("#adopts")
    assert (snap[0]["startYear"], snap[0]["endYear"], snap[0]["sources"]) == ("2021", "2025", "1")
    assert all(r["actor"] == "Pakistan" for r in found)


@pytest.mark.parametrize("name", ["pakistan", "PAKISTAN", "Islamic Republic of Pakistan", "islamabad"])
def test_actor_parameter_matches_alt_labels_in_any_case(store, name):
    assert [r["plan"] for r in rows(store, "plans-by-actor", actor=name)] == [
        r["plan"] for r in rows(store, "plans-by-actor", actor="Pakistan")
    ]


def test_unknown_actor_is_an_error_and_a_known_one_without_plans_finds_nothing(store):
    with pytest.raises(EntityNotFound, match=r"^--param actor=Atlantis: no entity with this name or alias$"):
        rows(store, "plans-by-actor", actor="Atlantis")
    assert rows(store, "plans-by-actor", actor="UNODC") == []


def test_frameworks_by_actor_pakistan_supports_the_migration_compact(store):
    found = rows(store, "frameworks-by-actor", actor="Pakistan")
    assert any(
        r["framework"] == "Global Compact for Safe, Orderly and Regular Migration"
        and r["predicate"].endswith("#supports")
        for r in found
    ), found


def test_partners_lists_unodc_for_pakistan_and_each_pair_once(store):
    found = rows(store, "partners", actor="Pakistan")
    assert [r["partner"] for r in found] == ["United Nations Office on Drugs and Crime"]
    assert found[0]["sources"] == "1"
    by_acronym = rows(store, "partners", actor="unodc")
    assert [r["partner"] for r in by_acronym] == ["Pakistan"]
    pairs = rows(store, "partners")
    assert len(pairs) == 1
    assert {pairs[0]["actor"], pairs[0]["partner"]} == {
        "Pakistan",
        "United Nations Office on Drugs and Crime",
    }


def test_evidence_gives_the_sentence_source_and_offsets(store):
    found = rows(store, "evidence", subject="Pakistan", object=SNAP)
    assert found, "no evidence for Pakistan adopts the plan"
    hit = next(r for r in found if r["predicate"].endswith("#adopts"))
    assert SNAP_SENTENCE in hit["evidence"]
    assert hit["title"] == TITLE
    assert (hit["from"], hit["to"]) == ("Pakistan", SNAP)
    text = EXAMPLE.read_text(encoding="utf-8")
    start, end = int(hit["start"]), int(hit["end"])
    assert end - start == len(hit["evidence"])
    assert SNAP_SENTENCE in text


def test_evidence_works_in_either_direction(store):
    forward = rows(store, "evidence", subject="Pakistan", object="UNODC")
    backward = rows(store, "evidence", subject="UNODC", object="Pakistan")
    assert forward and forward == backward
    assert forward[0]["predicate"].endswith("#partnersWith")


def test_evidence_needs_both_names(store):
    with pytest.raises(QueryError, match="needs --param object="):
        run_named(store, "evidence", params={"subject": "Pakistan"})


def test_unknown_parameter_and_query_name_are_errors(store):
    with pytest.raises(QueryError, match=r"has no parameter 'country'.*parameters: actor"):
        run_named(store, "plans-by-actor", params={"country": "Pakistan"})
    with pytest.raises(QueryError, match=r"no bundled query 'nope' \(bundled queries: actors,"):
        load_query("nope")


def test_actors_counts_sources_and_types(store):
    found = {r["label"]: r for r in rows(store, "actors")}
    assert found["Pakistan"]["type"].endswith("#Country")
    assert found["Aamir Khan"]["type"].endswith("#Person")
    assert found["United Nations Office on Drugs and Crime"]["type"].endswith("#Organization")
    assert all(r["sources"] == "1" for r in found.values())


def test_sources_lists_the_article(store):
    (src,) = rows(store, "sources")
    assert src["title"] == TITLE
    assert int(src["entities"]) >= 5 and int(src["relations"]) >= 5


def test_issues_human_trafficking_is_addressed_by_the_strategic_plan(store):
    found = rows(store, "issues", issue="Human Trafficking")
    assert SNAP in {r["addressedBy"] for r in found}


def test_top_actors_ranks_pakistan_first(store):
    assert rows(store, "top-actors")[0]["label"] == "Pakistan"


def test_entity_types_counts_by_class(store):
    counts = {r["type"].rsplit("#", 1)[1]: int(r["entities"]) for r in rows(store, "entity-types")}
    assert counts["Country"] == 1 and counts["Person"] == 1 and counts["Plan"] >= 1


def test_resolve_name_prefers_the_label(store):
    assert resolve_name(store, "Pakistan") == "Pakistan"
    assert resolve_name(store, "UNODC") == "United Nations Office on Drugs and Crime"
    assert resolve_name(store, "nowhere land") == "nowhere land"


# ------------------------------------------------------------------ plain SPARQL
def test_label_query_matches_as_typed_with_project_prefixes(store):
    out = run_query(store, 'SELECT ?x WHERE { ?x rdfs:label "Pakistan" }', "table")
    assert out == "x\n---------------\npkr:country/PAK"


def test_w3c_json_results(store):
    data = run_query(store, 'SELECT ?x WHERE { ?x rdfs:label "Pakistan" }', "json")
    assert isinstance(data, bytes)
    parsed = json.loads(data)
    assert parsed["head"]["vars"] == ["x"]
    assert parsed["results"]["bindings"] == [{"x": {"type": "uri", "value": str(PKR["country/PAK"])}}]


def test_xml_tsv_and_ask(store):
    assert b"<sparql" in run_query(store, "SELECT ?x WHERE { ?x a pko:Country }", "xml")  # type: ignore[operator]
    assert run_query(store, "ASK { ?x a pko:Plan }", "table") == "true"
    assert run_query(store, "ASK { ?x a pko:Plan }", "json") == b'{"head":{},"boolean":true}'
    tsv = run_query(store, 'SELECT ?x WHERE { ?x rdfs:label "Pakistan" }', "tsv")
    assert tsv == f"?x\n<{PKR['country/PAK']}>\n".encode()


def test_construct_as_turtle_nt_jsonld_and_table(store):
    q = "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x rdfs:label ?l ; a pko:Country }"
    import pyoxigraph as ox

    for fmt, parser in (
        ("turtle", ox.RdfFormat.TURTLE),
        ("nt", ox.RdfFormat.N_TRIPLES),
        ("jsonld", ox.RdfFormat.JSON_LD),
    ):
        data = run_query(store, q, fmt)
        assert isinstance(data, bytes)
        triples = {(t.subject.value, t.object.value) for t in ox.parse(data, format=parser)}
        assert (str(PKR["country/PAK"]), "Pakistan") in triples, fmt
    table = run_query(store, q, "table")
    assert "pkr:country/PAK  rdfs:label  Pakistan" in table


def test_construct_as_turtle_is_turtle_with_the_project_prefixes(store):
    """--format turtle printed N-Triples: full IRIs and no prefixes."""
    import pyoxigraph as ox

    q = (
        "CONSTRUCT { ?x rdfs:label ?l ; a pko:Country } "
        'WHERE { ?x rdfs:label "Pakistan" , ?l ; a pko:Country }'
    )
    data = run_query(store, q, "turtle")
    assert isinstance(data, bytes)
    text = data.decode()
    assert "@prefix pko: <https://w3id.org/policy-kg/ontology#> ." in text
    assert "pkr:country\\/PAK a pko:Country" in text and "<https://w3id.org/policy-kg/id/country" not in text
    nt = run_query(store, q, "nt")
    assert isinstance(nt, bytes)
    assert set(ox.parse(data, format=ox.RdfFormat.TURTLE)) == set(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))


@pytest.mark.parametrize(
    ("sparql", "fmt", "message"),
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "turtle", "use one of: table, csv, tsv, json, xml"),
        ("ASK { ?s ?p ?o }", "jsonld", "use one of: table, csv, tsv, json, xml"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "csv", "use one of: table, turtle, nt, jsonld"),
        ("DESCRIBE pkr:country/PAK", "json", "use one of: table, turtle, nt, jsonld"),
    ],
)
def test_format_that_does_not_fit_the_query_form(store, sparql, fmt, message):
    with pytest.raises(QueryError, match=message):
        run_query(store, sparql, fmt)


def test_unknown_format_lists_the_registry(store):
    with pytest.raises(QueryError, match="unknown format 'yaml'; valid formats: " + ", ".join(FORMATS)):
        run_query(store, "ASK {}", "yaml")


def test_syntax_error_has_line_and_column_of_the_users_text(store):
    with pytest.raises(QueryError) as err:
        run_query(store, "SELECT ?x WHERE {\n  ?x ?y }", "table")
    message = str(err.value)
    assert message.startswith("SPARQL syntax error: error at 2:10:")
    assert "\n" not in message


def test_undeclared_prefix_is_named(store):
    with pytest.raises(QueryError, match=r"error at 1:\d+: 'foo:' is an undeclared prefix"):
        run_query(store, "SELECT ?x WHERE { ?x a foo:Bar }", "table")


def test_params_are_bound_not_pasted(store):
    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { "'
    out = execute(store, "SELECT ?x WHERE { ?x rdfs:label ?name }", "csv", params={"name": hostile})
    assert out.data == b"x\r\n"
    out = execute(store, "SELECT ?x WHERE { ?x rdfs:label ?name }", "csv", params={"name": "Pakistan"})
    assert out.data == f"x\r\n{PKR['country/PAK']}\r\n".encode()


def test_query_kind_ignores_comments_strings_and_iris():
    assert query_kind("# SELECT\nPREFIX ask: <http://x/select>\nCONSTRUCT { } WHERE { }") == "graph"
    assert query_kind('ASK { ?s ?p "SELECT" }') == "ask"
    assert query_kind("select * { }") == "select"


def test_table_truncates_long_cells_and_shortens_iris():
    from kg.query import MAX_CELL, render_table
    from kg.store.base import QueryResult

    long = "word " * 40
    result = QueryResult(
        kind="select", variables=["a", "n"], rows=[(Literal(long), Literal(3)), (PKR["x"], None)]
    )
    lines = render_table(result).splitlines()
    assert lines[0].split() == ["a", "n"]
    assert lines[2].endswith("…  3")
    assert len(lines[2].split("  ")[0]) == MAX_CELL
    assert lines[3] == "pkr:x"
    assert compact(PKR["country/PAK"]) == "pkr:country/PAK"


def test_whole_graph_forms_give_the_rows_of_the_general_form(store):
    """Without parameters run_named runs kg/queries/whole-graph/NAME.rq: same rows, other plan."""
    with_forms = [q for q in list_queries() if q.whole_graph is not None]
    assert {"plans-by-actor", "frameworks-by-actor", "issues", "partners"} <= {q.name for q in with_forms}
    for q in with_forms:
        general = execute(store, q.sparql, "csv").data
        whole = execute(store, q.whole_graph, "csv").data
        assert isinstance(general, bytes) and isinstance(whole, bytes)
        assert general.count(b"\n") > 1, q.name
        assert whole.decode().splitlines() == general.decode().splitlines(), q.name
        assert q.text_for({}) == q.whole_graph
        assert q.text_for({"actor": "Pakistan"}) == q.sparql


# ------------------------------------------------------------------ rewritten queries
# The whole-graph queries were rewritten for speed (hash joins over scans, labels joined last,
# one computed sort key). The rows below are what the previous texts returned on this store,
# exactly and in order: several sources stating the same relation (and one stating it twice),
# reference entities (labels in the reference graph) next to minted ones, plans with both, one
# or no years, ties broken by the later sort keys (predicate, label, id), a label that is a
# prefix of another, two entities with one label, a source without a date.
#: key: (type, label, reference IRI or None, start year, end year)
RICH_ENTITIES = {
    "PAK": ("Country", "Pakistan", str(PKR["country/PAK"]), None, None),
    "FRE": ("Country", "Freedonia", None, None, None),
    "SYL": ("Country", "Sylvania", None, None, None),
    "BLUE": ("Organization", "Blue Org", None, None, None),
    "RUF": ("Person", "Rufus T. Firefly", None, None, None),
    "A": ("Plan", "Alpha Plan", None, 2020, 2024),
    "A2": ("Plan", "Alpha Plan II", None, None, None),
    "G": ("Plan", "Gamma Plan", None, 2022, None),
    "GCM": (
        "Framework",
        "Global Compact for Safe, Orderly and Regular Migration",
        str(PKR["framework/gcm"]),
        None,
        None,
    ),
    "C2": ("Framework", "Convention Two", None, None, None),
    "HT": ("Issue", "human trafficking", str(PKR["issue/human-trafficking"]), None, None),
    "DE": ("Issue", "desert erosion", None, None, None),
    "SUM": ("Event", "Summit of Cities", None, None, None),
    "FREORG": ("Organization", "Freedonia", None, None, None),
}
#: name: (title, date, [(subject, predicate, object)]); each relation gets its own sentence
RICH_DOCS = {
    "d1": (
        "Report one",
        "2024-01-10",
        [
            ("FRE", "adopts", "A"),
            ("FRE", "supports", "A"),
            ("FRE", "adopts", "A2"),
            ("PAK", "adopts", "A"),
            ("PAK", "supports", "GCM"),
            ("BLUE", "implements", "C2"),
            ("FRE", "partnersWith", "BLUE"),
            ("RUF", "represents", "FRE"),
            ("A", "addresses", "HT"),
            ("GCM", "addresses", "HT"),
            ("SUM", "addresses", "DE"),
            ("FRE", "participatesIn", "SUM"),
            ("FRE", "adopts", "A"),
        ],
    ),
    "d2": (
        "Report two",
        "2024-03-05",
        [
            ("FRE", "adopts", "A"),
            ("PAK", "adopts", "A"),
            ("PAK", "supports", "GCM"),
            ("SYL", "callsFor", "C2"),
            ("SYL", "partnersWith", "FRE"),
            ("BLUE", "partnersWith", "FRE"),
            ("A", "addresses", "HT"),
            ("C2", "addresses", "DE"),
            ("G", "addresses", "HT"),
        ],
    ),
    "d3": (
        "Note without a date",
        None,
        [
            ("PAK", "adopts", "A"),
            ("SYL", "adopts", "G"),
            ("A2", "addresses", "HT"),
            ("PAK", "supports", "GCM"),
        ],
    ),
    "d4": (
        "Report two",
        "2024-03-05",
        [("SYL", "adopts", "A"), ("RUF", "memberOf", "BLUE"), ("FREORG", "partnersWith", "FRE")],
    ),
}


def _rich_documents():
    out = []
    for name, (title, date, rels) in RICH_DOCS.items():
        ents = {}
        for k in sorted({k for s, _, o in rels for k in (s, o)}):
            t, label, ref, start, end = RICH_ENTITIES[k]
            ents[k] = Entity(
                iri=ref or str(mint_iri(t, label)),
                type=t,
                label=label,
                reference=ref is not None,
                start_year=start,
                end_year=end,
            )
        sentences, relations, pos = [], [], 0
        for i, (s, p, o) in enumerate(rels):
            sentence = f"In {name}, {RICH_ENTITIES[s][1]} {p} {RICH_ENTITIES[o][1]} (statement {i})."
            relations.append(
                Relation(ents[s].iri, p, ents[o].iri, Evidence(sentence, pos, pos + len(sentence)))
            )
            sentences.append(sentence)
            pos += len(sentence) + 1
        d = load_text(" ".join(sentences), location=f"{name}.txt", title=title, date=date)
        out.append((name, d, Extraction(d.id, "test", tuple(ents.values()), tuple(relations))))
    return out


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    """A store of RICH_DOCS (no spaCy: source graphs written, consolidated graph rebuilt) and
    the document ids by name."""
    s = open_store(str(tmp_path_factory.mktemp("rich") / "kg"))
    ensure_ready(s)
    names = {}
    for name, d, ex in _rich_documents():
        s.bulk_insert(source_graph(d, ex))
        names[d.id] = name
    s.apply(full_rebuild_change(s, ReferenceIndex(s)))
    yield s, names
    s.close()


PREVIOUS_ROWS = {
    "plans-by-actor": [
        "actor,predicate,plan,startYear,endYear,sources,actorIri,planIri",
        "Freedonia,pko:adopts,Alpha Plan,2020,2024,2,pkr:country/freedonia,pkr:plan/alpha-plan",
        "Freedonia,pko:supports,Alpha Plan,2020,2024,1,pkr:country/freedonia,pkr:plan/alpha-plan",
        "Freedonia,pko:adopts,Alpha Plan II,,,1,pkr:country/freedonia,pkr:plan/alpha-plan-ii",
        "Pakistan,pko:adopts,Alpha Plan,2020,2024,3,pkr:country/PAK,pkr:plan/alpha-plan",
        "Sylvania,pko:adopts,Alpha Plan,2020,2024,1,pkr:country/sylvania,pkr:plan/alpha-plan",
        "Sylvania,pko:adopts,Gamma Plan,2022,,1,pkr:country/sylvania,pkr:plan/gamma-plan",
    ],
    "frameworks-by-actor": [
        "actor,predicate,framework,sources,actorIri,frameworkIri",
        "Blue Org,pko:implements,Convention Two,1,pkr:org/blue-org,pkr:framework/convention-two",
        'Pakistan,pko:supports,"Global Compact for Safe, Orderly and Regular Migration",3,'
        "pkr:country/PAK,pkr:framework/gcm",
        "Sylvania,pko:callsFor,Convention Two,1,pkr:country/sylvania,pkr:framework/convention-two",
    ],
    "issues": [
        "issue,addressedBy,type,sources,issueIri,addressedByIri",
        "desert erosion,Convention Two,pko:Framework,1,pkr:issue/desert-erosion,pkr:framework/convention-two",
        "desert erosion,Summit of Cities,pko:Event,1,pkr:issue/desert-erosion,pkr:event/summit-of-cities",
        "human trafficking,Alpha Plan,pko:Plan,2,pkr:issue/human-trafficking,pkr:plan/alpha-plan",
        "human trafficking,Alpha Plan II,pko:Plan,1,pkr:issue/human-trafficking,pkr:plan/alpha-plan-ii",
        "human trafficking,Gamma Plan,pko:Plan,1,pkr:issue/human-trafficking,pkr:plan/gamma-plan",
        'human trafficking,"Global Compact for Safe, Orderly and Regular Migration",pko:Framework,1,'
        "pkr:issue/human-trafficking,pkr:framework/gcm",
    ],
    "partners": [
        "actor,partner,sources,actorIri,partnerIri",
        "Blue Org,Freedonia,2,pkr:org/blue-org,pkr:country/freedonia",
        "Freedonia,Freedonia,1,pkr:country/freedonia,pkr:org/freedonia",
        "Freedonia,Sylvania,1,pkr:country/freedonia,pkr:country/sylvania",
    ],
    "sources": [
        "id,title,date,entities,relations,source",
        "d3,Note without a date,,7,4,pkr:source/d3",
        "d1,Report one,2024-01-10,11,13,pkr:source/d1",
        "d2,Report two,2024-03-05,10,9,pkr:source/d2",
        "d4,Report two,2024-03-05,6,3,pkr:source/d4",
    ],
    "actors": [
        "label,type,sources,actor",
        "Blue Org,pko:Organization,3,pkr:org/blue-org",
        "Freedonia,pko:Country,3,pkr:country/freedonia",
        "Pakistan,pko:Country,3,pkr:country/PAK",
        "Sylvania,pko:Country,3,pkr:country/sylvania",
        "Rufus T. Firefly,pko:Person,2,pkr:person/rufus-t-firefly",
        "Freedonia,pko:Organization,1,pkr:org/freedonia",
    ],
    "top-actors": [
        "label,type,relations,actor",
        "Freedonia,pko:Country,9,pkr:country/freedonia",
        "Blue Org,pko:Organization,4,pkr:org/blue-org",
        "Sylvania,pko:Country,4,pkr:country/sylvania",
        "Pakistan,pko:Country,2,pkr:country/PAK",
        "Rufus T. Firefly,pko:Person,2,pkr:person/rufus-t-firefly",
        "Freedonia,pko:Organization,1,pkr:org/freedonia",
    ],
}


def _lines(data, names):
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    for doc_id, name in names.items():
        text = text.replace(doc_id, name)
    text = text.replace(str(PKR), "pkr:").replace("https://w3id.org/policy-kg/ontology#", "pko:")
    return text.splitlines()


@pytest.mark.parametrize("name", sorted(PREVIOUS_ROWS))
def test_rewritten_queries_return_the_rows_of_the_previous_texts(rich, name):
    store, names = rich
    expected = list(PREVIOUS_ROWS[name])
    if name == "sources":  # d2 and d4 share date and title: the id (a content hash) decides
        by_id = {n: i for i, n in names.items()}
        expected[3:5] = sorted(expected[3:5], key=lambda line: by_id[line.split(",")[0]])
    assert _lines(run_named(store, name, "csv").data, names) == expected
    q = load_query(name)
    assert _lines(execute(store, q.sparql, "csv").data, names) == expected  # the one-entity form too


def test_list_queries_reads_another_folder_with_its_whole_graph_forms(tmp_path):
    """bench_query --queries runs earlier texts from a folder of the same layout."""
    (tmp_path / "whole-graph").mkdir()
    (tmp_path / "one.rq").write_text("# name: one\n# description: d\nSELECT * WHERE { ?s ?p ?o }\n")
    (tmp_path / "whole-graph" / "one.rq").write_text("SELECT ?s WHERE { ?s ?p ?o }\n")
    (tmp_path / "two.rq").write_text("# description: e\nASK {}\n")
    found = list_queries(tmp_path)
    assert [q.name for q in found] == ["one", "two"]
    assert found[0].whole_graph == "SELECT ?s WHERE { ?s ?p ?o }\n" and found[1].whole_graph is None
    assert {q.name for q in list_queries()} >= {"plans-by-actor", "partners"}
