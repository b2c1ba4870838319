"""Ingestion at scale: extraction in worker processes, and a map step / load step pair.

- :func:`parallel_extractions` runs the extractor in N worker processes (each builds the
  spaCy pipeline once) and yields results in input order, with a bounded number of
  documents in flight, so the one writer in the main process streams.
- :func:`extract_to_dir` is the map step (``kg extract``): each source → ``<source id>.nq``,
  the quads of that source's own named graph, written atomically (temp file + rename).
  It needs no store, so any batch engine can run it on any share of the inputs.
- :func:`load_dir` is the load step (``kg load``): the N-Quads files → the store, each
  source as a whole, and the consolidated graph kept up to date — incrementally per batch,
  or recomputed once at the end (``rebuild_at_end``), which is faster for a first load.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError, SourceError
from kg.model import AddReport, Document, Extraction
from kg.store.base import Quad, Store

Extractor = Callable[[Document], Extraction]

# ------------------------------------------------------------------ worker processes
_worker_extractor: Extractor | None = None


def _init_worker(extractor: Extractor | None) -> None:
    """Ctrl-C reaches the whole foreground process group, workers included: they ignore it,
    so the parent alone stops the run (terminating the pool) and no worker prints a traceback.
    SIGINT arrives blocked (see :func:`_sigint_held`); ignored first, then unblocked, a
    pending one is dropped."""
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _worker_extractor = extractor
    if extractor is None:
        from kg.extract import build_pipeline

        build_pipeline()  # once per worker, before the first chunk arrives


def _extract_chunk(docs: list[Document]) -> list[Extraction]:
    if _worker_extractor is not None:
        return [_worker_extractor(d) for d in docs]
    from kg.extract import extract_many

    return list(extract_many(docs, batch_size=len(docs) or 1))


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


@contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT blocked while the pool starts its workers, delivered to this process after.

    Workers (and a forkserver started now) inherit the blocked mask, so a Ctrl-C in the
    moment before :func:`_init_worker` runs cannot interrupt them either; the parent loses
    nothing: the pending signal raises KeyboardInterrupt here when unblocked.
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def parallel_extractions(
    docs: Iterable[Document], *, jobs: int, extractor: Extractor | None = None, chunk: int = 16
) -> Iterator[tuple[Document, Extraction]]:
    """(document, extraction) pairs in input order, extracted by ``jobs`` worker processes.

    Workers start with forkserver (spawn where there is none) and build the pipeline once.
    At most ``2 × jobs`` chunks of ``chunk`` documents are in flight, so memory does not
    grow with the corpus. ``extractor`` must be picklable (a module-level function).
    """
    stream = iter(docs)
    with ExitStack() as stack:
        with _sigint_held():  # a Ctrl-C held here is raised inside the stack: the pool terminates
            pool = stack.enter_context(_context().Pool(jobs, initializer=_init_worker, initargs=(extractor,)))
        in_flight: deque[tuple[list[Document], Any]] = deque()

        def submit() -> bool:
            part = list(itertools.islice(stream, chunk))
            if not part:
                return False
            in_flight.append((part, pool.apply_async(_extract_chunk, (part,))))
            return True

        more = True
        while more and len(in_flight) < 2 * jobs:
            more = submit()
        while in_flight:
            part, pending = in_flight.popleft()
            extractions = pending.get()
            if more:
                more = submit()
            yield from zip(part, extractions, strict=True)


# ------------------------------------------------------------------ map step
@dataclass
class ExtractReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, message)


def serialize_nquads(quads: Iterable[Quad]) -> bytes:
    """N-Quads of ``quads``, written by Oxigraph's serializer (escaping done by the RDF library)."""
    import pyoxigraph as ox

    from kg.store.terms import quad_to_ox

    return ox.serialize((quad_to_ox(*q) for q in quads), format=ox.RdfFormat.N_QUADS)  # type: ignore[return-value]


