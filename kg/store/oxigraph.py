"""The embedded store: Oxigraph (pyoxigraph) in a folder on disk. Nothing to start.

Writes go through one SPARQL update per change, which Oxigraph applies as one transaction,
so a source lands whole or not at all. The store is flushed on close (an unflushed
1M-quad store took 14–24 s to reopen).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.store.base import Change, Quad, QueryResult, Store
from kg.store.bindings import inline_bindings
from kg.store.terms import from_ox, quad_to_ox
from kg.store.update import change_to_update

_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
}
_LOAD_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}

#: how long a writer waits for another process's lock before giving up (seconds)
LOCK_WAIT_SECONDS = float(os.environ.get("KG_LOCK_TIMEOUT", "60"))


def _looks_like_store(path: Path) -> bool:
    return (path / "CURRENT").is_file() or (path / "IDENTITY").is_file()


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


class OxigraphStore(Store):
    """An Oxigraph store in ``location`` (created if missing)."""

    def __init__(
        self,
        location: str,
        *,
        read_only: bool = False,
        lock_wait: float | None = None,
        on_wait: object = None,
    ) -> None:
        self.location = location
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{location}: not a store folder (it is a file)")
        if path.is_dir() and any(path.iterdir()) and not _looks_like_store(path):
            raise StoreError(f"{location}: not a policy-kg store (the folder holds other files)")
        if read_only and not _looks_like_store(path):
            raise StoreError(f"{location}: no store here yet (add sources with 'kg add' first)")
        self._store = self._open(path, read_only, LOCK_WAIT_SECONDS if lock_wait is None else lock_wait, on_wait)
        self._read_only = read_only

    def _open(self, path: Path, read_only: bool, lock_wait: float, on_wait: object) -> ox.Store:
        deadline = time.monotonic() + lock_wait
        told = False
        while True:
            try:
                return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
            except OSError as err:
                message = str(err)
                locked = "lock" in message.lower()
                if not locked:
                    raise StoreError(f"{self.location}: cannot open store ({_first_line(err)})") from err
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.location}: store is locked by another kg process (waited {lock_wait:.0f}s)"
                    ) from err
                if not told and callable(on_wait):
                    on_wait(f"{self.location}: store is in use by another kg process; waiting for it")
                    told = True
                time.sleep(0.2)

    # ------------------------------------------------------------------ queries
    def _run(self, sparql: str, bindings: Mapping[str, Node] | None) -> object:
        try:
            return self._store.query(inline_bindings(sparql, bindings), use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {_first_line(err)}") from err
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from err

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        result = self._run(sparql, bindings)
        try:
            if isinstance(result, ox.QueryBoolean):
                return QueryResult(kind="ask", boolean=bool(result))
            if isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                rows = [tuple(from_ox(sol[i]) for i in range(len(variables))) for sol in result]
                return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]
            triples = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result]  # type: ignore[attr-defined]
            return QueryResult(kind="graph", triples=triples)  # type: ignore[arg-type]
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from err

    def query_serialized(
        self, sparql: str, result_format: str, *, bindings: Mapping[str, Node] | None = None
    ) -> bytes:
        result = self._run(sparql, bindings)
        try:
            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                if result_format not in _RESULT_FORMATS:
                    raise QueryError(
                        f"format {result_format!r} is for graphs; SELECT/ASK results can be: "
                        + ", ".join(_RESULT_FORMATS)
                    )
                return result.serialize(format=_RESULT_FORMATS[result_format])  # type: ignore[no-any-return]
            if result_format not in _GRAPH_FORMATS:
                raise QueryError(
                    f"format {result_format!r} is for SELECT/ASK; CONSTRUCT/DESCRIBE results can be: "
                    + ", ".join(k for k in _GRAPH_FORMATS if k not in ("ntriples", "xml"))
                )
            return result.serialize(format=_GRAPH_FORMATS[result_format])  # type: ignore[attr-defined,no-any-return]
        except (OSError, RuntimeError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from err

    # ------------------------------------------------------------------ writes
    def _writable(self) -> None:
        if self._read_only:
            raise StoreError(f"{self.location}: store is open read-only")

    def apply(self, change: Change) -> None:
        self._writable()
        if change.is_empty():
            return
        try:
            self._store.update(change_to_update(change))
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"{self.location}: write failed, nothing was changed ({_first_line(err)})") from err

    def bulk_insert(self, quads: Iterable[Quad]) -> None:
        self._writable()
        try:
            self._store.bulk_extend(quad_to_ox(*q) for q in quads)
        except OSError as err:
            raise StoreError(f"{self.location}: bulk write failed ({_first_line(err)})") from err

    def load_graph(self, graph: URIRef, data: bytes, rdf_format: str) -> None:
        self._writable()
        parsed = ox.parse(data, format=_LOAD_FORMATS[rdf_format])
        quads = tuple((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph) for q in parsed)
        self.apply(Change(drop_graphs=(graph,), insert=quads))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ reads
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        gname = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._store.quads_for_pattern(None, None, None, gname):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), URIRef(q.graph_name.value))  # type: ignore[misc]

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: URIRef | None = None) -> int:
        if graph is None:
            return len(self._store)
        return super().count(graph)

    def dump(self, fmt: str) -> bytes:
        """The whole dataset in an RDF dataset format (trig, nquads) via Oxigraph's writer."""
        formats = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
        return self._store.dump(format=formats[fmt])  # type: ignore[no-any-return]

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is None:
            return
        if not self._read_only:
            try:
                store.flush()
            except OSError:
                pass
        self._store = None  # type: ignore[assignment]
        del store
