"""A store that only answers queries, for server tests: anything that writes or dumps is a bug."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef

from kg.store.base import Change, Store


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
