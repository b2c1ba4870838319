"""Output formats for views: one registry, ``--format table|csv|json|graphml|gexf``.

Every formatter takes a view annotated with metrics (``kg.metrics.annotate``) and returns
bytes; tables and CSV list nodes, most central first (the path view lists its steps).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.graph_read import short_iri
from kg.relation_text import fact
from kg.text_table import CONTROL, MAX_CELL, Column, layout

NODE_COLUMNS = (
    "label",
    "type",
    "degree",
    "weighted_degree",
    "pagerank",
    "betweenness",
    "community",
    "component",
)


def _ranked(g: nx.Graph) -> list[tuple[str, dict[str, Any]]]:
    return sorted(
        g.nodes(data=True), key=lambda nd: (-nd[1].get("pagerank", 0.0), nd[1].get("label", ""), nd[0])
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}" if value % 1 else f"{value:.0f}"
    return str(value)


def _steps_rows(g: nx.Graph) -> list[list[str]]:
    rows = []
    for n, step in enumerate(g.graph.get("steps", []), 1):
        a, b = g.nodes[step["from"]], g.nodes[step["to"]]
        subject, obj = (a, b) if step["forward"] else (b, a)
        line = fact(
            subject["label"],
            step["predicate"],
            obj["label"],
            object_type=obj.get("type"),
            backward=not step["forward"],
        )
        ev = step["evidence"][0] if step["evidence"] else {}
        where = ", ".join(x for x in (ev.get("title"), ev.get("date")) if x)
        rows.append([str(n), line, ev.get("sentence", ""), where])
    return rows


_NUMBER = re.compile(r"-?\d+(\.\d+)?")
#: the evidence sentence fitted narrower than this: one block per row instead
SENTENCE = 50


def _table(headers: list[str], rows: list[list[str]], width: int | None) -> bytes:
    """Aligned text; numeric columns right-aligned, as in ``kg query``, so magnitudes line up."""
    columns = [
        Column(
            h,
            right=bool(rows) and all(_NUMBER.fullmatch(r[i]) or not r[i] for r in rows),
            cap=None if h == "evidence" else MAX_CELL,
            least=SENTENCE if h == "evidence" else None,
        )
        for i, h in enumerate(headers)
    ]
    cells = [[CONTROL.sub(" ", c) for c in row] for row in rows]  # a wrapped sentence stays on its line
    return (layout(columns, cells, width=width) + "\n").encode("utf-8")


def to_table(g: nx.Graph, width: int | None = None) -> bytes:
    """Nodes, most central first (a path: its steps); ``width`` fits the lines to it."""
    if g.graph.get("view") == "path":
        return _table(["step", "relation", "evidence", "source"], _steps_rows(g), width)
    rows = [[_cell(d.get(c)) for c in NODE_COLUMNS] for _, d in _ranked(g)]
    return _table(list(NODE_COLUMNS), rows, width)


def to_csv(g: nx.Graph) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if g.graph.get("view") == "path":
        w.writerow(["step", "relation", "evidence", "source"])
        w.writerows(_steps_rows(g))
    else:
        w.writerow(["iri", *NODE_COLUMNS])
        for v, d in _ranked(g):
            w.writerow([v, *(_cell(d.get(c)) for c in NODE_COLUMNS)])
    return buf.getvalue().encode("utf-8")


def to_json(g: nx.Graph) -> bytes:
    doc: dict[str, Any] = {
        "view": g.graph.get("view"),
        "nodes": [{"iri": v, **d} for v, d in _ranked(g)],
        "edges": [
            {"source": u, "target": v, **{k: x for k, x in d.items()}}
            for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[2].get("predicate", ""), e[1]))
        ],
    }
    if "steps" in g.graph:
        doc["steps"] = g.graph["steps"]
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def flat(g: nx.Graph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, as GraphML and GEXF require (lists joined by "; ")."""

    def scalar(value: Any) -> Any:
        if isinstance(value, list):
            if value and isinstance(value[0], dict):
                return " | ".join(
                    f"{e.get('sentence', '')} [{', '.join(x for x in (e.get('title'), e.get('date')) if x)}]"
                    for e in value
                )
            return "; ".join(map(str, value))
        return value

    h = nx.MultiDiGraph()
    h.graph.update({k: v for k, v in g.graph.items() if isinstance(v, (str, int, float))})
    for v, d in g.nodes(data=True):
        h.add_node(v, **{k: scalar(x) for k, x in d.items() if x is not None}, short=short_iri(v))
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: scalar(x) for a, x in d.items() if x is not None})
    return h


def to_graphml(g: nx.Graph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(flat(g), buf, encoding="utf-8")
    return buf.getvalue()


def to_gexf(g: nx.Graph) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(flat(g), buf, encoding="utf-8")
    return buf.getvalue()


FORMATS: dict[str, Callable[[nx.Graph], bytes]] = {
    "table": to_table,
    "csv": to_csv,
    "json": to_json,
    "graphml": to_graphml,
    "gexf": to_gexf,
}


def format_view(g: nx.Graph, fmt: str, *, width: int | None = None) -> bytes:
    """The view as ``fmt``; ``width`` fits a table to that many columns (data formats are never cut)."""
    try:
        formatter = FORMATS[fmt]
    except KeyError as err:
        raise KgError(f"--format {fmt}: unknown format; expected one of {', '.join(FORMATS)}") from err
    return to_table(g, width) if formatter is to_table else formatter(g)
