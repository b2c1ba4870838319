"""SPARQL results on the wire: W3C media types, parsing replies into QueryResult, and serializing
a QueryResult with rdflib's own W3C serializers (for servers that lack a format, and for
``kg serve``, which caps rows before serializing).

Literals typed ``xsd:string`` come back as plain literals, as RDF 1.1 says they are the same
term; every backend hands out the same rdflib terms for the same data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from io import BytesIO
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from kg.errors import QueryError
from kg.store.base import QueryResult, Triple

#: SELECT/ASK result formats → the media type we ask for
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: CONSTRUCT/DESCRIBE formats → the media type we ask for
GRAPH_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
#: media types servers actually answer with, per format
_SYNONYMS: dict[str, frozenset[str]] = {
    "json": frozenset({"application/sparql-results+json", "application/json"}),
    "xml": frozenset({"application/sparql-results+xml", "application/xml", "text/xml"}),
    "csv": frozenset({"text/csv"}),
    "tsv": frozenset({"text/tab-separated-values"}),
    "turtle": frozenset({"text/turtle", "application/x-turtle"}),
    "nt": frozenset({"application/n-triples", "text/plain"}),
    "nquads": frozenset({"application/n-quads"}),
    "jsonld": frozenset({"application/ld+json", "application/json"}),
    "rdfxml": frozenset({"application/rdf+xml"}),
}
#: rdflib parser/serializer names for graph formats
_RDFLIB_GRAPH = {"turtle": "turtle", "nt": "nt", "nquads": "nt", "jsonld": "json-ld", "rdfxml": "xml"}

ALL_FORMATS = (*RESULT_FORMATS, *GRAPH_FORMATS)


def media_type(content_type: str | None) -> str:
    """``text/turtle; charset=utf-8`` → ``text/turtle``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def format_of(content_type: str | None) -> str | None:
    """Our format name for a reply's Content-Type, or None."""
    mt = media_type(content_type)
    for name in ("json", "xml", "csv", "tsv", "turtle", "nt", "nquads", "rdfxml", "jsonld"):
        if mt in _SYNONYMS[name]:
            return name
    return None


def matches(result_format: str, content_type: str | None) -> bool:
    return media_type(content_type) in _SYNONYMS.get(result_format, frozenset())


def conforms(result_format: str, body: bytes) -> bool:
    """Whether a server's reply is the W3C format; Virtuoso's "TSV" quotes names and IRIs."""
    if result_format == "tsv":
        header = body.split(b"\n", 1)[0].strip()
        return all(name.startswith(b"?") for name in header.split(b"\t") if name)
    return True


def check_format(result_format: str, kind: str | None) -> None:
    """Refuse a format that cannot carry the result of a query of ``kind`` (select/ask/graph)."""
    if result_format not in RESULT_FORMATS and result_format not in GRAPH_FORMATS:
        raise QueryError(f"unknown result format {result_format!r} (choose from {', '.join(ALL_FORMATS)})")
    if kind in ("select", "ask") and result_format in GRAPH_FORMATS:
        raise QueryError(
            f"{result_format} is a graph format; {kind.upper()} results come as {', '.join(RESULT_FORMATS)}"
        )
    if kind == "graph" and result_format in RESULT_FORMATS:
        raise QueryError(
            f"{result_format} is a format for SELECT/ASK results; a graph comes as {', '.join(GRAPH_FORMATS)}"
        )


# --- terms -------------------------------------------------------------------------------


def literal(value: str, *, lang: str | None = None, datatype: str | None = None) -> Literal:
    """An rdflib literal, with ``xsd:string`` folded into the plain literal."""
    if lang:
        return Literal(value, lang=lang)
    if datatype and datatype != str(XSD.string) and not datatype.endswith("#langString"):
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


