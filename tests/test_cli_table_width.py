"""Tables fit an 80-column terminal when COLUMNS says so; piped output (CliRunner's, COLUMNS
unset) is not fitted (cells whole up to the listings' 60 characters), and csv/tsv/json are
never cut."""

from __future__ import annotations

import view_stores as stores
from click.testing import CliRunner

from kg.cli import cli

PLAN_IRI = "pkr:plan/strategic-national-action-plan-2021-2025"
SNAP = "Strategic National Action Plan (2021-2025)"
LOCATION_END = "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"


def _run(*args: str, columns: str | None) -> str:
    result = CliRunner().invoke(
        cli,
        ["--store", str(stores.example_store_path()), *args],
        env={"COLUMNS": columns},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_plans_by_actor_fits_120_columns_as_a_table():
    out = _run("query", "--name", "plans-by-actor", columns="120")
    lines = out.splitlines()
    assert _widest(out) <= 120
    assert lines[0].split()[:2] == ["actor", "predicate"]
    pakistan = next(line for line in lines if line.startswith("Pakistan "))
    assert "2021" in pakistan.split() and "2025" in pakistan.split()  # years are never cut


def test_a_table_that_would_be_cut_to_stubs_becomes_one_block_per_row():
    out = _run("query", "--name", "plans-by-actor", columns="80")
    lines = out.splitlines()
    assert _widest(out) <= 80
    assert lines[0].startswith("-[ 1 ]-")
    assert f"plan       {SNAP}" in lines  # whole, not "Strategic…"
    assert f"planIri    {PLAN_IRI}" in lines


def test_sources_fit_80_columns_and_keep_the_file_name_end():
    out = _run("sources", columns="80")
    assert _widest(out) <= 80
    row = out.splitlines()[1]
    assert row.endswith("trafficking.txt") and row.split()[-1].startswith("…")


def test_views_fit_80_columns():
    assert _widest(_run("views", "full", columns="80")) <= 80
    assert _widest(_run("views", "path", "Pakistan", "UNODC", columns="80")) <= 80


def test_a_pipe_gets_whole_cells():
    out = _run("query", "--name", "plans-by-actor", columns=None)
    assert _widest(out) > 80
    assert PLAN_IRI in out and SNAP in out
    assert out.splitlines()[0].split()[3:6] == ["startYear", "endYear", "sources"]
    listed = _run("sources", columns=None)  # a listing keeps its 60-character cells, as before
    assert _widest(listed) > 80 and f"…{LOCATION_END[-59:]}" in listed.split()


def test_data_formats_are_never_cut():
    csv = _run("query", "--name", "plans-by-actor", "--format", "csv", columns="40")
    assert PLAN_IRI.replace("pkr:", "") in csv and SNAP in csv
    assert LOCATION_END in _run("sources", "--format", "tsv", columns="40")
    assert SNAP in _run("views", "full", "--format", "csv", columns="40")


def test_a_table_written_to_a_file_is_not_fitted(tmp_path):
    out = tmp_path / "full.txt"
    _run("views", "full", "-o", str(out), columns="80")
    assert _widest(out.read_text(encoding="utf-8")) > 80
