"""SPARQL in, W3C result formats (or a plain-text table) out; bundled named queries.

The project prefixes (``pko:``, ``pkr:``, ``rdfs:`` …) are declared for every query, so
``SELECT ?x WHERE { ?x rdfs:label "Pakistan" }`` works as typed. Output formats come from
one registry (``FORMATS``): each says which query forms it serves, and asking a SELECT for
Turtle (or a CONSTRUCT for CSV) is an error that names the formats that fit.

Bundled queries live in ``kg/queries/*.rq``; each starts with header comments::

    # name: plans-by-actor
    # description: actors and the plans they adopt, implement, support or call for
    # param: actor — label or alt label of an actor, any case (optional)

Parameters are bound as plain literals through the store's ``bindings=`` (a VALUES row),
never pasted into the query text.

A query with optional parameters may have a whole-graph form in
``kg/queries/whole-graph/NAME.rq``: the same rows, written for the case where no parameter
is given (parts that scan one predicate each and meet in hash joins), where the main form is
written for one entity (index lookups from its label). ``run_named`` picks the form.

Examples
--------
>>> from kg.store import open_store
>>> store = open_store(".kg")                                     # doctest: +SKIP
>>> print(run_query(store, "SELECT ?x WHERE { ?x rdfs:label 'Pakistan' }", "table"))  # doctest: +SKIP
x
---------------
pkr:country/PAK
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import EntityNotFound, QueryError
from kg.ontology import SPARQL_PREFIXES
from kg.query_table import MAX_CELL, compact, render_table
from kg.query_text import (
    mask,
    project_prefixes,
    query_kind,
    syntax_message,
    update_operation,
    with_prefixes,
)
from kg.store.base import QueryResult, Store

SELECT_KINDS = frozenset({"select", "ask"})
GRAPH_KINDS = frozenset({"graph"})

QUERIES_DIR = Path(__file__).parent / "queries"
WHOLE_GRAPH_DIR = QUERIES_DIR / "whole-graph"


# ---------------------------------------------------------------------- formats
@dataclass(frozen=True)
class Formatter:
    """One output format: the query kinds it serves and how it renders them."""

    name: str
    kinds: frozenset[str]
    description: str
    #: the store's own W3C serializer name, or None for formats rendered here
    store_format: str | None = None
    #: renders a result as text, fitted to a width (None: not fitted)
    render: Callable[[QueryResult, int | None], str] | None = field(default=None, compare=False)
    #: rewrites what the store serialized (None: printed as it came)
    rewrite: Callable[[bytes], bytes] | None = field(default=None, compare=False)


def prefixed_turtle(ntriples: bytes) -> bytes:
    """N-Triples as Turtle with the project's prefixes and subjects grouped: pyoxigraph's Turtle
    of a query result declares no prefixes, and a remote store's may declare its own."""
    import pyoxigraph as ox

    triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=project_prefixes()) or b""


FORMATS: dict[str, Formatter] = {
    f.name: f
    for f in (
        Formatter(
            "table", SELECT_KINDS | GRAPH_KINDS, "aligned plain text, IRIs shortened", render=render_table
        ),
        Formatter("csv", SELECT_KINDS, "W3C SPARQL 1.1 CSV", "csv"),
        Formatter("tsv", SELECT_KINDS, "W3C SPARQL 1.1 TSV", "tsv"),
        Formatter("json", SELECT_KINDS, "W3C SPARQL 1.1 JSON results", "json"),
        Formatter("xml", SELECT_KINDS, "W3C SPARQL XML results", "xml"),
        Formatter("turtle", GRAPH_KINDS, "Turtle (CONSTRUCT/DESCRIBE)", "nt", rewrite=prefixed_turtle),
        Formatter("nt", GRAPH_KINDS, "N-Triples (CONSTRUCT/DESCRIBE)", "nt"),
        Formatter("jsonld", GRAPH_KINDS, "JSON-LD (CONSTRUCT/DESCRIBE)", "jsonld"),
    )
}


