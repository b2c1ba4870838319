"""The Store interface: what every backend (embedded Oxigraph, remote SPARQL endpoint) offers.

Terms crossing this interface are rdflib terms; quads are ``(s, p, o, g)`` tuples with a
named graph ``g`` (never the default graph: everything we write lives in a named graph,
and the SPARQL default graph is the union of all of them).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from rdflib.term import Identifier, Literal, Node, URIRef

Quad = tuple[Node, Node, Node, URIRef]
Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class GraphText:
    """Triples of one named graph already written in N-Triples, one ``"<s> <p> <o>"`` per item.

    The ingest fast path (:func:`kg.rdf.source_graph_text`): each term is written once by
    pyoxigraph's serializer (the escaping of ``kg.store.terms.nt``), so a store inserts the
    triples without building or re-serializing rdflib terms. Items are distinct.
    """

    graph: URIRef
    triples: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.triples)


@dataclass(frozen=True)
class Change:
    """One atomic write: drop whole graphs, then delete quads, then insert quads.

    ``insert_text`` are more quads to insert, given as N-Triples per graph (:class:`GraphText`).
    """

    drop_graphs: tuple[URIRef, ...] = ()
    delete: tuple[Quad, ...] = ()
    insert: tuple[Quad, ...] = ()
    insert_text: tuple[GraphText, ...] = ()

    def is_empty(self) -> bool:
        return not (self.drop_graphs or self.delete or self.insert or any(self.insert_text))

    def insert_size(self) -> int:
        """How many quads this change inserts (``insert`` and ``insert_text``)."""
        return len(self.insert) + sum(len(t) for t in self.insert_text)


@dataclass
class QueryResult:
    """A parsed SPARQL result: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Identifier | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Identifier | None]:
        idx = self.variables.index(name)
        return [row[idx] for row in self.rows]


class Store(ABC):
    """A quad store with SPARQL 1.1 query and atomic writes."""

    #: what the user typed to select this store (path or URL), for messages
    location: str

    @abstractmethod
    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a query over the union of all graphs; ``bindings`` are values for variables.

        Values are bound by the store (or serialized by the RDF library), never pasted
        into the query text by callers.
        """

    @abstractmethod
    def query_serialized(
        self, sparql: str, result_format: str, *, bindings: Mapping[str, Node] | None = None
    ) -> bytes:
        """Run a query and return the W3C serialization.

        ``result_format``: json, xml, csv, tsv for SELECT/ASK; turtle, nt, jsonld, rdfxml for graphs.
        """

    @abstractmethod
    def apply(self, change: Change) -> None:
        """Apply a change atomically: it lands whole or not at all."""

    @abstractmethod
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """All quads, or those of one named graph."""

    @abstractmethod
    def graphs(self) -> list[URIRef]:
        """Names of all named graphs."""

    @abstractmethod
    def load_graph(self, graph: URIRef, data: bytes, rdf_format: str) -> None:
        """Replace ``graph`` with the triples of ``data`` (format: turtle, nt) atomically."""

    def query_capped(self, sparql: str, *, max_rows: int, deadline: float) -> tuple[QueryResult, bool]:
        """A query's first ``max_rows`` rows (or triples), and whether there were more.

        For servers that answer strangers' queries (``kg serve``): a store that can read its
        results lazily stops reading at the cap, and raises :class:`kg.errors.QueryTimeout` once
        ``time.monotonic()`` passes ``deadline``, instead of holding every row in memory.
        This default reads the whole result first.
        """
        return capped(self.query(sparql), max_rows)

    def select_strings(
        self, sparql: str, *, bindings: Mapping[str, Node] | None = None
    ) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as the lexical values of their terms (None where unbound).

        For bookkeeping reads over every source, where building rdflib terms would cost
        more than the query; the embedded store reads its own terms' values directly.
        """
        return [
            tuple(None if v is None else str(v) for v in row)
            for row in self.query(sparql, bindings=bindings).rows
        ]

    def refresh(self) -> None:  # noqa: B027 - only read-only views of a changing store need it
        """Let a long-lived reader see what writers committed since it opened the store."""

    def bulk_insert(self, quads: Iterable[Quad]) -> None:
        """Insert many quads fast where the backend can; atomic only per call."""
        self.apply(Change(insert=tuple(quads)))

    def count(self, graph: URIRef | None = None) -> int:
        return sum(1 for _ in self.quads(graph))

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        """Flush and release the store."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def capped(result: QueryResult, max_rows: int) -> tuple[QueryResult, bool]:
    """A read result's first ``max_rows`` rows (or triples), and whether there were more."""
    if result.kind == "select" and len(result.rows) > max_rows:
        return replace(result, rows=result.rows[:max_rows]), True
    if result.kind == "graph" and len(result.triples) > max_rows:
        return replace(result, triples=result.triples[:max_rows]), True
    return result, False


def literal_int(value: Node | None) -> int | None:
    """An integer from a literal, or None."""
    if isinstance(value, Literal):
        try:
            return int(value.toPython())
        except (TypeError, ValueError):
            return None
    return None


def first(values: Sequence[Identifier | None]) -> Identifier | None:
    return values[0] if values else None
