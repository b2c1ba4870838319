"""Conversion between rdflib terms (our interface) and pyoxigraph terms (the embedded engine)."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

_XSD_STRING = str(XSD.string)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term → pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r} ({type(term).__name__})")


def from_ox(term: object) -> Node | None:
    """pyoxigraph term → rdflib term (None stays None for unbound variables)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


def quad_to_ox(s: Node, p: Node, o: Node, g: URIRef) -> ox.Quad:
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g)))  # type: ignore[arg-type]


def nt(term: Node) -> str:
    """N-Triples form of a term, escaped by the RDF library (safe inside SPARQL data blocks)."""
    return str(to_ox(term))


def converted_rows(solutions: Iterable[ox.QuerySolution], width: int) -> list[tuple[Node | None, ...]]:
    """Solutions as rows of rdflib terms; a term repeated across rows is converted once
    (whole-graph results repeat the same predicates, types and entities thousands of times)."""
    seen: dict[object, Node | None] = {None: None}
    rows = []
    for sol in solutions:
        row = []
        for i in range(width):
            term = sol[i]
            node = seen.get(term, _MISSING)
            if node is _MISSING:
                node = seen[term] = from_ox(term)
            row.append(node)
        rows.append(tuple(row))
    return rows  # type: ignore[return-value]


_MISSING: object = object()