def formatter(name: str) -> Formatter:
    """The formatter called ``name``; an unknown name is an error listing the valid ones."""
    try:
        return FORMATS[name]
    except KeyError:
        raise QueryError(f"unknown format {name!r}; valid formats: {', '.join(FORMATS)}") from None


def formats_for(kind: str) -> list[str]:
    return [f.name for f in FORMATS.values() if kind in f.kinds]


# ---------------------------------------------------------------------- running
@dataclass(frozen=True)
class QueryOutput:
    """What a query produced: the rendered output and, where known, the number of rows."""

    data: bytes | str
    rows: int | None = None
    kind: str | None = None


def _literal_bindings(params: Mapping[str, str] | None) -> dict[str, Node] | None:
    if not params:
        return None
    bad = [k for k in params if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k)]
    if bad:
        raise QueryError(f"parameter name {bad[0]!r} is not a SPARQL variable name (letters, digits, _)")
    return {k: Literal(v) for k, v in params.items()}


_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_][A-Za-z0-9_\u00b7\u00c0-\uffff]*)")


def _check_params(sparql: str, params: Mapping[str, str] | None) -> None:
    """A parameter must name a variable of the query: a misspelled one would silently bind nothing."""
    if not params:
        return
    names = set(_VARIABLE.findall(sparql))
    for name in params:
        if name not in names:
            raise QueryError(f"--param {name}: the query has no variable ?{name}")


def execute(
    store: Store,
    sparql: str,
    fmt: str = "table",
    *,
    params: Mapping[str, str] | None = None,
    width: int | None = None,
) -> QueryOutput:
    """Run ``sparql`` in the store and render it as ``fmt``; ``params`` are bound as plain literals.

    ``width`` fits a table to that many columns; the W3C formats are never cut."""
    form = formatter(fmt)
    text, added = with_prefixes(sparql)
    kind = query_kind(sparql)
    if kind is None and (operation := update_operation(sparql)):
        raise QueryError(
            f"{operation} is a SPARQL update; queries only read the store "
            "(change it with 'kg add', 'kg remove' or 'kg rebuild')"
        )
    if kind is None:  # no query form at all; the parser's "expected one of DESCRIBE, [_]" says less
        raise QueryError(
            "SPARQL syntax error: no SELECT, ASK, CONSTRUCT or DESCRIBE in the query "
            "(a query starts with one of them, after any PREFIX lines)"
        )
    if kind not in form.kinds:
        what = "SELECT/ASK" if kind in SELECT_KINDS else "CONSTRUCT/DESCRIBE"
        raise QueryError(
            f"format {fmt!r} does not fit a {what} query; use one of: {', '.join(formats_for(kind))}"
        )
    _check_params(sparql, params)
    bindings = _literal_bindings(params)
    try:
        if form.render is not None:
            result = _written_order(store.query(text, bindings=bindings), sparql)
            rows = (
                len(result.rows)
                if result.kind == "select"
                else len(result.triples)
                if result.kind == "graph"
                else None
            )
            return QueryOutput(form.render(result, width), rows, result.kind)
        assert form.store_format is not None
        data = store.query_serialized(text, form.store_format, bindings=bindings)
        return QueryOutput(data if form.rewrite is None else form.rewrite(data), None, kind)
    except QueryError as err:
        message = str(err)
        if message.startswith("SPARQL syntax error"):
            raise QueryError(syntax_message(message, added, sparql)) from err
        raise


_SELECT_STAR = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)


def _written_order(result: QueryResult, sparql: str) -> QueryResult:
    """For ``SELECT *``, columns in the order the query first names them (``?s ?p ?o``).

    The store lists them alphabetically (``o p s``), which reads backwards in a table.
    """
    masked = mask(sparql)
    if result.kind != "select" or not _SELECT_STAR.search(masked):
        return result
    first: dict[str, int] = {}
    for m in _VARIABLE.finditer(masked):
        first.setdefault(m.group(1), m.start())
    order = sorted(range(len(result.variables)), key=lambda i: first.get(result.variables[i], len(masked)))
    if order == list(range(len(order))):
        return result
    return replace(
        result,
        variables=[result.variables[i] for i in order],
        rows=[tuple(row[i] for i in order) for row in result.rows],
    )


