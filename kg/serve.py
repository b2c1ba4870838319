"""``kg serve``: a local, read-only SPARQL 1.1 Protocol endpoint over a store, plus the HTML pages
in outputs/.

- ``GET /sparql?query=…``, ``POST /sparql`` as a form (``query=``) or with an
  ``application/sparql-query`` body;
- results by content negotiation (``Accept``, or ``?format=json|xml|csv|tsv|turtle|nt|nquads|
  jsonld|rdfxml|html``): SPARQL JSON by default, Turtle by default for graphs;
  ``format=html`` (the index page's form) gives an HTML table of escaped text;
- updates are refused (403), other methods too (405);
- the project prefixes (``pko:``, ``rdfs:`` …) are declared for every query, as in ``kg query``,
  so the README's queries run as typed in the page's form;
- each query reads its rows lazily: at most ``max_rows`` rows (or triples) are read and
  sent (a cut result carries ``X-SPARQL-MaxRows``), so a query over millions of rows costs
  no more memory than the cap;
- over the embedded store each query runs in a warm worker process (:mod:`kg.serve_pool`):
  after ``timeout`` seconds (or the request's shorter ``timeout=``) the client gets 503 and
  the process is killed and replaced, so a runaway query neither keeps its CPU nor its slot;
  at most ``workers`` queries run at once, a query that finds no free worker within the
  timeout gets 503 too, and stopping the server never waits for a worker;
- ``SERVICE`` (federated queries) is refused with 400: the endpoint sends no requests
  elsewhere for whoever can reach it (:mod:`kg.serve_guard`);
- every request sees what ``kg add`` committed since the server started;
- ``/`` lists the .html pages of outputs/, which are served as static files; paths that
  leave outputs/ are refused.

Binds 127.0.0.1 by default. Nothing here writes to the store.

Example::

    with open_store(".kg", read_only=True) as store:
        server = make_server(store, port=7878, outputs=Path("outputs"))
        server.serve_forever()
"""

from __future__ import annotations

import mimetypes
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from kg.errors import KgError, QueryError, QueryTimeout
from kg.serve_pages import index_page, result_page
from kg.serve_pool import Runner, runner_for
from kg.store.base import QueryResult, Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
SPARQL_PATHS = ("/sparql", "/query")
MAX_BODY = 1_000_000  # bytes of query text we accept

#: media type → format, for SELECT/ASK and for graphs
_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/n-quads": "nquads",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
_CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def negotiate(accept: str | None, kind: str, requested: str | None = None) -> str | None:
    """The format to answer a query of ``kind`` (select/ask/graph) with, or None (406).

    ``requested`` (a ``format=`` parameter) wins; then the Accept header by q-value; a
    missing header or ``*/*`` gets JSON results or Turtle. A browser asking for HTML (a link to
    ``/sparql?query=…`` opened in a tab) gets the readable table, not a file to save or a 406.
    """
    table = _GRAPH_TYPES if kind == "graph" else _RESULT_TYPES
    if requested:
        requested = requested.lower()
        if requested in table.values() or requested == "html":
            return requested
        return table.get(requested)
    default = "turtle" if kind == "graph" else "json"
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        media = media.lower()
        if q <= 0:
            continue
        if media in table:
            choices.append((q, -index, table[media]))
        elif media in ("text/html", "application/xhtml+xml"):
            choices.append((q, -index, "html"))
        elif media in ("*/*", "application/*", "text/*"):
            choices.append((q - 0.0001, -index, default))
    if not choices:
        return None
    return max(choices)[2]


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server holding the store, the pages folder and the limits."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        store: Store,
        *,
        outputs: Path | None = None,
        timeout: float = 30.0,
        max_rows: int = 100_000,
        workers: int = 4,
        quiet: bool = False,
    ) -> None:
        self.store = store
        self.outputs = outputs.resolve() if outputs is not None else None
        self.query_timeout = timeout
        self.max_rows = max_rows
        self.quiet = quiet
        self._store_lock = threading.Lock()
        super().__init__(address, _Handler)
        try:
            self.runner: Runner = runner_for(store, workers=workers)
        except BaseException:
            self.server_close()
            raise

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up or resets the connection (between keep-alive requests, or
        before its request line) is not the server's error: no traceback on the console."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def run_query(self, text: str, timeout: float | None = None) -> tuple[QueryResult, bool]:
        """Run a query: (result of at most ``max_rows`` rows, whether it was cut).

        Raises :class:`QueryTimeout` after ``timeout`` seconds (at most, and by default, the
        server's), or when no worker frees up in that time; the query is stopped then
        (:mod:`kg.serve_pool`). A query using ``SERVICE`` is refused (:mod:`kg.serve_guard`).
        """
        with self._store_lock:  # worker processes refresh views of their own; this one is kept
            self.store.refresh()  # current too, so it pins no files a writer compacted away
        limit = self.query_timeout if timeout is None else min(timeout, self.query_timeout)
        return self.runner.run(text, max_rows=self.max_rows, timeout=limit)

    def server_close(self) -> None:
        """Close the socket and stop the query workers (busy ones are killed, not waited for)."""
        super().server_close()
        runner = getattr(self, "runner", None)
        if runner is not None:
            runner.close()


