"""The embedded store: Oxigraph (pyoxigraph) in a folder on disk. Nothing to start.

Writes go through one SPARQL update per change, which Oxigraph applies as one transaction,
so a source lands whole or not at all; a change that only inserts is loaded as N-Quads,
also all or nothing (a big one by the bulk loader, see ``BULK_QUADS``). The store is
flushed on close (an unflushed 1M-quad store took 14–24 s to reopen).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from kg.errors import QueryError, QueryTimeout, StoreError
from kg.store.base import Change, GraphText, Quad, QueryResult, Store
from kg.store.bindings import inline_bindings
from kg.store.folder import (
    announce_waiting,
    files_stamp,
    ingestion_guard,
    looks_like_store,
    others_waiting,
    sst_bytes,
    tell_stderr,
    vanished_file,
)
from kg.store.nquads import insert_nquads
from kg.store.snapshot import open_frozen, release
from kg.store.sparql_text import update_text
from kg.store.terms import converted_rows, from_ox, quad_to_ox, to_ox

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
#: a long writer (``kg add`` of a big folder) lets waiting processes in after holding the lock this long
LOCK_SHARE_SECONDS = float(os.environ.get("KG_LOCK_SHARE", "2"))
#: a writer flushes RocksDB's write buffers (memtables) to disk after this many bytes of updates;
#: without it every index's memtable grows to its full size and ``kg add`` of 10,000 documents
#: peaked at 1.66 GB (flat at ~0.2 GB with it)
FLUSH_BYTES = int(os.environ.get("KG_FLUSH_BYTES") or 4_000_000)
#: an insert-only change of at least this many quads goes through Oxigraph's bulk loader: it
#: parses the whole input first (a syntax error writes nothing), sorts each index's keys into
#: new SST files and hands them to RocksDB in one ingestion, which RocksDB records atomically
#: across column families; so the change still lands whole or not at all, with about half the
#: CPU of a transactional load (which also grows the memtables that ``FLUSH_BYTES`` must flush).
#: Small changes stay transactional: each bulk load adds a file per index.
BULK_QUADS = int(os.environ.get("KG_BULK_QUADS") or 2000)
#: ... and so do very big ones: the bulk loader cuts its input into batches of 1,000,000 quads
#: (Oxigraph's default), each its own ingestion, so only a change well under that is one
#: ingestion and therefore all or nothing.
BULK_MAX_QUADS = 500_000
#: how long the writer stays out when it lets others in; waiters poll faster than this
_HANDOFF_SECONDS = 0.3
_POLL_SECONDS = 0.05
_READ_RETRIES = 20


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
        if path.is_dir() and any(path.iterdir()) and not looks_like_store(path):
            raise StoreError(f"{location}: not a policy-kg store (the folder holds other files)")
        if read_only and not looks_like_store(path):
            raise StoreError(f"{location}: no store here yet (add sources with 'kg add' first)")
        self._lock_wait = LOCK_WAIT_SECONDS if lock_wait is None else lock_wait
        self._on_wait = tell_stderr if on_wait is None else on_wait
        self._stamp = files_stamp(path) if read_only else ()
        self._copy: Path | None = None  # a reader's frozen copy of the folder (kg.store.snapshot)
        if read_only:
            self._open_view()
        else:
            self._make_parents(path)
            self._store = self._open(path, self._lock_wait, self._on_wait)
        self._read_only = read_only
        self._opened_at = time.monotonic()
        self._unflushed = 0
        self._bulk_bytes = 0  # N-Quads bulk-loaded since the last compaction

    def _make_parents(self, path: Path) -> None:
        """Create the folders a new store goes in, as ``-o`` does for outputs: RocksDB creates
        the store's own folder only, and says so in a raw "While mkdir if missing" message."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
            reason = f"{blocking} is a file, not a folder" if blocking is not None else err.strerror or err
            raise StoreError(f"{self.location}: cannot create the store's folder ({reason})") from err

    def _open(self, path: Path, lock_wait: float, on_wait: object) -> ox.Store:
        deadline = time.monotonic() + lock_wait
        marker: Path | None = None
        try:
            while True:
                try:
                    return ox.Store(str(path))
                except OSError as err:
                    message = str(err)
                    locked = "lock" in message.lower()
                    if not locked:
                        raise StoreError(f"{self.location}: cannot open store ({_first_line(err)})") from err
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"{self.location}: store is locked by another kg process "
                            f"(waited {lock_wait:.0f}s)"
                        ) from err
                    if marker is None:
                        marker = announce_waiting(path)
                        if callable(on_wait):
                            on_wait(f"{self.location}: store is in use by another kg process; waiting for it")
                    time.sleep(_POLL_SECONDS)
        finally:
            if marker is not None:
                marker.unlink(missing_ok=True)

    def _open_view(self, wait: float | None = None) -> bool:
        """(Re)open the read-only view, on a frozen copy of the folder (see kg.store.snapshot):
        a writer in another process may compact away files the live folder's reader still reads.
        With ``wait``, a bulk load that lasts longer keeps the current view: False."""
        try:
            store, copy = open_frozen(
                Path(self.location),
                ox.Store.read_only,
                tries=_READ_RETRIES,
                wait=self._lock_wait if wait is None else wait,
            )
        except TimeoutError as err:
            if wait is not None and getattr(self, "_store", None) is not None:
                return False
            raise StoreError(f"{self.location}: store is busy ({err})") from err
        except (OSError, RuntimeError) as err:
            raise StoreError(f"{self.location}: cannot open store ({_first_line(err)})") from err
        old, self._copy = self._copy, copy
        self._store = store  # the old view closes here, before its copy goes
        release(old)
        return True

    # ------------------------------------------------------------------ queries
    def _run(self, sparql: str, bindings: Mapping[str, Node] | None, tries: int = _READ_RETRIES) -> object:
        text = inline_bindings(sparql, bindings)
        try:
            return self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {_first_line(err)}") from err
        except (OSError, ValueError, RuntimeError) as err:
            if not (self._read_only and vanished_file(err)) or tries <= 1:
                raise QueryError(f"query failed: {_first_line(err)}") from err
        self._open_view()  # read in the live folder (no copy could be made) and a writer compacted
        return self._run(sparql, bindings, tries - 1)

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        result = self._run(sparql, bindings)
        try:
            if isinstance(result, ox.QueryBoolean):
                return QueryResult(kind="ask", boolean=bool(result))
            if isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                rows = converted_rows(result, len(variables))
                return QueryResult(kind="select", variables=variables, rows=rows)  # type: ignore[arg-type]
            triples = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result]  # type: ignore[attr-defined]
            return QueryResult(kind="graph", triples=triples)  # type: ignore[arg-type]
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from err

    def select_strings(
        self, sparql: str, *, bindings: Mapping[str, Node] | None = None
    ) -> list[tuple[str | None, ...]]:
        result = self._run(sparql, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select_strings needs a SELECT query")
        width = len(result.variables)
        try:
            return [tuple(None if (t := sol[i]) is None else t.value for i in range(width)) for sol in result]
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from err

    def query_capped(self, sparql: str, *, max_rows: int, deadline: float) -> tuple[QueryResult, bool]:
        """Read at most ``max_rows`` + 1 solutions lazily, checking the deadline as rows come.

        Oxigraph yields solutions as it finds them, so a query over millions of rows stops
        at the cap; one that sorts or groups everything before its first row can only be
        stopped at that row.
        """
        result = self._run(sparql, None)
        try:
            return self._read_capped(result, max_rows, deadline)  # type: ignore[arg-type]
        finally:
            del result  # pyoxigraph's results must be freed by the thread that made them

    @staticmethod
    def _read_capped(
        result: ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean, max_rows: int, deadline: float
    ) -> tuple[QueryResult, bool]:
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result)), False
        items: list = []
        cut = False
        try:
            for i, item in enumerate(result):
                if i % 256 == 0 and time.monotonic() > deadline:
                    raise QueryTimeout("the query ran past its time limit and was stopped")
                if i == max_rows:
                    cut = True
                    break
                items.append(item)
            if isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                rows = converted_rows(items, len(variables))
                return QueryResult(kind="select", variables=variables, rows=rows), cut  # type: ignore[arg-type]
            triples = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in items]
            return QueryResult(kind="graph", triples=triples), cut  # type: ignore[arg-type]
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {_first_line(err)}") from err
        finally:
            del items, result

    def refresh(self) -> None:
        """Reopen a read-only view when a writer has committed since (its files changed).

        A read-only Oxigraph store sees the data as it was when it was opened. While a bulk load
        runs (a second's wait at most), the view stays as it was and the next call looks again.
        """
        if not self._read_only:
            return
        stamp = files_stamp(Path(self.location))
        if stamp != self._stamp and self._open_view(wait=1.0):
            self._stamp = stamp

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
                return result.serialize(format=_RESULT_FORMATS[result_format])  # type: ignore[return-value]
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
        data = self._insert_only_nquads(change)
        if data is not None:
            # nothing to drop or delete: load the quads as N-Quads, all or nothing like an
            # update, but read by the N-Quads parser (the SPARQL update parser took ~2x the CPU)
            # lenient: pyoxigraph's term classes checked every term when ``data`` was written
            bulk = BULK_QUADS <= change.insert_size() <= BULK_MAX_QUADS
            try:
                if bulk:
                    with ingestion_guard(Path(self.location), exclusive=True):
                        self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
                    self._bulk_bytes += len(data)
                else:
                    self._store.load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            except (OSError, SyntaxError, ValueError) as err:
                raise StoreError(
                    f"{self.location}: write failed, nothing was changed ({_first_line(err)})"
                ) from err
            if not bulk:
                self._wrote(len(data))
            return
        update = update_text(change.drop_graphs, change.delete, change.insert, change.insert_text)
        try:
            self._store.update(update)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(
                f"{self.location}: write failed, nothing was changed ({_first_line(err)})"
            ) from err
        self._wrote(len(update))

    def _insert_only_nquads(self, change: Change) -> str | None:
        """The change as N-Quads when it only inserts (dropped graphs do not exist), else None."""
        if change.delete or any(
            self._store.contains_named_graph(ox.NamedNode(str(g))) for g in change.drop_graphs
        ):
            return None
        return insert_nquads(change)

    def _wrote(self, size: int) -> None:
        self._unflushed += size
        if self._unflushed >= FLUSH_BYTES:
            self._flush()

    def _flush(self) -> None:
        """Write the memtables to disk so memory stays flat however many sources are added."""
        self._unflushed = 0
        with contextlib.suppress(OSError):
            self._store.flush()

    def bulk_insert(self, quads: Iterable[Quad]) -> None:
        self._writable()
        try:
            with ingestion_guard(Path(self.location), exclusive=True):
                self._store.bulk_extend(quad_to_ox(*q) for q in quads)
        except OSError as err:
            raise StoreError(f"{self.location}: bulk write failed ({_first_line(err)})") from err

    def load_graph(self, graph: URIRef, data: bytes, rdf_format: str) -> None:
        """Triples go in as N-Triples text: no rdflib term for the ~4,000 reference triples of a
        new store. With blank nodes, as rdflib quads (the update gives them fresh labels)."""
        self._writable()
        parsed = list(ox.parse(data, format=_LOAD_FORMATS[rdf_format]))
        if any(isinstance(t, ox.BlankNode) for q in parsed for t in (q.subject, q.object)):
            f = from_ox
            quads = tuple((f(q.subject), f(q.predicate), f(q.object), graph) for q in parsed)
            self.apply(Change(drop_graphs=(graph,), insert=quads))  # type: ignore[arg-type]
            return
        triples = dict.fromkeys(f"{q.subject} {q.predicate} {q.object}" for q in parsed)
        text = GraphText(graph, tuple(triples))
        self.apply(Change(drop_graphs=(graph,), insert_text=(text,)))

    def let_others_in(self, *, after: float | None = None) -> bool:
        """Release the write lock for a moment when another process waits for it.

        Oxigraph allows one read-write process per store folder. A process that finds the
        store locked leaves a ``.kg-waiting-<pid>`` marker in the folder while it polls (every
        50 ms). A long ``kg add`` calls this between its atomic batches: when a live waiter is
        marked and the lock has been held ``after`` seconds (KG_LOCK_SHARE, default 2), the
        store is flushed and closed, the waiter gets in, and this process waits in its turn.
        Returns True when it let others in (they may have written meanwhile).
        """
        if self._read_only or self._store is None:
            return False
        if time.monotonic() - self._opened_at < (LOCK_SHARE_SECONDS if after is None else after):
            return False
        if not others_waiting(Path(self.location)):
            return False
        self.close(compact=False)  # the waiter should not wait for a compaction
        time.sleep(_HANDOFF_SECONDS)
        self._store = self._open(Path(self.location), self._lock_wait, self._on_wait)
        self._opened_at = time.monotonic()
        return True

    # ------------------------------------------------------------------ reads
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        gname = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._store.quads_for_pattern(None, None, None, gname):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), URIRef(q.graph_name.value))  # type: ignore[misc]

    def triples_about(
        self, subjects: Iterable[Node], graph: URIRef, predicates: Iterable[Node] | None = None
    ) -> Iterator[tuple[Node, Node, Node]]:
        """Triples of ``graph`` whose subject is one of ``subjects`` (and predicate one of ``predicates``)."""
        g = ox.NamedNode(str(graph))
        wanted = None if predicates is None else {to_ox(p): p for p in predicates}
        converted: dict[object, Node | None] = {}  # predicates and objects repeat: convert each once
        for subject in subjects:
            try:
                ox_subject = to_ox(subject)
            except (TypeError, ValueError):
                continue  # a term Oxigraph refuses (an IRI with a space) is in no triple
            for q in self._store.quads_for_pattern(ox_subject, None, None, g):  # type: ignore[arg-type]
                p = q.predicate
                if wanted is not None:
                    predicate = wanted.get(p)
                    if predicate is None:
                        continue
                else:
                    predicate = converted.get(p) or converted.setdefault(p, from_ox(p))
                o = q.object
                obj = converted.get(o)
                if obj is None:
                    obj = converted[o] = from_ox(o)
                yield (subject, predicate, obj)  # type: ignore[misc]

    def ox_quads(self, subject: ox.NamedNode, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        """The quads of ``graph`` about ``subject`` as pyoxigraph terms (for :mod:`kg.ingest_plan`)."""
        return self._store.quads_for_pattern(subject, None, None, graph)  # type: ignore[no-any-return]

    def ox_contains(self, quad: ox.Quad) -> bool:
        return quad in self._store

    def present_triples(
        self, triples: Iterable[tuple[Node, Node, Node]], graph: URIRef
    ) -> Iterator[tuple[Node, Node, Node]]:
        """Those of ``triples`` that ``graph`` holds."""
        g = ox.NamedNode(str(graph))
        for t in triples:
            try:
                quad = ox.Quad(to_ox(t[0]), to_ox(t[1]), to_ox(t[2]), g)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue  # a term Oxigraph refuses is in no triple
            if quad in self._store:
                yield t

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: URIRef | None = None) -> int:
        if graph is None:
            return len(self._store)
        return super().count(graph)

    def write_rdf(
        self, out: IO[bytes], rdf_format: ox.RdfFormat, *, dataset: bool, prefixes: dict[str, str]
    ) -> None:
        """Stream the dataset (``dataset``) or the union of all graphs as triples to ``out``.

        Oxigraph's own writer reads the store as it writes: no rdflib terms, and memory stays
        flat however large the store. The union comes from a CONSTRUCT, which gives each
        triple once.
        """
        if dataset:
            self._store.dump(out, format=rdf_format, prefixes=prefixes)
            return
        triples = self._store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        ox.serialize(triples, out, format=rdf_format, prefixes=prefixes)  # type: ignore[arg-type]

    def dump(self, fmt: str) -> bytes:
        """The whole dataset in an RDF dataset format (trig, nquads) via Oxigraph's writer."""
        formats = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
        return self._store.dump(format=formats[fmt])  # type: ignore[return-value]

    def close(self, *, compact: bool = True) -> None:
        """Flush; compact too after bulk loads of a quarter of the store's size or more: they leave
        each index in many small files that every later query looks into (a re-add's read of
        1,000 sources took 2x as long), and a full compaction costs ~3 CPU s per 800k quads."""
        store = getattr(self, "_store", None)
        if store is None:
            return
        if not self._read_only:
            with contextlib.suppress(OSError):
                store.flush()
                if compact and self._bulk_bytes and self._bulk_bytes * 4 >= sst_bytes(Path(self.location)):
                    store.optimize()  # not guarded: readers' copies survive compactions
            self._bulk_bytes = 0
        self._store = None  # type: ignore[assignment]
        del store
        release(self._copy)
        self._copy = None
