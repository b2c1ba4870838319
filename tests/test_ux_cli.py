"""The command line as a user meets it at the edges: a closed pipe, Ctrl-C, a query file
that is not UTF-8, an update typed into ``kg query``, ``--focus`` given to a view that
ignores it. Each of these once gave a traceback, a wrong exit status or a silent no-op."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
#: run the console entry point in a child process with the same import path as the tests
MAIN = "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    from kg.ingest import Ingestor

    path = str(tmp_path_factory.mktemp("ux") / "kg")
    with open_store(path) as s:
        assert Ingestor(s).add([str(EXAMPLE)]).added
    return path


def kg(store_path: str, *args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, ["--store", store_path, *args], input=input, catch_exceptions=False)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


@pytest.mark.parametrize(
    "args",
    [
        ("export",),
        ("export", "--format", "nquads"),
        ("query", "SELECT * WHERE { ?s ?p ?o }", "--format", "csv"),
    ],
)
def test_closed_pipe_exits_0_without_a_word(store_path, args):
    """`kg export | head -1`: the reader leaves early; kg must stop quietly with status 0
    (click alone turns EPIPE into exit 1)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", MAIN, "--store", store_path, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert "Error" not in err


def test_ctrl_c_exits_130(store_path, monkeypatch, capsys):
    """Ctrl-C is not a user error: 'Aborted.' and the shell's status for SIGINT, 130."""
    import kg.stats
    from kg.cli import main

    def interrupted(store):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.stats, "stats", interrupted)
    monkeypatch.setattr(sys, "argv", ["kg", "--store", store_path, "stats"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 130
    assert capsys.readouterr().err.strip() == "Aborted."


def test_query_file_not_utf8_is_one_line(store_path, tmp_path):
    bad = tmp_path / "latin.rq"
    bad.write_bytes(b'SELECT ?x WHERE { ?x rdfs:label "Caf\xe9" }')
    result = kg(store_path, "query", "-f", str(bad))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bad}: the query is not UTF-8 text (byte 0xe9 at offset 36)"


@pytest.mark.parametrize("args", [("query", "-"), ("query", "-f", "-")])
def test_query_stdin_not_utf8_is_one_line(store_path, args):
    result = kg(store_path, *args, input=b"\xff\xfeSELECT")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: stdin: the query is not UTF-8 text (byte 0xff at offset 0)"


def test_query_file_with_bom_runs(store_path, tmp_path):
    rq = tmp_path / "bom.rq"
    rq.write_bytes("\ufeffASK { ?p a pko:Plan }".encode())
    result = kg(store_path, "query", "-f", str(rq))
    assert result.exit_code == 0
    assert result.stdout.strip() == "true"


@pytest.mark.parametrize(
    ("text", "operation"),
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
        ("PREFIX x: <http://x.example/>\nDELETE WHERE { ?s x:p ?o }", "DELETE"),
        ("# wipe\ndrop all", "DROP"),
    ],
)
def test_update_in_kg_query_says_queries_only_read(store_path, text, operation):
    """The store's parser calls an update a broken query ('expected CONSTRUCT')."""
    result = kg(store_path, "query", text)
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: {operation} is a SPARQL update; queries only read the store "
        "(change it with 'kg add', 'kg remove' or 'kg rebuild')"
    )


def test_select_that_mentions_insert_is_still_a_query(store_path):
    result = kg(store_path, "query", 'SELECT ?x WHERE { ?x rdfs:label "INSERT" }')
    assert result.exit_code == 0


def test_focus_alone_selects_the_ego_view(store_path):
    """`kg views --focus Pakistan` used to print the whole actors view, ignoring --focus."""
    ego = kg(store_path, "views", "ego", "--focus", "Pakistan", "--format", "csv")
    implied = kg(store_path, "views", "--focus", "Pakistan", "--format", "csv")
    actors = kg(store_path, "views", "actors", "--format", "csv")
    assert ego.exit_code == implied.exit_code == 0
    assert implied.stdout == ego.stdout != actors.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("views", "actors", "--focus", "Pakistan"), "--focus applies to the ego view only, not to actors"),
        (("views", "full", "--depth", "2"), "--depth applies to the ego view only, not to full"),
        (
            ("viz", "--view", "actors", "--focus", "Pakistan", "--depth", "2"),
            "--focus and --depth apply to the ego view only, not to actors",
        ),
    ],
)
def test_focus_with_another_view_is_a_usage_error(store_path, args, message):
    result = kg(store_path, *args)
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == f"Error: {message}"


