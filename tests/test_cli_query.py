"""``kg query``, ``kg export``, ``kg validate``, ``kg stats`` through click's CliRunner, with
exact outputs; hostile text round-trips through store, export and query; ``kg --help`` is fast."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal

from kg.cli import cli
from kg.ontology import PKO, PKR, source_iri
from kg.store import Change, open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
SNAP = "Strategic National Action Plan (2021-2025)"
PAK = str(PKR["country/PAK"])
HOSTILE = (
    'Pakistan adopted the "National Plan" }  in May.\n'
    'He said: """ > <script>alert(1)</script> \\" \' ; DROP ALL ; } .\n'
    "UNODC welcomed the plan.\n"
)
HOSTILE_TITLE = 'Quote " triple """ brace } angle > <script>x</script>'


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    """A store holding the example article only, closed (the commands open it themselves)."""
    from kg.ingest import Ingestor

    path = str(tmp_path_factory.mktemp("cli") / "kg")
    with open_store(path) as s:
        assert Ingestor(s).add([str(EXAMPLE)]).added
    return path


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory) -> str:
    """A store holding a document whose text and title look like SPARQL, Turtle and HTML."""
    from kg.ingest import Ingestor
    from kg.sources import load_text

    path = str(tmp_path_factory.mktemp("hostile") / "kg")
    with open_store(path) as s:
        Ingestor(s).add_document(load_text(HOSTILE, location="hostile.txt", title=HOSTILE_TITLE))
    return path


