"""Bind values to query variables by an inline VALUES block, serialized by the RDF library.

Oxigraph's own substitution only accepts projected variables, and remote endpoints have no
binding API at all, so every store binds the same way: a ``VALUES`` row placed at the start
of the query's WHERE group, where it joins before filters are evaluated and lets the engine
use its indexes. Values are never pasted as raw text. The query scanner (which skips
strings, IRIs and comments) lives in ``kg.store.sparql_text``.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib.term import Node

from kg.store.sparql_text import bind_values


def inline_bindings(sparql: str, bindings: Mapping[str, Node] | None) -> str:
    """``sparql`` with ``VALUES (?a ?b) { (<x> "y") }`` opening its WHERE group."""
    return bind_values(sparql, bindings)