def test_viz_focus_alone_writes_the_ego_page(store_path, tmp_path):
    page = tmp_path / "p.html"
    result = kg(store_path, "viz", "--focus", "Pakistan", "-o", str(page))
    assert result.exit_code == 0
    assert "Neighbourhood of Pakistan" in page.read_text(encoding="utf-8")


def test_add_off_a_terminal_prints_no_progress_label(tmp_path):
    """The progress bar is for terminals; in a log click printed its bare label ('Adding')."""
    for i, country in enumerate(("Kenya", "Ghana", "Nepal")):
        (tmp_path / f"d{i}.txt").write_text(f"{country} ratified the Paris Agreement.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    added = CliRunner().invoke(cli, ["--store", store, "add", str(tmp_path)], catch_exceptions=False)
    assert added.exit_code == 0
    assert added.stderr == "3 added, 0 replaced, 0 unchanged, 0 failed\n"
    rebuilt = CliRunner().invoke(cli, ["--store", store, "rebuild"], catch_exceptions=False)
    assert rebuilt.stderr == "rebuilt 3 sources\n"


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "turtle", "-o", "{out}/graph.ttl"),
        ("views", "actors", "--format", "csv", "-o", "{out}/actors.csv"),
        ("viz", "--view", "actors", "-o", "{out}/actors.html"),
    ],
)
def test_output_folders_are_created_like_viz_does(store_path, tmp_path, args):
    """`kg export --format trig -o outputs/graph.trig`, the help's own example, failed in a
    folder without outputs/ while `kg viz -o outputs/…` created it."""
    out = tmp_path / "fresh" / "outputs"
    result = kg(store_path, *[a.format(out=out) for a in args])
    assert result.exit_code == 0, result.output
    assert (out / Path(args[-1]).name).stat().st_size > 0


def test_select_star_table_keeps_the_order_the_query_names_variables(store_path):
    """The store lists SELECT * columns alphabetically: `?s ?p ?o` came out as 'o p s'."""
    result = kg(store_path, "query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert result.exit_code == 0
    assert result.stdout.split("\n", 1)[0].split() == ["s", "p", "o"]
    named = kg(store_path, "query", "SELECT ?o ?s WHERE { ?s ?p ?o } LIMIT 1")
    assert named.stdout.split("\n", 1)[0].split() == ["o", "s"]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [("Pakistan", "pakistan", "Pakistan"), ("UNODC", "unodc", "United Nations Office on Drugs and Crime")],
)
def test_path_from_an_entity_to_itself_says_so(store_path, a, b, label):
    """It printed an empty table and exited 0, as if the two names had no link."""
    result = kg(store_path, "views", "path", a, b)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {label}: both ends of the path are this one entity"


def test_an_empty_view_says_why_on_stderr(store_path):
    result = kg(store_path, "views", "actors", "--type", "Plan")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[:2] == ["label", "type"]
    assert result.stderr == "the actors view is empty with these filters\n"


def test_a_param_that_names_no_entity_is_a_user_error(store_path):
    """A misspelt actor gave an empty table and exit 0 (with a note), where `kg show` exits 1:
    it is an error naming the value, with close names; an actor without plans is still 0 rows."""
    typo = kg(store_path, "query", "--name", "plans-by-actor", "--param", "actor=Pakistn")
    assert typo.exit_code == 1 and typo.stdout == ""
    assert typo.stderr == (
        "Error: --param actor=Pakistn: no entity with this name or alias; "
        "did you mean Pakistan (Country, pkr:country/PAK)?\n"
    )
    nothing = kg(store_path, "query", "--name", "plans-by-actor", "--param", "actor=Atlantis")
    assert nothing.exit_code == 1
    assert nothing.stderr == "Error: --param actor=Atlantis: no entity with this name or alias\n"
    found = kg(store_path, "query", "--name", "plans-by-actor", "--param", "actor=pakistan")
    assert found.exit_code == 0 and found.stderr == "1 row\n"
    no_plans = kg(store_path, "query", "--name", "plans-by-actor", "--param", "actor=UNODC")
    assert no_plans.exit_code == 0 and no_plans.stderr == "0 rows\n"