def kg(store_path: str, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--store", store_path, *args], input=input, catch_exceptions=False)


# ------------------------------------------------------------------ query
def test_label_query_as_csv_exactly(store_path):
    result = kg(store_path, "query", 'SELECT ?x WHERE { ?x rdfs:label "Pakistan" }', "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout_bytes == f"x\r\n{PAK}\r\n".encode()


def test_table_output_and_row_count_on_stderr(store_path):
    result = kg(store_path, "query", 'SELECT ?x ?type WHERE { ?x rdfs:label "Pakistan" ; a ?type }')
    assert result.exit_code == 0
    assert (
        result.stdout == "x                type\n---------------  -----------\npkr:country/PAK  pko:Country\n"
    )
    assert result.stderr == "1 row\n"


def test_plans_by_actor_csv_exactly(store_path):
    result = kg(
        store_path, "query", "--name", "plans-by-actor", "--param", "actor=Pakistan", "--format", "csv"
    )
    assert result.exit_code == 0, result.output
    plan = str(PKR["plan/strategic-national-action-plan-2021-2025"])
    assert (
        result.stdout_bytes
        == (
            "actor,predicate,plan,startYear,endYear,sources,actorIri,planIri\r\n"
            f"Pakistan,{PKO.adopts},{SNAP},2021,2025,1,{PAK},{plan}\r\n"
        ).encode()
    )


def test_evidence_by_name(store_path):
    result = kg(
        store_path,
        "query",
        "--name",
        "evidence",
        "--param",
        "subject=Pakistan",
        "--param",
        f"object={SNAP}",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["results"]["bindings"]
    assert (
        "Developed a Strategic National Action Plan (2021-2025) to combat trafficking in persons;"
        in (row["evidence"]["value"])
    )
    assert row["title"]["value"] == "Pakistan urges ‘coordinated’ global approach to end human trafficking"
    assert row["predicate"]["value"] == str(PKO.adopts)


def test_partners_table_lists_unodc(store_path):
    result = kg(store_path, "query", "--name", "partners", "--param", "actor=pakistan")
    assert result.exit_code == 0
    assert "United Nations Office on Drugs and Crime" in result.stdout
    assert result.stderr == "1 row\n"


def test_query_from_file_and_stdin(store_path, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?p a pko:Plan }\n", encoding="utf-8")
    assert kg(store_path, "query", "-f", str(rq)).stdout == "true\n"
    assert kg(store_path, "query", "-", input="ASK { ?p a pko:Event }").stdout == "true\n"
    assert kg(store_path, "query", "-f", "-", "--format", "json", input="ASK { ?p a pko:Source }").stdout == (
        '{"head":{},"boolean":true}\n'
    )


def test_list_shows_names_descriptions_and_params(store_path):
    result = kg(store_path, "query", "--list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("actors ")
    assert any(line.split()[:1] == ["plans-by-actor"] for line in lines)
    assert any("--param subject=…" in line for line in lines)


def test_syntax_error_one_line_with_position_exit_1(store_path):
    result = kg(store_path, "query", "SELECT ?x WHERE {\n  ?x ?y }")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert (
        result.stderr == "Error: SPARQL syntax error: error at 2:10: expected one of LATERAL, SERVICE, [_]\n"
    )


def test_format_that_does_not_fit(store_path):
    result = kg(store_path, "query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "turtle")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: format 'turtle' does not fit a SELECT/ASK query; use one of: table, csv, tsv, json, xml\n"
    )
    result = kg(store_path, "query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "--format", "csv")
    assert result.exit_code == 1
    assert "use one of: table, turtle, nt, jsonld" in result.stderr


def test_usage_errors_exit_2(store_path):
    assert kg(store_path, "query").exit_code == 2
    assert kg(store_path, "query", "ASK {}", "--name", "actors").exit_code == 2
    bad = kg(store_path, "query", "ASK {}", "--format", "yaml")
    assert bad.exit_code == 2
    assert "valid formats: table, csv, tsv, json, xml, turtle, nt, jsonld" in bad.stderr
    assert kg(store_path, "query", "--name", "actors", "--param", "novalue").exit_code == 2


def _error_line(stderr: str) -> str:
    """The one 'Error:' line of a usage error (click puts the usage lines before it)."""
    (line,) = [x for x in stderr.splitlines() if x.startswith("Error:")]
    return line


def test_unknown_query_name_or_parameter_and_missing_parameter_exit_2(store_path):
    """Misusing --name/--param is a usage error (exit 2), like --param without '='."""
    missing = kg(store_path, "query", "--name", "evidence", "--param", "subject=Pakistan")
    assert missing.exit_code == 2
    assert _error_line(missing.stderr).startswith("Error: query 'evidence' needs --param object=VALUE")
    typo = kg(store_path, "query", "--name", "plans-by-actr")
    assert typo.exit_code == 2
    assert _error_line(typo.stderr).startswith(
        "Error: no bundled query 'plans-by-actr'; did you mean plans-by-actor"
    )
    far = kg(store_path, "query", "--name", "nope")
    assert far.exit_code == 2 and "did you mean" not in far.stderr
    assert "(bundled queries: actors, entity-types, evidence" in _error_line(far.stderr)
    param = kg(store_path, "query", "--name", "plans-by-actor", "--param", "actr=Pakistan")
    assert param.exit_code == 2
    assert _error_line(param.stderr) == (
        "Error: query 'plans-by-actor' has no parameter 'actr'; did you mean actor? (parameters: actor)"
    )
    assert param.stdout == ""


def test_query_on_missing_store_is_a_clear_error(tmp_path):
    result = kg(str(tmp_path / "none"), "query", "ASK {}")
    assert result.exit_code == 1
    assert "no store here yet" in result.stderr


# ------------------------------------------------------------------ injection
def test_hostile_text_round_trips_through_query(hostile_path):
    from kg.sources import load_text

    doc = load_text(HOSTILE, location="hostile.txt", title=HOSTILE_TITLE)
    result = kg(
        hostile_path,
        "query",
        "SELECT ?text ?title WHERE { ?src pko:text ?text ; dcterms:title ?title }",
        "--param",
        f"title={HOSTILE_TITLE}",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["results"]["bindings"]
    assert row["text"]["value"] == doc.text
    assert row["title"]["value"] == HOSTILE_TITLE
    csv_out = kg(
        hostile_path,
        "query",
        "SELECT ?title WHERE { ?src dcterms:title ?title FILTER(?title = ?t) }",
        "--param",
        f"t={HOSTILE_TITLE}",
        "--format",
        "csv",
    ).stdout
    assert list(csv.reader(io.StringIO(csv_out))) == [["title"], [HOSTILE_TITLE]]


def test_hostile_evidence_offsets_slice_the_text(hostile_path):
    from kg.sources import load_text

    doc = load_text(HOSTILE, location="hostile.txt", title=HOSTILE_TITLE)
    with open_store(hostile_path, read_only=True) as s:
        rows = s.query(
            "PREFIX pko: <https://w3id.org/policy-kg/ontology#> SELECT ?ev ?a ?b WHERE { "
            "GRAPH ?g { ?st pko:evidence ?ev ; pko:evidenceStart ?a ; pko:evidenceEnd ?b } }",
            bindings={"g": source_iri(doc.id)},
        ).rows
    assert rows, "the hostile document should state at least one relation (Pakistan adopts the National Plan)"
    for ev, a, b in rows:
        assert doc.text[int(a) : int(b)] == str(ev)


def test_hostile_text_round_trips_through_export(hostile_path):
    from kg.sources import load_text

    doc = load_text(HOSTILE, location="hostile.txt", title=HOSTILE_TITLE)
    result = kg(hostile_path, "export", "--format", "nquads")
    assert result.exit_code == 0
    ds = Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib 7.6 Dataset.parse internals
        ds.parse(data=result.stdout_bytes, format="nquads")
        quads = set(ds.quads())
    src = source_iri(doc.id)
    assert (src, PKO.text, Literal(doc.text), src) in quads


# ------------------------------------------------------------------ export, validate, stats
@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld", "turtle"])
def test_export_to_file(store_path, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = kg(store_path, "export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"wrote {out} ({fmt})\n"
    assert out.stat().st_size > 1000
    assert not Path(f"{out}.part").exists()


def test_validate_conforms_then_reports_a_broken_graph(store_path):
    result = kg(store_path, "validate")
    assert (result.exit_code, result.stdout) == (0, "conforms\n")
    bad = (PKR["plan/nameless"], PKO.startYear, Literal("soon"), PKR["graph/consolidated"])
    extra = (PKR["plan/nameless"], PKO.endYear, Literal(2020), PKR["graph/consolidated"])
    typed = (PKR["plan/nameless"], PKR["unused"], PKR["x"], PKR["graph/consolidated"])
    from rdflib.namespace import RDF

    plan = (PKR["plan/nameless"], RDF.type, PKO.Plan, PKR["graph/consolidated"])
    with open_store(store_path) as s:
        s.apply(Change(insert=(bad, extra, typed, plan)))
    try:
        result = kg(store_path, "validate")
    finally:
        with open_store(store_path) as s:
            s.apply(Change(delete=(bad, extra, typed, plan)))
    assert result.exit_code == 1
    assert result.stdout.startswith(("2 violation(s)", "3 violation(s)"))
    assert "  - pkr:plan/nameless rdfs:label: an entity has exactly one rdfs:label" in result.stdout
    assert "pko:startYear" in result.stdout
    assert result.stderr.startswith("validating ")
    assert result.stderr.splitlines()[-1].startswith("Error: the store breaks the shapes (")
    assert kg(store_path, "validate").exit_code == 0


def test_stats_table_and_json(store_path):
    table = kg(store_path, "stats")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split() == ["sources", "1"]
    data = json.loads(kg(store_path, "stats", "--format", "json").stdout)
    assert data["sources"] == 1
    assert data["entities"]["Person"]["mentioned"] >= 1


# ------------------------------------------------------------------ help
@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_export_help_says_turtle_is_the_union():
    assert "union of all graphs" in CliRunner().invoke(cli, ["export", "--help"]).stdout


def test_a_param_that_names_no_variable_is_an_error(store_path):
    result = kg(store_path, "query", "SELECT ?x WHERE { ?x rdfs:label ?label }", "--param", "lable=Pakistan")
    assert result.exit_code == 1
    assert result.stderr == "Error: --param lable: the query has no variable ?lable\n"
    ok = kg(store_path, "query", "SELECT ?x WHERE { ?x rdfs:label ?label }", "--param", "label=Pakistan")
    assert ok.exit_code == 0 and "pkr:country/PAK" in ok.stdout
