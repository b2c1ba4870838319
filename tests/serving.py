"""What the tests that serve over loopback share: running kg's SPARQL server in a thread, a plain
HTTP server for loader tests, and a store that only answers queries (anything that writes or dumps
is a bug)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rdflib import URIRef

from kg.serve import SparqlServer
from kg.store.base import Change, Store


def running(server: SparqlServer) -> Iterator[str]:
    """The server's SPARQL URL while it serves in a thread; shut down and closed afterwards."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{server.url}/sparql"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def loopback(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """The base URL of a plain HTTP server on 127.0.0.1 answering with ``handler``, while it runs."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


class QueryOnlyStore(Store):
    """Subclasses give ``query``; a read-only server never calls the rest."""

    def query_serialized(self, *args: object, **kwargs: object) -> bytes:
        raise AssertionError("a read-only server never calls this")

    def apply(self, change: Change) -> None:
        raise AssertionError("a read-only server never calls this")

    def quads(self, graph: URIRef | None = None) -> Iterator:  # type: ignore[type-arg]
        return iter(())

    def graphs(self) -> list[URIRef]:
        return []

    def load_graph(self, graph: URIRef, data: bytes, rdf_format: str) -> None:
        raise AssertionError("a read-only server never calls this")
