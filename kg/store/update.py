"""Build one SPARQL 1.1 Update request from a Change.

Terms are written in N-Triples form by the RDF library (escaped quotes, newlines, ``>``),
never pasted from text, so document content cannot break out of the data block.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import URIRef

from kg.store.base import Change, Quad
from kg.store.terms import nt


def _data_block(quads: Iterable[Quad]) -> str:
    by_graph: dict[URIRef, list[str]] = defaultdict(list)
    for s, p, o, g in quads:
        by_graph[g].append(f"{nt(s)} {nt(p)} {nt(o)} .")
    parts = []
    for g in sorted(by_graph):
        parts.append(f"GRAPH {nt(g)} {{\n" + "\n".join(by_graph[g]) + "\n}")
    return "\n".join(parts)


def change_to_update(change: Change) -> str:
    """DROP SILENT GRAPH …; DELETE DATA {…}; INSERT DATA {…} — one request, one transaction."""
    ops = [f"DROP SILENT GRAPH {nt(g)}" for g in change.drop_graphs]
    if change.delete:
        ops.append("DELETE DATA {\n" + _data_block(change.delete) + "\n}")
    if change.insert:
        ops.append("INSERT DATA {\n" + _data_block(change.insert) + "\n}")
    return " ;\n".join(ops)