def run_query(
    store: Store, sparql: str, fmt: str = "table", *, params: Mapping[str, str] | None = None
) -> bytes | str:
    """The query's result rendered as ``fmt`` (str for table, bytes for W3C formats)."""
    return execute(store, sparql, fmt, params=params).data


# ---------------------------------------------------------------------- bundled queries
@dataclass(frozen=True)
class Param:
    name: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A bundled query and what its header says about it."""

    name: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    path: Path
    #: the same query written for the whole graph (no parameter given), if there is one
    whole_graph: str | None = None

    def text_for(self, given: Mapping[str, str]) -> str:
        """The query text to run with the parameters ``given``: the whole-graph form when none is."""
        if not given and self.whole_graph is not None:
            return self.whole_graph
        return self.sparql

    def bindings_for(self, given: Mapping[str, str]) -> dict[str, str]:
        """Check ``given`` against the declared parameters: unknown or missing ones are errors."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            allowed = ", ".join(sorted(known)) or "none"
            raise QueryError(
                f"query {self.name!r} has no parameter {unknown[0]!r}{_did_you_mean(unknown[0], known)}"
                f" (parameters: {allowed})"
            )
        missing = [p.name for p in self.params if p.required and p.name not in given]
        if missing:
            raise QueryError(
                f"query {self.name!r} needs --param {missing[0]}=VALUE ({self._describe(missing[0])})"
            )
        return dict(given)

    def _describe(self, name: str) -> str:
        return next(p.description for p in self.params if p.name == name)


_HEADER = re.compile(r"^#\s*(name|description|param):\s*(.*?)\s*$")


def parse_query_file(path: Path) -> NamedQuery:
    """Read a bundled ``.rq`` file and its header comments."""
    text = path.read_text(encoding="utf-8")
    name, description, params = path.stem, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            pname, pdesc = _split_param(value)
            params.append(Param(pname, pdesc, required="required" in pdesc.lower()))
    whole = path.parent / WHOLE_GRAPH_DIR.name / path.name
    whole_text = whole.read_text(encoding="utf-8") if whole.is_file() and whole != path else None
    return NamedQuery(name, description, tuple(params), text, path, whole_text)