def test_sources_table_keeps_the_end_of_a_long_location():
    """Two files in one deep folder showed as the same cut-off folder path."""
    from kg.cli.render import render_records

    folder = "/data/projects/2026/trafficking-study/corpus/press-releases/unodc"
    records = [{"id": "a", "location": f"{folder}/{name}.txt"} for name in ("kenya", "nepal")]
    lines = render_records(records, ("id", "location"), "table").splitlines()
    assert lines[1].endswith("/unodc/kenya.txt") and lines[2].endswith("/unodc/nepal.txt")
    assert lines[1].split()[1].startswith("…") and len(lines[1].split()[1]) == 60
    tsv = render_records(records, ("id", "location"), "tsv").splitlines()
    assert tsv[1] == f"a\t{folder}/kenya.txt"


def test_every_option_says_what_it_does():
    """`kg views --help` showed '--format [table|csv|json|graphml|gexf]' with no word on what
    each gives; so did kg viz --view, kg show --format and kg sources --format."""
    missing = [
        f"kg {name} --{p.name}"
        for name, command in cli.commands.items()
        for p in command.params
        if isinstance(p, click.Option) and not p.hidden and not (p.help or "").strip()
    ]
    assert missing == []


def test_views_table_right_aligns_numbers(store_path):
    """Numbers were left-aligned ('11' over '6'), unlike kg query's tables."""
    lines = kg(store_path, "views", "full").stdout.splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:]
    end = header.index("degree") + len("degree")
    assert rule[end - 1] == "-" and rule[end] == " "
    assert all(row[end - 1].isdigit() for row in rows)


def test_show_counts_sources_in_english(store_path):
    result = kg(store_path, "show", "Pakistan")
    assert "  mentioned in 1 source\n" in result.stdout


