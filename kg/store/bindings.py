"""Bind values to query variables by an inline VALUES block, serialized by the RDF library.

Oxigraph's own substitution only accepts projected variables, and remote endpoints have no
binding API at all, so every store binds the same way: a ``VALUES`` row placed at the start
of the outermost group pattern, where it joins before filters are evaluated and lets the
engine use its indexes. Values are never pasted as raw text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib.term import Node

from kg.errors import QueryError
from kg.store.terms import nt

_GROUP_START = re.compile(r"\b(WHERE\s*\{|ASK\s*\{)", re.IGNORECASE)


def inline_bindings(sparql: str, bindings: Mapping[str, Node] | None) -> str:
    """``sparql`` with ``VALUES (?a ?b) { (<x> "y") }`` opening its outermost group."""
    if not bindings:
        return sparql
    names = sorted(bindings)
    values = (
        "VALUES ("
        + " ".join("?" + n for n in names)
        + ") { ("
        + " ".join(nt(bindings[n]) for n in names)
        + ") } "
    )
    match = _strip_comments_search(sparql)
    if match is None:
        raise QueryError("cannot bind values: the query has no WHERE { … } group")
    return sparql[: match.end()] + " " + values + sparql[match.end() :]


def _strip_comments_search(sparql: str) -> re.Match[str] | None:
    # a '#' comment line could hide a WHERE; search outside comments and IRIs
    masked = re.sub(r"<[^<>\s]*>", lambda m: " " * len(m.group()), sparql)
    masked = re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), masked)
    return _GROUP_START.search(masked)
