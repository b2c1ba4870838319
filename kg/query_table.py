"""Query results as the ``table`` format shows them: IRIs shortened, long cells cut.

Kept apart from ``kg.query`` (which runs queries) so the table's look has one place;
the layout itself is ``kg.text_table``'s, shared with every other table of the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.query_text import project_prefixes
from kg.store.base import QueryResult
from kg.text_table import CONTROL, MAX_CELL, Column, layout

#: the evidence sentence fitted narrower than this: one block per row instead
SENTENCE = 50
#: columns never cut to MAX_CELL: the evidence sentence is what the reader came for
UNCAPPED = frozenset({"evidence"})

_PREFIXES = project_prefixes()


def compact(term: Node | None, prefixes: Mapping[str, str] | None = None) -> str:
    """A term as a table shows it: IRIs as ``prefix:local``, literals as their text, blank nodes ``_:id``."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        best = ""
        text = str(term)
        for prefix, ns in (prefixes if prefixes is not None else _PREFIXES).items():
            if text.startswith(ns) and len(ns) > len(best) and len(text) > len(ns):
                best, name = ns, prefix
        return f"{name}:{text[len(best) :]}" if best else f"<{text}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _numeric(term: Node | None) -> bool:
    return (
        isinstance(term, Literal)
        and isinstance(term.toPython(), (int, float))
        and not isinstance(term.toPython(), bool)
    )


def render_table(result: QueryResult, width: int | None = None) -> str:
    """Aligned plain text: a header, a rule, one line per row; numbers right-aligned.

    ``width``: fit the lines to it (a terminal's columns); None keeps every cell up to
    ``MAX_CELL`` characters, the evidence sentence whole.
    """
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        header = ["subject", "predicate", "object"]
        rows: list[tuple[Node | None, ...]] = [tuple(t) for t in result.triples]
    else:
        header = list(result.variables)
        rows = list(result.rows)
    columns = [
        Column(
            name,
            right=bool(rows) and all(_numeric(r[i]) or r[i] is None for r in rows),
            cap=None if name in UNCAPPED else MAX_CELL,
            least=SENTENCE if name in UNCAPPED else None,
        )
        for i, name in enumerate(header)
    ]
    cells = [[CONTROL.sub(" ", compact(v)) for v in row] for row in rows]
    return layout(columns, cells, width=width)


__all__ = ["MAX_CELL", "compact", "render_table"]
