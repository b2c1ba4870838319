"""kg.text_table: tables fitted to a terminal's width keep dates, counts and a path's end;
without a width the three renderers print what they printed before the shared layout."""

from __future__ import annotations

import networkx as nx
from rdflib import Literal

from kg.cli.render import render_records
from kg.ontology import PKR
from kg.query import render_table
from kg.store.base import QueryResult
from kg.text_table import Column, fit, layout
from kg.views_format import format_view

TITLE = "Pakistan urges ‘coordinated’ global approach to end human trafficking"
SENTENCE = (
    "On its part, Pakistan, in partnership with the UN Office on Drugs and Crime (UNODC) and other "
    "international partners, has made significant progress in addressing this challenge."
)
FOLDER = "/data/projects/2026/trafficking-study/corpus/press-releases/unodc"


def _sources_table(width: int | None) -> list[str]:
    columns = [
        Column("id"),
        Column("title"),
        Column("date"),
        Column("entities", right=True),
        Column("location", keep_end=True),
    ]
    rows = [
        ["d0cc42f69ad6", TITLE, "2023-03-14", "13", f"{FOLDER}/kenya.txt"],
        ["3f1a9b0c7e21", "UNODC welcomes the plan", "2024-06-02", "1024", f"{FOLDER}/nepal.txt"],
    ]
    return layout(columns, rows, width=width, rule=False).splitlines()


def test_a_wide_table_fits_and_keeps_ids_dates_and_counts_whole():
    wide = _sources_table(None)
    assert max(map(len, wide)) > 80
    lines = _sources_table(80)
    assert max(map(len, lines)) <= 80
    for line, whole in zip(lines[1:], wide[1:], strict=True):
        fields = line.split("  ")
        assert fields[0] == whole.split("  ")[0]  # the id
        assert ("2023-03-14" in line) != ("2024-06-02" in line)
    assert "13" in lines[1].split() and "1024" in lines[2].split()
    assert "…" in lines[1].split("  ")[1]  # the title gave way


def test_a_location_keeps_its_end_when_fitted():
    lines = _sources_table(80)
    assert lines[1].endswith("/kenya.txt") and lines[2].endswith("/nepal.txt")
    assert lines[1].split()[-1].startswith("…")


def test_the_widest_column_gives_way_first():
    # title 70, location 80: the location is narrowed to the title's width before the title is cut
    assert fit([5, 8], [70, 80], 70 + 2 + 70) == [70, 70]
    assert fit([5, 8], [70, 80], 100) == [49, 49]
    # a column no wider than the floor is never cut, however narrow the width
    assert fit([4, 5], [10, 300], 30)[0] == 10


def test_without_a_width_nothing_is_fitted():
    lines = _sources_table(None)
    assert TITLE in lines[1] and f"{FOLDER}/kenya.txt" in lines[1]


def test_query_table_without_width_is_as_before():
    result = QueryResult(
        kind="select",
        variables=["plan", "title", "year", "n"],
        rows=[
            (
                PKR["plan/strategic-national-action-plan-2021-2025"],
                Literal(TITLE),
                Literal("2021"),
                Literal(3),
            ),
            (PKR["country/PAK"], Literal("Short"), None, Literal(12)),
        ],
    )
    assert render_table(result) == (
        "plan                                               title"
        "                                                         year   n\n"
        "-------------------------------------------------  "
        "------------------------------------------------------------  ----  --\n"
        "pkr:plan/strategic-national-action-plan-2021-2025  "
        "Pakistan urges ‘coordinated’ global approach to end human t…  2021   3\n"
        "pkr:country/PAK                                    Short"
        "                                                               12"
    )
    fitted = render_table(result, 60).splitlines()
    assert max(map(len, fitted)) <= 60
    assert fitted[2].endswith("  2021   3") and fitted[3].endswith("  12")


def test_query_table_keeps_the_evidence_sentence_as_far_as_it_fits():
    result = QueryResult(
        kind="select", variables=["from", "evidence"], rows=[(Literal("Pakistan"), Literal(SENTENCE))]
    )
    assert render_table(result).splitlines()[2] == f"Pakistan  {SENTENCE}"
    line = render_table(result, 100).splitlines()[2]
    assert len(line) == 100 and line.startswith(f"Pakistan  {SENTENCE[:80]}") and line.endswith("…")


def test_records_table_without_width_is_as_before():
    records = [
        {"id": "a1", "title": TITLE, "date": "2023-03-14", "entities": 13, "location": f"{FOLDER}/kenya.txt"},
        {"id": "b2", "title": "Short", "date": None, "entities": 2, "location": "x.txt"},
    ]
    fields = ("id", "title", "date", "entities", "location")
    assert render_records(records, fields, "table") == (
        "id  title                                                         date        entities  location\n"
        "a1  Pakistan urges ‘coordinated’ global approach to end human t…  2023-03-14  13        "
        "…026/trafficking-study/corpus/press-releases/unodc/kenya.txt\n"
        "b2  Short                                                                     2         x.txt\n"
    )
    assert render_records(records, fields, "tsv", width=20).splitlines()[1].endswith(f"{FOLDER}/kenya.txt")


def _view() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(view="full")
    g.add_node("a", label="Global Compact for Safe, Orderly and Regular Migration and other long words")
    g.add_node("b", label="Pakistan")
    g.nodes["a"].update(type="Framework", pagerank=0.1034)
    g.nodes["b"].update(type="Country", pagerank=0.2607)
    return g


def test_view_table_without_width_is_as_before():
    text = format_view(_view(), "table").decode()
    lines = text.splitlines()
    assert lines[0].startswith("label" + " " * 57 + "type       degree")
    assert lines[2].startswith("Pakistan" + " " * 54 + "Country  ")
    assert lines[3].startswith("Global Compact for Safe, Orderly and Regular Migration and …  Framework")
    assert format_view(_view(), "csv", width=40) == format_view(_view(), "csv")


def test_view_table_fits_a_width():
    lines = format_view(_view(), "table", width=80).decode().splitlines()
    assert max(map(len, lines)) <= 80
    assert lines[2].startswith("Pakistan  ") and "0.2607" in lines[2].split()


def test_rows_become_blocks_with_wrapped_values_when_columns_would_be_stubs():
    from kg.text_table import records

    cols = [Column("from"), Column("evidence"), Column("start", right=True)]
    sentence = "Pakistan, in partnership with the UN Office on Drugs and Crime, made progress."
    out = layout(cols, [["Pakistan", sentence, "1347"]], width=26)
    assert out == records(["from", "evidence", "start"], [["Pakistan", sentence, "1347"]], 26)
    lines = out.splitlines()
    assert lines[0] == "-[ 1 ]" + "-" * 20
    assert all(len(line) <= 26 for line in lines)
    assert " ".join(line[10:] for line in lines[2:-1]) == sentence  # wrapped, nothing cut
    assert lines[-1] == "start     1347"


def test_a_column_fitted_below_its_least_width_turns_the_rows_into_blocks():
    sentence = "On its part, Pakistan, in partnership with the UN Office on Drugs and Crime, made progress."
    cols = [Column("from"), Column("evidence", least=50), Column("title")]
    row = ["Pakistan", sentence, "Pakistan urges a coordinated global approach"]
    assert layout(cols, [row], width=200).startswith("from ")  # room for all: a table
    assert layout(cols, [row], width=90).startswith("-[ 1 ]")  # the sentence would get < 50
    assert layout([Column("from"), Column("evidence"), Column("title")], [row], width=90).startswith("from ")
