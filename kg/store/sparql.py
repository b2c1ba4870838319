"""A remote store: any SPARQL 1.1 Protocol endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server …).

A thin client of our own over httpx:

- queries go as form POST (``query=``; Virtuoso hangs on a raw ``application/sparql-query``
  body) asking for SPARQL JSON results, or N-Triples for CONSTRUCT/DESCRIBE;
- a Change is ONE update request (``DROP SILENT GRAPH``, ``DELETE DATA``, ``INSERT DATA``,
  terms written by rdflib), sent as form POST ``update=``;
- with a Graph Store Protocol endpoint, graphs are read with GET and replaced with PUT.

Our plain queries rely on the default graph being the union of the named graphs: Oxigraph
server must run with ``--union-default-graph``; Virtuoso does this by itself, but its union
also holds its system graphs (~2,500 triples of mapping schema, LDP, URIQA). ``graphs()``,
``quads()`` and ``count()`` leave those out; plain user queries do see them (Virtuoso's
``input:default-graph-exclude`` pragma would hide them but breaks ``GRAPH <g>`` patterns in
7.2, so queries are sent as written). Queries about our own vocabulary are unaffected.

Example::

    store = SparqlStore("http://127.0.0.1:7878/query", update_endpoint="http://127.0.0.1:7878/update")
    store.apply(Change(drop_graphs=(g,), insert=quads))
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import TypeVar

import httpx
from rdflib.term import Node, URIRef

from kg.errors import QueryError, StoreError
from kg.store.base import Change, GraphText, Quad, QueryResult, Store, capped
from kg.store.http_client import DEFAULT_TIMEOUT, Credentials, HttpClient, public_url
from kg.store.results import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    check_format,
    conforms,
    format_of,
    matches,
    parse_results,
    parse_triples,
    serialize,
)
from kg.store.sparql_text import bind_values, query_kind, term_n3, update_text

_T = TypeVar("_T")

#: what we ask for, per kind of query; the reply's Content-Type decides how it is read
_ACCEPT = {
    "select": "application/sparql-results+json, application/sparql-results+xml;q=0.8",
    "ask": "application/sparql-results+json, application/sparql-results+xml;q=0.8",
    "graph": "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5",
    None: "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
}
_FORM = "application/x-www-form-urlencoded"
_RDF_MEDIA = {"turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples"}

#: graphs Virtuoso keeps for itself (its mapping schema, LDP and OWL vocabularies, URIQA)
_VIRTUOSO_SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://www.w3.org/2002/07/owl#",
    "http://localuriqaserver/sparql",
    "urn:activitystreams-owl:map",
)
_VIRTUOSO_SYSTEM_PREFIXES = (
    "http://www.openlinksw.com/",
    "http://localuriqaserver/",
    *_VIRTUOSO_SYSTEM_GRAPHS,
)

DEFAULT_BATCH = 20_000
#: Virtuoso 7.2's SPARQL compiler runs out of memory near 5,000 triples in one INSERT DATA
VIRTUOSO_BATCH = 2_000
#: without it Virtuoso compiles every constant into SQL: 1,000 triples took 4 s and 1,500
#: exceeded its 10,000 lines of generated SQL; with it 2,000 triples take 0.1 s
_VIRTUOSO_UPDATE_PRAGMA = "DEFINE sql:big-data-const 1\n"
DEFAULT_PAGE = 10_000


class SparqlStore(Store):
    """A store behind SPARQL 1.1 Protocol (and optionally Graph Store Protocol) endpoints.

    Parameters
    ----------
    location:
        The query endpoint URL (what ``--store`` or ``KG_STORE`` named).
    read_only:
        Refuse every write.
    update_endpoint:
        Where updates go; default ``$KG_UPDATE_ENDPOINT``, else the query URL.
    gsp_endpoint:
        A Graph Store Protocol endpoint (``?graph=`` URLs); default ``$KG_GSP_ENDPOINT``.
        With it, graphs are read with GET and replaced with PUT.
    user, password, token, auth:
        Credentials; default ``$KG_STORE_USER``, ``$KG_STORE_PASSWORD``, ``$KG_STORE_TOKEN``,
        ``$KG_STORE_AUTH`` (basic or digest). Never printed.
    timeout:
        Seconds to wait for a reply; default ``$KG_STORE_TIMEOUT`` or 60.
    batch_size:
        Most triples per update request (default 20,000; 2,000 on Virtuoso, whose SPARQL
        compiler gives up near 5,000). Larger changes are split, and then atomicity holds
        per request, not for the whole change.
    page_size:
        Rows per request when reading quads with SELECT.
    """

    def __init__(
        self,
        location: str,
        *,
        read_only: bool = False,
        query_endpoint: str | None = None,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        auth: str | None = None,
        timeout: float | None = None,
        batch_size: int | None = None,
        page_size: int = DEFAULT_PAGE,
        transport: object = None,
    ) -> None:
        env = os.environ
        self.location = public_url(location)
        self.read_only = read_only
        self.query_endpoint = query_endpoint or location
        self.update_endpoint = update_endpoint or env.get("KG_UPDATE_ENDPOINT") or self.query_endpoint
        self.gsp_endpoint = gsp_endpoint or env.get("KG_GSP_ENDPOINT") or None
        if timeout is None:
            try:
                timeout = float(env.get("KG_STORE_TIMEOUT") or DEFAULT_TIMEOUT)
            except ValueError as err:
                value = env["KG_STORE_TIMEOUT"]
                raise StoreError(f"KG_STORE_TIMEOUT={value}: not a number of seconds") from err
        if (batch_size is not None and batch_size < 1) or page_size < 1:
            raise StoreError(f"{self.location}: batch_size and page_size must be positive")
        self._batch_size = batch_size
        self._big_data_const = True  # Virtuoso: send updates with sql:big-data-const 1
        self.page_size = page_size
        credentials = Credentials.from_env(user=user, password=password, token=token, scheme=auth)
        self._http = HttpClient(credentials, timeout=timeout, transport=transport)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"SparqlStore({self.location!r})"

    # --- reading ---------------------------------------------------------------------------

    def _send_query(
        self, text: str, accept: str, *, allow: tuple[int, ...] = (), deadline: float | None = None
    ) -> httpx.Response:
        return self._http.request(
            "POST",
            self.query_endpoint,
            data={"query": text},
            headers={"Accept": accept, "Content-Type": _FORM},
            error=QueryError,
            what="query",
            allow=allow,
            deadline=deadline,
        )

    def _post_query(self, text: str, accept: str, *, allow: tuple[int, ...] = ()) -> tuple[bytes, str, int]:
        response = self._send_query(text, accept, allow=allow)
        return response.content, response.headers.get("content-type", ""), response.status_code

    def _prepare(self, sparql: str, bindings: Mapping[str, Node] | None) -> tuple[str, str | None]:
        text = bind_values(sparql, bindings)
        kind = query_kind(text)
        if kind == "update":
            raise QueryError(f"{self.location}: this is an update, not a query; updates go through apply()")
        return text, kind

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        return self._query(sparql, bindings)

    def query_capped(self, sparql: str, *, max_rows: int, deadline: float) -> tuple[QueryResult, bool]:
        """The deadline ends the HTTP exchange itself (:mod:`kg.store.http_deadline`), so
        ``kg serve``'s slot is free then, not when the endpoint or KG_STORE_TIMEOUT gives up."""
        return capped(self._query(sparql, None, deadline=deadline), max_rows)

    def _query(
        self, sparql: str, bindings: Mapping[str, Node] | None, *, deadline: float | None = None
    ) -> QueryResult:
        text, kind = self._prepare(sparql, bindings)
        response = self._send_query(text, _ACCEPT[kind], deadline=deadline)
        try:
            return parse_results(response.content, response.headers.get("content-type", ""))
        except QueryError as err:
            raise QueryError(f"{self.location}: {err}") from err

    def query_serialized(
        self, sparql: str, result_format: str, *, bindings: Mapping[str, Node] | None = None
    ) -> bytes:
        """The server's own serialization when it has the format; else rdflib's, from the parsed reply."""
        text, kind = self._prepare(sparql, bindings)
        check_format(result_format, kind)
        wanted = RESULT_FORMATS.get(result_format) or GRAPH_FORMATS[result_format]
        body, content_type, status = self._post_query(text, wanted, allow=(406,))
        if status == 200 and matches(result_format, content_type) and conforms(result_format, body):
            return body
        if status != 200 or format_of(content_type) not in ("json", "xml", *GRAPH_FORMATS):
            # the server lacks the format (or mangles it): ask for what we can read, write it ourselves
            body, content_type, _ = self._post_query(text, _ACCEPT[kind])
        result = parse_results(body, content_type)
        return serialize(result, result_format)

    def graphs(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        names = {g for g in result.column("g") if isinstance(g, URIRef)}
        return sorted(g for g in names if not self._is_system_graph(g))

    def _is_system_graph(self, graph: URIRef) -> bool:
        """A graph the server keeps for itself (known from the Server header of a reply)."""
        return self._http.server.startswith("Virtuoso") and str(graph).startswith(_VIRTUOSO_SYSTEM_PREFIXES)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """All quads of our graphs (or of one), read per graph: GSP GET, else SELECT in pages."""
        names = [graph] if graph is not None else self.graphs()
        for name in names:
            if self.gsp_endpoint:
                yield from self._gsp_get(name)
            else:
                yield from self._select_graph(name)

    def _select_graph(self, graph: URIRef) -> Iterator[Quad]:
        g = term_n3(graph)
        offset = 0
        while True:
            text = (
                f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }} "
                f"ORDER BY ?s ?p ?o LIMIT {self.page_size} OFFSET {offset}"
            )
            response = self._send_query(text, _ACCEPT["select"])
            page = parse_results(response.content, response.headers.get("content-type"))
            for s, p, o in page.rows:
                yield (s, p, o, graph)  # type: ignore[misc]
            offset += len(page.rows)
            # a server that caps rows (Virtuoso's ResultSetMaxRows) says so in X-SPARQL-MaxRows
            capped = "x-sparql-maxrows" in response.headers
            if not page.rows or (len(page.rows) < self.page_size and not capped):
                return

    def _gsp_get(self, graph: URIRef) -> Iterator[Quad]:
        assert self.gsp_endpoint
        response = self._http.request(
            "GET",
            self.gsp_endpoint,
            params={"graph": str(graph)},
            headers={"Accept": "application/n-triples, text/turtle;q=0.9"},
            what="graph read",
            allow=(404,),
        )
        if response.status_code == 404:
            return
        fmt = "turtle" if "turtle" in response.headers.get("content-type", "") else "nt"
        for s, p, o in parse_triples(response.content, fmt):
            yield (s, p, o, graph)

    def count(self, graph: URIRef | None = None) -> int:
        if graph is not None:
            result = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {term_n3(graph)} {{ ?s ?p ?o }} }}")
            return int(result.rows[0][0].toPython()) if result.rows else 0  # type: ignore[union-attr]
        result = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        total = 0
        for g, n in result.rows:
            if isinstance(g, URIRef) and not self._is_system_graph(g):
                total += int(n.toPython())  # type: ignore[union-attr]
        return total

    # --- writing ---------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: the store is open read-only")

    def _is_virtuoso(self) -> bool:
        if not self._http.server:  # nothing asked yet: learn who the server is, once
            self._http.request(
                "POST",
                self.query_endpoint,
                data={"query": "ASK {}"},
                headers={"Accept": _ACCEPT["ask"], "Content-Type": _FORM},
                error=QueryError,
                what="query",
            )
            self._http.server = self._http.server or "unknown"
        return self._http.server.startswith("Virtuoso")

    @property
    def batch_size(self) -> int:
        """Most triples per update request (smaller on Virtuoso)."""
        if self._batch_size is not None:
            return self._batch_size
        return VIRTUOSO_BATCH if self._is_virtuoso() else DEFAULT_BATCH

    def _update(self, text: str) -> None:
        if self._big_data_const and self._is_virtuoso():
            try:
                self._send_update(_VIRTUOSO_UPDATE_PRAGMA + text)
                return
            except StoreError as err:
                # some Virtuoso endpoints (anonymous /sparql) refuse the pragma: do without it
                if "big-data-const 0" not in str(err):
                    raise
                self._big_data_const = False
        self._send_update(text)

    def _send_update(self, text: str) -> None:
        self._http.request(
            "POST",
            self.update_endpoint,
            data={"update": text},
            headers={"Content-Type": _FORM},
            what="update",
        )

    def apply(self, change: Change) -> None:
        """Send the change as ONE update request: drops, then DELETE DATA, then INSERT DATA.

        The request is atomic where the server makes one request one transaction (Oxigraph,
        Fuseki, GraphDB). A change of more than ``batch_size`` triples is split into several
        requests (drops and deletes first, then inserts); atomicity then holds per request.
        """
        self._writable()
        if change.is_empty():
            return
        size = len(change.delete) + change.insert_size()
        if size <= self.batch_size:
            self._update(update_text(change.drop_graphs, change.delete, change.insert, change.insert_text))
            return
        drops: Sequence[URIRef] = change.drop_graphs
        batch_size = self.batch_size
        for batch in _batches(change.delete, batch_size):
            self._update(update_text(drops, delete=batch))
            drops = ()
        if drops:
            self._update(update_text(drops))
        for batch in _batches(change.insert, batch_size):
            self._update(update_text(insert=batch))
        for text in change.insert_text:
            for lines in _batches(text.triples, batch_size):
                self._update(update_text(insert_text=(GraphText(text.graph, tuple(lines)),)))

    def bulk_insert(self, quads: Iterable[Quad]) -> None:
        """Insert quads in requests of ``batch_size``; atomic per request."""
        self._writable()
        for batch in _batches(quads, self.batch_size):
            self._update(update_text(insert=batch))

    def load_graph(self, graph: URIRef, data: bytes, rdf_format: str) -> None:
        """Replace ``graph``: GSP PUT when there is a GSP endpoint, else DROP SILENT + INSERT DATA."""
        self._writable()
        if rdf_format not in _RDF_MEDIA:
            raise StoreError(f"{rdf_format}: cannot load this format (use turtle or nt)")
        if self.gsp_endpoint:
            self._http.request(
                "PUT",
                self.gsp_endpoint,
                params={"graph": str(graph)},
                content=data,
                headers={"Content-Type": _RDF_MEDIA[rdf_format]},
                what="graph upload",
            )
            return
        try:
            triples = parse_triples(data, "turtle" if rdf_format == "ttl" else rdf_format)
        except QueryError as err:
            raise StoreError(f"{graph}: {err}") from err
        self.apply(Change(drop_graphs=(graph,), insert=tuple((s, p, o, graph) for s, p, o in triples)))

    def close(self) -> None:
        self._http.close()


def _batches(items: Iterable[_T], size: int) -> Iterator[tuple[_T, ...]]:
    it = iter(items)
    while batch := tuple(islice(it, size)):
        yield batch