def make_server(
    store: Store,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    outputs: Path | str | None = "outputs",
    timeout: float = 30.0,
    max_rows: int = 100_000,
    workers: int = 4,
    quiet: bool = False,
) -> SparqlServer:
    """A server bound to ``host:port`` (port 0: any free port), not yet serving.

    Call ``serve_forever()`` on it, and ``server_close()`` when done.
    """
    try:
        return SparqlServer(
            (host, port),
            store,
            outputs=Path(outputs) if outputs is not None else None,
            timeout=timeout,
            max_rows=max_rows,
            workers=workers,
            quiet=quiet,
        )
    except OSError as err:
        raise KgError(f"{host}:{port}: cannot listen there ({err.strerror or err})") from err


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "policy-kg"
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: with Nagle's algorithm the body waited for the
    # client's delayed ACK, 40 ms per request on a keep-alive connection
    disable_nagle_algorithm = True

    # --- plumbing ----------------------------------------------------------------------

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client left; nothing to tell it

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(
            status, (message.rstrip("\n") + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers
        )

    # --- methods -----------------------------------------------------------------------

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path in SPARQL_PATHS:
            params = parse_qs(parts.query, keep_blank_values=True)
            if "update" in params:
                self._error(403, "updates are refused: this endpoint is read-only")
                return
            self._sparql(params.get("query", [None])[0], params)
            return
        self._static(parts.path)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        if parts.path not in SPARQL_PATHS:
            self._error(405, f"{parts.path}: only {SPARQL_PATHS[0]} takes POST", {"Allow": "GET, HEAD"})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._error(413, f"request body must be between 0 and {MAX_BODY} bytes")
            return
        body = self.rfile.read(length)
        content_type = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        params = parse_qs(parts.query, keep_blank_values=True)
        if content_type == "application/sparql-update":
            self._error(403, "updates are refused: this endpoint is read-only")
            return
        if content_type == "application/sparql-query":
            query: str | None = body.decode("utf-8", errors="replace")
        elif content_type in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
            if "update" in form:
                self._error(403, "updates are refused: this endpoint is read-only")
                return
            params.update(form)
            query = params.get("query", [None])[0]
        else:
            self._error(415, f"{content_type}: send a form or application/sparql-query")
            return
        self._sparql(query, params)

    def _refuse_method(self) -> None:
        self._error(405, "this endpoint is read-only", {"Allow": "GET, HEAD, POST"})

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    # --- SPARQL ------------------------------------------------------------------------

    def _sparql(self, query: str | None, params: dict[str, list[str]]) -> None:
        from kg.store.sparql_text import query_kind

        if not query or not query.strip():
            self._error(400, "missing query: GET /sparql?query=SELECT… or POST a form with query=")
            return
        requested = params.get("format", [None])[0]
        try:
            timeout = _seconds(params.get("timeout", [None])[0])
        except ValueError:
            self._error(400, "timeout= must be a number of seconds above 0")
            return
        kind = query_kind(query)
        if kind == "update":
            self._error(403, "updates are refused: this endpoint is read-only")
            return
        fmt = negotiate(self.headers.get("Accept"), kind or "select", requested)
        if fmt is None and kind is not None:
            self._error(406, "no acceptable format: ask for SPARQL JSON/XML, CSV, TSV, or an RDF format")
            return
        from kg.query_text import syntax_message, with_prefixes

        text, added = with_prefixes(query)  # pko:, rdfs: … as in 'kg query'
        try:
            result, cut = self.server.run_query(text, timeout)
        except QueryTimeout as err:
            self._error(503, str(err))
            return
        except QueryError as err:
            message = str(err)
            if message.startswith("SPARQL syntax error"):
                message = syntax_message(message, added, query)
            self._error(400, message)
            return
        except KgError as err:
            self._error(500, str(err))
            return
        if kind is None:  # could not tell before running; now we know
            fmt = negotiate(self.headers.get("Accept"), result.kind, requested)
            if fmt is None:
                self._error(406, "no acceptable format for this result")
                return
        headers: dict[str, str] = {}
        if cut:
            headers["X-SPARQL-MaxRows"] = str(self.server.max_rows)
        from kg.store.results import serialize

        if fmt == "html":  # a browser (the index page's form): a table to read, not a file to save
            headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
            self._send(200, result_page(result, query, cut).encode("utf-8"), _CONTENT_TYPES[fmt], headers)
            return
        try:
            data = serialize(result, fmt)  # type: ignore[arg-type]
        except QueryError as err:
            self._error(406, str(err))
            return
        self._send(200, data, _CONTENT_TYPES[fmt], headers)  # type: ignore[index]

    # --- pages -------------------------------------------------------------------------

    def _static(self, raw_path: str) -> None:
        root = self.server.outputs
        path = unquote(raw_path)
        if path in ("/", "/index.html") and (root is None or not (root / "index.html").is_file()):
            self._send(200, index_page(root).encode("utf-8"), "text/html; charset=utf-8")
            return
        if root is None or "\x00" in path:
            self._error(404, f"{raw_path}: not found")
            return
        target = (root / path.lstrip("/")).resolve()
        if not target.is_relative_to(root):
            self._error(403, f"{raw_path}: outside the pages folder")
            return
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            self._error(404, f"{raw_path}: not found")
            return
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in ("application/javascript", "application/json"):
            content_type += "; charset=utf-8"
        self._send(200, target.read_bytes(), content_type)


def _seconds(value: str | None) -> float | None:
    """A ``timeout=`` parameter: seconds above 0 (ValueError otherwise), None when absent."""
    if value is None or not value.strip():
        return None
    seconds = float(value)
    if not 0 < seconds < float("inf"):
        raise ValueError(value)
    return seconds
