"""What the tests that serve over loopback share: running kg's SPARQL server in a thread, a plain
HTTP server for loader tests, and a store that only answers queries (anything that writes or dumps
is a bug)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.serve import SparqlServer
from kg.store import open_store
from kg.store.base import Change, Store


def _serving(server: SparqlServer | ThreadingHTTPServer, url: str) -> Iterator[str]:
    """``url`` while ``server`` serves in a thread; shut down and closed afterwards."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def running(server: SparqlServer) -> Iterator[str]:
    """The server's SPARQL URL while it serves in a thread."""
    yield from _serving(server, f"{server.url}/sparql")


def loopback(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """The base URL of a plain HTTP server on 127.0.0.1 answering with ``handler``, while it runs."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    yield from _serving(httpd, f"http://127.0.0.1:{httpd.server_address[1]}")


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


def write_wide_store(path: Path) -> Path:
    """A store of 3,000 labels in 7 graphs at ``path``: a join of everything with everything has
    9,000,000 rows, more than any deadline in the tests lets a query read."""
    quads = tuple(
        (URIRef(f"{WIDE}s{i}"), RDFS.label, Literal(f"label {i}"), URIRef(f"{WIDE}g{i % 7}"))
        for i in range(3000)
    )
    with open_store(str(path)) as store:
        store.apply(Change(insert=quads))
    return path


#: the namespace of the wide store's subjects and graphs
WIDE = "http://example.org/"