def normalize(term: Node) -> Node:
    """Fold ``"x"^^xsd:string`` into ``"x"``; leave every other term alone."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _json_term(cell: Mapping[str, Any]) -> Identifier:
    kind = cell.get("type")
    value = cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        return literal(value, lang=cell.get("xml:lang"), datatype=cell.get("datatype"))
    raise QueryError(f"unsupported term type in SPARQL JSON results: {kind!r}")


# --- parsing -----------------------------------------------------------------------------


def parse_json_results(body: bytes) -> QueryResult:
    """application/sparql-results+json → QueryResult."""
    try:
        data = json.loads(body)
    except ValueError as err:
        raise QueryError(f"the server sent malformed SPARQL JSON results ({err})") from err
    if "boolean" in data:
        return QueryResult(kind="ask", boolean=bool(data["boolean"]))
    variables = list(data.get("head", {}).get("vars", []))
    rows: list[tuple[Identifier | None, ...]] = []
    for binding in data.get("results", {}).get("bindings", []):
        rows.append(tuple(_json_term(binding[v]) if v in binding else None for v in variables))
    return QueryResult(kind="select", variables=variables, rows=rows)


def parse_results(body: bytes, content_type: str | None) -> QueryResult:
    """A SELECT/ASK reply (JSON natively, XML/CSV/TSV through rdflib) or a graph reply."""
    fmt = format_of(content_type)
    if fmt == "json":
        return parse_json_results(body)
    if fmt in ("xml", "csv", "tsv"):
        from rdflib.query import Result

        try:
            parsed = Result.parse(BytesIO(body), format=fmt)
        except Exception as err:  # rdflib raises many kinds on malformed input
            raise QueryError(f"the server sent malformed SPARQL {fmt} results ({err})") from err
        if parsed.type == "ASK":
            return QueryResult(kind="ask", boolean=bool(parsed.askAnswer))
        variables = [str(v) for v in parsed.vars or []]
        rows = [
            tuple(normalize(b[Variable(v)]) if Variable(v) in b else None for v in variables)  # type: ignore[misc]
            for b in parsed.bindings
        ]
        return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]
    if fmt in _RDFLIB_GRAPH:
        return QueryResult(kind="graph", triples=parse_triples(body, fmt))
    got = media_type(content_type) or "no content type"
    raise QueryError(f"the server answered with {got}, not SPARQL results")


def parse_triples(body: bytes, rdf_format: str) -> list[Triple]:
    graph = Graph()
    try:
        graph.parse(data=body, format=_RDFLIB_GRAPH.get(rdf_format, rdf_format))
    except Exception as err:  # rdflib parsers raise many kinds on malformed input
        raise QueryError(f"cannot read the {rdf_format} data ({err})") from err
    return [(normalize(s), normalize(p), normalize(o)) for s, p, o in graph]


# --- serializing -------------------------------------------------------------------------


def serialize(result: QueryResult, result_format: str) -> bytes:
    """A QueryResult in a W3C format, written by rdflib's serializers."""
    check_format(result_format, result.kind)
    if result.kind == "graph":
        return serialize_triples(result.triples, result_format)
    if result.kind == "ask" and result_format in ("csv", "tsv"):
        # no W3C CSV/TSV form for booleans; write what most servers write
        return b"true\n" if result.boolean else b"false\n"
    if result_format == "tsv":
        return _tsv(result)
    from rdflib.query import Result

    out = Result("ASK" if result.kind == "ask" else "SELECT")
    if result.kind == "ask":
        out.askAnswer = bool(result.boolean)
    else:
        out.vars = [Variable(v) for v in result.variables]
        out.bindings = [
            {Variable(v): t for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
    data = out.serialize(format=result_format, encoding="utf-8")
    return data if isinstance(data, bytes) else str(data).encode("utf-8")


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_TSV_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    return term.n3()


def _tsv(result: QueryResult) -> bytes:
    """W3C SPARQL TSV (rdflib has no writer for it): terms in N-Triples form, one row a line."""
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_triples(triples: Iterable[Triple], rdf_format: str) -> bytes:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    data = graph.serialize(format=_RDFLIB_GRAPH[rdf_format], encoding="utf-8")
    return data if isinstance(data, bytes) else str(data).encode("utf-8")
