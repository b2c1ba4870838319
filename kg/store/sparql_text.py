"""SPARQL text for remote stores: what kind of query a text is, bindings as a VALUES block,
and update requests built from quads.

Terms are written by rdflib (``term.n3()``), never pasted from raw strings. A small scanner
that knows IRIs, strings and comments finds keywords and braces, so a ``{`` or ``#`` inside
a literal or an IRI is never taken for syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import groupby
from operator import itemgetter

from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import QueryError, StoreError
from kg.store.base import GraphText, Quad

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*(?::[^\s{}()<>,;.\"']*)?|[?$][A-Za-z0-9_]+")
_VARNAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\u00B7\u0300-\u036F\u203F-\u2040]*")
_QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """Significant tokens as (token, start, end): words (upper-cased), braces, other chars."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            end = min(j + len(quote), n)
            yield ("STRING", i, end)
            i = end
        elif c == "<" and (m := _IRIREF.match(text, i)):
            yield ("IRI", i, m.end())
            i = m.end()
        elif m := _WORD.match(text, i):
            yield (m.group().upper(), i, m.end())
            i = m.end()
        else:
            yield (c, i, i + 1)
            i += 1


def _after_prologue(text: str) -> Iterator[tuple[str, int, int]]:
    """Tokens after BASE/PREFIX declarations."""
    tokens = _tokens(text)
    for tok in tokens:
        if tok[0] == "BASE":
            next(tokens, None)
        elif tok[0] == "PREFIX":
            next(tokens, None)  # the prefix name
            next(tokens, None)  # its IRI
        else:
            yield tok
            yield from tokens
            return


def query_kind(text: str) -> str | None:
    """``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE); ``update`` for an update; else None."""
    for word, _, _ in _after_prologue(text):
        if word in _QUERY_FORMS:
            return _QUERY_FORMS[word]
        if word in _UPDATE_WORDS:
            return "update"
        return None
    return None


def _where_brace(text: str) -> int | None:
    """Offset just after the ``{`` that opens the query's WHERE group, or None (no such group)."""
    tokens = _after_prologue(text)
    form = next(tokens, ("", 0, 0))[0]
    if form not in _QUERY_FORMS:
        return None
    if form == "CONSTRUCT":
        tok = next(tokens, None)
        if tok is None or tok[0] != "{":
            return None  # CONSTRUCT WHERE { template }: the short form takes no VALUES inside
        depth = 1
        for word, _, _ in tokens:
            depth += {"{": 1, "}": -1}.get(word, 0)
            if depth == 0:
                break
    depth = 0
    for word, _, end in tokens:
        if word == "(":
            depth += 1
        elif word == ")":
            depth -= 1
        elif word == "{" and depth == 0:
            return end
    return None


def term_n3(term: Node) -> str:
    """An rdflib term written for a SPARQL query or update."""
    if isinstance(term, (URIRef, Literal)):
        try:
            return term.n3()
        except Exception as err:  # rdflib refuses IRIs with spaces, quotes, ...
            raise StoreError(f"{term!r}: cannot be written in SPARQL ({err})") from err
    if isinstance(term, BNode):
        return term.n3()
    raise StoreError(f"{term!r}: not an RDF term")


def values_block(bindings: Mapping[str, Node | None]) -> str:
    """``VALUES (?a ?b) { (<x> "y") }`` for one row of bindings; None becomes UNDEF."""
    names, cells = [], []
    for name, term in bindings.items():
        var = name[1:] if name[:1] in "?$" else name
        if not _VARNAME.fullmatch(var):
            raise QueryError(f"{name!r}: not a SPARQL variable name")
        if isinstance(term, BNode):
            raise QueryError(f"?{var}: a blank node cannot be bound in a query")
        names.append("?" + var)
        cells.append("UNDEF" if term is None else term_n3(term))
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(cells)}) }}"


def bind_values(text: str, bindings: Mapping[str, Node | None] | None) -> str:
    """The query with ``bindings`` as a VALUES block at the start of its WHERE group.

    There the values restrict the pattern before grouping and aggregation, as bound
    variables do in the embedded store. Queries without a WHERE group (``DESCRIBE <x>``,
    ``CONSTRUCT WHERE {…}``) get the block at the end, where SPARQL allows one.
    """
    if not bindings:
        return text
    block = values_block(bindings)
    pos = _where_brace(text)
    if pos is None:
        return f"{text}\n{block}"
    return f"{text[:pos]} {block} {text[pos:]}"


def _data_block(quads: Sequence[Quad], texts: Sequence[GraphText] = ()) -> str:
    """``GRAPH <g> { s p o . … } GRAPH <h> { … }`` for quads, grouped by graph in order,
    then one group per :class:`GraphText` (its triples are already N-Triples)."""
    parts = []
    for graph, group in groupby(sorted(quads, key=lambda q: str(q[3])), key=itemgetter(3)):
        if not isinstance(graph, URIRef):
            raise StoreError(f"{graph!r}: every quad needs a named graph (an IRI)")
        lines = "\n".join(f"  {term_n3(s)} {term_n3(p)} {term_n3(o)} ." for s, p, o, _ in group)
        parts.append(f"GRAPH {term_n3(graph)} {{\n{lines}\n}}")
    for text in texts:
        if text.triples:
            parts.append(f"GRAPH {term_n3(text.graph)} {{\n  " + " .\n  ".join(text.triples) + " .\n}")
    return "\n".join(parts)


def update_text(
    drop_graphs: Sequence[URIRef] = (),
    delete: Sequence[Quad] = (),
    insert: Sequence[Quad] = (),
    insert_text: Sequence[GraphText] = (),
) -> str:
    """One SPARQL update request: DROP SILENT GRAPH …; DELETE DATA {…}; INSERT DATA {…}."""
    operations = [f"DROP SILENT GRAPH {term_n3(g)}" for g in drop_graphs]
    if delete:
        if any(isinstance(t, BNode) for q in delete for t in q):
            raise StoreError("a remote store cannot delete quads with blank nodes (DELETE DATA forbids them)")
        operations.append(f"DELETE DATA {{\n{_data_block(delete)}\n}}")
    if insert or any(insert_text):
        operations.append(f"INSERT DATA {{\n{_data_block(insert, insert_text)}\n}}")
    return " ;\n".join(operations)