@pytest.mark.parametrize("spec", ["{docs}", "{docs}/*.txt"])
def test_title_for_a_folder_of_several_files_is_a_usage_error(tmp_path, spec):
    """`kg add docs/ --title T` gave every file in docs/ the title T (and --url the same URL)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a", "b"):
        (docs / f"{name}.txt").write_text("Kenya ratified the Paris Agreement.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["--store", store, "add", spec.format(docs=docs), "--title", "T"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"Error: --title and --url apply to one source; {spec.format(docs=docs)} holds several files: "
        "add them without, or one at a time"
    )
    single = CliRunner().invoke(cli, ["--store", store, "add", str(docs / "a.txt"), "--title", "T"])
    assert single.exit_code == 0


def test_type_filter_takes_any_case(store_path):
    """`--type country` was refused: "'country' is not one of 'Country', …"."""
    lower = kg(store_path, "views", "full", "--type", "country", "--format", "csv")
    proper = kg(store_path, "views", "full", "--type", "Country", "--format", "csv")
    assert lower.exit_code == 0
    assert lower.stdout == proper.stdout and "Pakistan" in lower.stdout


def test_format_names_take_any_case(store_path):
    result = kg(store_path, "query", "ASK { ?p a pko:Plan }", "--format", "JSON")
    assert result.exit_code == 0 and result.stdout.startswith("{")
    assert kg(store_path, "export", "--format", "NQuads").exit_code == 0


def test_a_filtered_page_says_its_filters_in_its_title(store_path, tmp_path):
    """A page shared on its own gave no hint that it showed only some types or dates."""
    page = tmp_path / "p.html"
    args = ["viz", "--view", "full", "--type", "country", "--type", "Person", "--min-weight", "1.5"]
    result = kg(store_path, *args, "-o", str(page))
    assert result.exit_code == 0
    title = "Policy knowledge graph · Country, Person only · pairs whose links weigh 1.5 or more"
    assert f"<title>{title}</title>" in page.read_text(encoding="utf-8")
    dated = kg(store_path, "viz", "--since", "2030-01", "-o", str(tmp_path / "d.html"))
    assert "<title>Policy knowledge graph · sources dated since 2030-01</title>" in (
        tmp_path / "d.html"
    ).read_text(encoding="utf-8")
    assert dated.stderr.splitlines()[-1] == "the full view is empty with these filters"


@pytest.mark.parametrize("weight", ["nan", "inf", "-1"])
def test_a_min_weight_that_is_no_weight_is_a_usage_error(store_path, weight):
    """`--min-weight nan` passed and filtered nothing."""
    result = kg(store_path, "views", "actors", "--min-weight", weight)
    assert result.exit_code == 2 and "--min-weight" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?l WHERE { pkr:country/PAK rdfs:label ?l }",
        "SELECT ?l WHERE {\n  pkr:plan/strategic-national-action-plan-2021-2025 pko:addresses ?i .\n"
        "  pkr:country/PAK rdfs:label ?l.\n}",
    ],
)
def test_resource_names_as_tables_print_them_work_in_queries(store_path, text):
    """Tables and kg show print 'pkr:country/PAK'; pasted into a query it was a syntax error
    ('expected one of FROM'): in SPARQL a bare '/' starts a property path."""
    result = kg(store_path, "query", text, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "Pakistan"


def test_resource_names_leave_strings_paths_and_own_prefixes_alone(store_path):
    snap = "Strategic National Action Plan (2021-2025)"
    path = kg(store_path, "query", f'ASK {{ pkr:country/PAK pko:adopts/rdfs:label "{snap}" }}')
    assert path.stdout.strip() == "true"
    literal = kg(
        store_path, "query", 'SELECT ?x WHERE { ?x rdfs:label "pkr:country/PAK" }', "--format", "csv"
    )
    assert literal.stdout.splitlines() == ["x"]
    own = kg(
        store_path, "query", "PREFIX pkr: <https://w3id.org/policy-kg/id/country/>\nASK { pkr:PAK ?p ?o }"
    )
    assert own.stdout.strip() == "true"


@pytest.mark.parametrize("text", ["SELEC ?x WHERE { ?x a pko:Plan }", "# only a comment"])
def test_a_text_with_no_query_form_says_so(store_path, text):
    """The parser said "expected one of DESCRIBE, [_]" for a misspelt SELECT."""
    result = kg(store_path, "query", text)
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: SPARQL syntax error: no SELECT, ASK, CONSTRUCT or DESCRIBE in the query "
        "(a query starts with one of them, after any PREFIX lines)"
    )


@pytest.mark.parametrize("actor", ["pkr:country/PAK", "https://w3id.org/policy-kg/id/country/PAK"])
def test_named_query_params_take_an_iri_as_kg_views_and_kg_show_do(store_path, actor):
    result = kg(
        store_path, "query", "--name", "plans-by-actor", "--param", f"actor={actor}", "--format", "csv"
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("Pakistan,https://w3id.org/policy-kg/ontology#adopts,")
    assert result.stderr == ""


@pytest.mark.parametrize("date", ["yesterday", "2021-02-30", "2021-2-3"])
def test_a_bad_date_is_a_usage_error_before_anything_is_read(tmp_path, date):
    """It was reported per source ('0 added … 1 failed', exit 1) after the files were read."""
    doc = tmp_path / "a.txt"
    doc.write_text("Kenya ratified the Paris Agreement.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "add", str(doc), "--date", date])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"Error: Invalid value for '--date': {date!r} is not a date like 2024-05-31"
    )
    assert not (tmp_path / "store").exists()


def test_a_property_path_through_a_prefixed_name_is_left_alone():
    """Only resource names are escaped: in ``pkr:a/pko:b`` the slash is a path step, and a
    name that ends a triple keeps the full stop outside it."""
    from kg.query_text import escape_resource_names

    assert escape_resource_names("SELECT * { ?s pkr:a/pko:b ?o }") == "SELECT * { ?s pkr:a/pko:b ?o }"
    assert escape_resource_names("ASK { ?s ?p pkr:country/PAK. }") == "ASK { ?s ?p pkr:country\\/PAK. }"


def test_version_names_the_extractor_and_the_store_format():
    from kg import __version__
    from kg.extract import EXTRACTOR_VERSION
    from kg.ontology import STORE_FORMAT

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith(f"kg {__version__} (extractor {EXTRACTOR_VERSION}")
    assert f"store format {STORE_FORMAT})" in result.output