def _split_param(value: str) -> tuple[str, str]:
    """``"actor — label of an actor"`` → ``("actor", "label of an actor")``."""
    parts = re.split(r"\s+(?:—|–|--|-)\s+", value, maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


def list_queries(directory: Path | None = None) -> list[NamedQuery]:
    """Every bundled query, by name; or the queries of ``directory`` (its ``*.rq`` files and
    their whole-graph forms in ``directory/whole-graph/``), e.g. earlier texts to compare."""
    folder = QUERIES_DIR if directory is None else Path(directory)
    return sorted((parse_query_file(p) for p in folder.glob("*.rq")), key=lambda q: q.name)


def load_query(name: str) -> NamedQuery:
    """The bundled query called ``name``; an unknown name is an error listing the valid ones."""
    queries = {q.name: q for q in list_queries()}
    try:
        return queries[name]
    except KeyError:
        raise QueryError(
            f"no bundled query {name!r}{_did_you_mean(name, queries)} (bundled queries: {', '.join(queries)})"
        ) from None


def _did_you_mean(word: str, names: Iterable[str]) -> str:
    """``"; did you mean plans-by-actor?"`` when some of ``names`` are close to ``word``, else ``""``."""
    from difflib import get_close_matches

    close = get_close_matches(word, sorted(names), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(close)}?" if close else ""


_NAME_IS_LABEL = "ASK { ?x rdfs:label ?name }"
_LABEL_BY_ALT = (
    "SELECT DISTINCT ?label WHERE { ?x skos:altLabel|pko:acronym ?name . ?x rdfs:label ?label } "
    "ORDER BY ?label"
)
_LABEL_ANY_CASE = (
    "SELECT DISTINCT ?label WHERE { ?x rdfs:label|skos:altLabel|pko:acronym ?n . "
    "FILTER(LCASE(STR(?n)) = LCASE(STR(?name))) ?x rdfs:label ?label } ORDER BY ?label"
)


def resolve_name(store: Store, name: str) -> str:
    """The canonical label (``rdfs:label``) of the entity called ``name``.

    Tries, in order: ``name`` is a label (an index lookup); an alt label or acronym (an index
    lookup); any of these in any case (a scan of all names, only when the first two fail).
    A name that matches nothing comes back unchanged, so the query simply finds no rows.
    """
    return _resolved(store, name) or name


_LABEL_OF = "SELECT ?label WHERE { ?x rdfs:label ?label } LIMIT 1"


_PREFIXES = project_prefixes()


def _as_iri(name: str, shown: str | None = None) -> URIRef | None:
    """``name`` as an entity IRI when it is one: full, or compact as tables print it (``pkr:country/PAK``).
    One that is not a valid IRI is an error naming ``shown`` (default ``name``)."""
    from kg.entity_names import entity_iri

    if re.fullmatch(r"https?://\S+", name):
        return entity_iri(name, shown=shown or name)
    prefix, sep, local = name.partition(":")
    if sep and prefix in _PREFIXES and local and not re.search(r"\s", local):
        return entity_iri(_PREFIXES[prefix] + local, shown=shown or name)
    return None


def _resolved(store: Store, name: str, shown: str | None = None) -> str | None:
    """``resolve_name``, or None when no entity has that name. An IRI (as ``kg views`` and
    ``kg show`` take) stands for the entity's label; an invalid one is an error naming ``shown``."""
    iri = _as_iri(name, shown)
    if iri is not None:
        rows = store.query(SPARQL_PREFIXES + _LABEL_OF, bindings={"x": iri}).rows
        if rows and rows[0][0] is not None:
            return str(rows[0][0])
    bound = {"name": Literal(name)}
    if store.query(SPARQL_PREFIXES + _NAME_IS_LABEL, bindings=bound).boolean:
        return name
    for sparql in (_LABEL_BY_ALT, _LABEL_ANY_CASE):
        rows = store.query(SPARQL_PREFIXES + sparql, bindings=bound).rows
        if rows and rows[0][0] is not None:
            return str(rows[0][0])
    return None


def run_named(
    store: Store,
    name: str,
    fmt: str = "table",
    *,
    params: Mapping[str, str] | None = None,
    width: int | None = None,
) -> QueryOutput:
    """Run a bundled query with its parameters checked against its header.

    Bundled query parameters are entity names: each is resolved to the entity's canonical
    label (``resolve_name``) and bound as a plain literal, so the query joins on the exact
    label through the store's indexes. A parameter that names no entity is an error (with
    close names, as ``kg show`` gives), since its empty result would look like an entity with
    nothing recorded; an entity with nothing recorded gives no rows. ``width`` fits a table,
    as in ``execute``.
    """
    query = load_query(name)
    given = query.bindings_for(params or {})
    bound = {}
    for key, value in given.items():
        found = _resolved(store, value, shown=f"--param {key}={value}")
        if found is None:
            from kg.entity_names import did_you_mean

            hint = did_you_mean(store, value) if _as_iri(value) is None else ""
            raise EntityNotFound(f"--param {key}={value}: no entity with this name or alias{hint}")
        bound[key] = found
    return execute(store, query.text_for(given), fmt, params=bound, width=width)


__all__ = [
    "FORMATS",
    "MAX_CELL",
    "Formatter",
    "NamedQuery",
    "Param",
    "QueryOutput",
    "compact",
    "execute",
    "formatter",
    "list_queries",
    "load_query",
    "query_kind",
    "render_table",
    "resolve_name",
    "run_named",
    "run_query",
    "syntax_message",
    "update_operation",
    "with_prefixes",
]