def parse_nquads(data: bytes, *, name: str) -> list[Quad]:
    import pyoxigraph as ox

    from kg.store.terms import from_ox

    try:
        parsed = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as err:
        raise SourceError(f"{name}: not valid N-Quads ({str(err).splitlines()[0]})") from err
    out: list[Quad] = []
    for q in parsed:
        if not isinstance(q.graph_name, ox.NamedNode):
            raise SourceError(f"{name}: a quad outside a named graph; expected the output of 'kg extract'")
        out.append((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)))  # type: ignore[arg-type]
    return out


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def extract_to_dir(
    specs: Iterable[str],
    out_dir: str | Path,
    *,
    jobs: int = 1,
    extractor: Extractor | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    **load_options: object,
) -> ExtractReport:
    """The map step: one ``<source id>.nq`` file per source in ``out_dir`` (created if missing)."""
    from kg.ingest import extraction_stream
    from kg.rdf import source_graph
    from kg.sources import expand, load

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KgError(f"{out}: cannot create the output folder ({err.strerror or err})") from err
    report = ExtractReport()
    refs = []
    for item in expand(specs):
        if isinstance(item, SourceError):
            report.failed.append(("", str(item)))
        else:
            refs.append(item)
    done = 0

    def docs() -> Iterator[Document]:
        nonlocal done
        for ref in refs:
            try:
                yield load(ref, **load_options)  # type: ignore[arg-type]
            except KgError as err:
                report.failed.append((ref.location, str(err)))
                done += 1
                if progress is not None:
                    progress(done, len(refs), ref.location)

    for doc, extraction in extraction_stream(docs(), jobs=jobs, extractor=extractor):
        path = out / f"{doc.id}.nq"
        _write_atomically(path, serialize_nquads(source_graph(doc, extraction)))
        report.written.append(path)
        done += 1
        if progress is not None:
            progress(done, len(refs), doc.location)
    return report


# ------------------------------------------------------------------ load step
LoadReport = AddReport  # the same outcomes as `kg add`


def nquad_files(folder: str | Path) -> list[Path]:
    """The ``*.nq`` files of a folder (recursively, sorted, hidden files skipped)."""
    root = Path(folder)
    if root.exists() and not root.is_dir():  # a file is there: "no such folder" would mislead
        raise KgError(f"{folder}: not a folder (give the output folder of 'kg extract')")
    if not root.is_dir():
        raise KgError(f"{folder}: no such folder (give the output folder of 'kg extract')")
    files = sorted(p for p in root.rglob("*.nq") if not p.name.startswith("."))
    if not files:
        raise KgError(f"{folder}: no .nq files here (write them with 'kg extract SOURCES -o {folder}')")
    return files


def load_dir(
    store: Store,
    folder: str | Path,
    *,
    rebuild_at_end: bool = False,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> LoadReport:
    """The load step: every ``<source id>.nq`` of ``folder`` into ``store``, each source whole.

    Unchanged sources (same text hash and extractor version as stored) are skipped. With
    ``rebuild_at_end`` the source graphs are written without touching the consolidated graph,
    which is recomputed once when all are in (:func:`kg.consolidate.full_rebuild_change`).
    """
    from kg.consolidate import full_rebuild_change
    from kg.ingest import Ingestor

    files = nquad_files(folder)
    ingestor = Ingestor(store)
    report = LoadReport()
    states = ingestor.stored_states()
    batch: list[list[Quad]] = []

    def flush() -> None:
        for ids, err in ingestor.write_graphs(batch, consolidate=not rebuild_at_end):
            for sid in ids:
                if err is None:
                    report.added.append(sid)
                else:
                    report.failed.append((sid, str(err)))
        batch.clear()

    for n, path in enumerate(files, 1):
        try:
            quads = parse_nquads(path.read_bytes(), name=str(path))
            src, sid, state = ingestor.describe_graph(quads, name=str(path))
        except KgError as err:
            report.failed.append((str(path), str(err)))
        else:
            stored = states.get(src)
            if stored is not None and not force and stored == state:
                report.unchanged.append(sid)
            elif stored is not None:
                try:
                    ingestor.write_graph(quads, replacing=True, consolidate=not rebuild_at_end)
                except KgError as err:
                    report.failed.append((str(path), str(err)))
                else:
                    report.replaced.append(sid)
            else:
                batch.append(quads)
                if len(batch) >= ingestor.batch_size:
                    flush()
        if progress is not None:
            progress(n, len(files), str(path))
    flush()
    if rebuild_at_end and (report.added or report.replaced):
        store.apply(full_rebuild_change(store, ingestor.reference))
    return report


__all__ = [
    "ExtractReport",
    "LoadReport",
    "extract_to_dir",
    "load_dir",
    "nquad_files",
    "parallel_extractions",
    "parse_nquads",
    "serialize_nquads",
]
