"""One ``kg add``: expand the inputs, skip what is unchanged, extract the rest, write it.

Extraction runs in this thread (or in worker processes it feeds); one writer thread writes
a batch while the next one is extracted (the store's own work, parsing and RocksDB, runs
without the GIL). One write is in flight at a time, so batches land in input order, each
whole, and the next batch's plan sees the last one.

Outcomes are recorded as they happen, by the writer thread for what it wrote, so a Ctrl-C
in this thread loses no count: :class:`kg.errors.AddInterrupted` carries what had landed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from kg.errors import AddInterrupted, KgError, SourceError
from kg.model import AddReport, Document, Extraction
from kg.ontology import source_iri
from kg.source_state import (
    METADATA,
    metadata_change,
    only_metadata_differs,
    state_of,
    stored_text,
    with_stored_metadata,
)

if TYPE_CHECKING:
    from kg.ingest import Ingestor
    from kg.sources.base import SourceRef

Progress = Callable[[int, int, str], None]
#: (outcome: added, replaced, unchanged or failed; source id, or the input that failed; message)
Event = tuple[str, str, str]


class AddRun:
    """The state of one ``kg add``: its options, the writer thread, the outcomes so far."""

    def __init__(
        self,
        ingestor: Ingestor,
        *,
        progress: Progress | None = None,
        force: bool = False,
        jobs: int = 1,
        load_options: dict[str, object] | None = None,
    ) -> None:
        self.ingestor = ingestor
        self.progress = progress
        self.force = force
        self.jobs = jobs
        self.load_options = load_options or {}
        self.given = {name for name in METADATA if self.load_options.get(name) is not None}
        self.events: list[Event] = []  # appended by this thread and the writer thread
        self.total: int | None = None  # sources found in the inputs, once expanded
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer")
        self._in_flight: Future[None] | None = None
        self._before = 0  # events about the inputs themselves (a glob that matches nothing)

    def run(self, specs: Iterable[str]) -> AddReport:
        """Add ``specs``; on Ctrl-C wait for the write in flight and raise AddInterrupted."""
        try:
            self._run(specs)
        except KeyboardInterrupt as err:
            self._writer.shutdown(wait=True)  # a batch in flight still lands whole, and is counted
            raise AddInterrupted(report(self.events), self.total) from err
        finally:
            self._writer.shutdown(wait=True)
        return report(self.events)

    def _run(self, specs: Iterable[str]) -> None:
        from kg.sources import expand

        refs = []
        for item in expand(specs):
            if isinstance(item, SourceError):
                self.events.append(("failed", "", str(item)))
            else:
                refs.append(item)
        self.total, self._before = len(refs), len(self.events)
        if not refs:
            return
        ingestor = self.ingestor
        replacing: set[str] = set()
        batch: list[tuple[Document, Extraction]] = []
        chars = 0
        stream = ingestor.extractions(self._to_extract(refs, replacing), self.jobs)
        try:
            for doc, extraction in stream:
                if doc.id in replacing:
                    self._submit(self._write_replacing, doc, extraction)
                    continue
                batch.append((doc, extraction))
                chars += len(doc.text)
                if len(batch) >= ingestor.batch_size or chars >= ingestor.batch_chars:
                    self._submit(self._write_batch, list(batch))
                    batch.clear()
                    chars = 0
            if batch:
                self._submit(self._write_batch, list(batch))
            self._collect()
        finally:
            stream.close()  # stops extraction workers at once when interrupted

    def _to_extract(self, refs: list[SourceRef], replacing: set[str]) -> Iterator[Document]:
        """The documents to extract; the unchanged ones skipped, metadata-only changes written."""
        from kg.sources import load

        states = self.ingestor.stored_states()
        version = self.ingestor.extractor_version
        for ref in refs:
            try:
                doc = load(ref, **self.load_options)  # type: ignore[arg-type]
            except KgError as err:
                self.events.append(("failed", ref.location, str(err)))
                self._tick(ref.location)
                continue
            src = source_iri(doc.id)
            state = states.get(src)
            if state is not None:
                old_text = functools.partial(stored_text, self.ingestor.store, src)
                doc = with_stored_metadata(doc, state, self.given, old_text)
                wanted = state_of(doc, version)
                if not self.force and state == wanted:
                    self.events.append(("unchanged", doc.id, ""))
                    self._tick(ref.location)
                    continue
                if not self.force and only_metadata_differs(state, wanted):
                    self._submit(self._update_metadata, doc)
                    continue
                replacing.add(doc.id)
            yield doc

    def _tick(self, location: str) -> None:
        if self.progress is not None and self.total is not None:
            self.progress(len(self.events) - self._before, self.total, location)

    def _collect(self) -> None:
        """Wait for the write in flight (its outcomes are recorded by then)."""
        if self._in_flight is not None:
            self._in_flight.result()
            self._in_flight = None
            self._tick("")

    def _submit(self, task: Callable[..., None], *args: object) -> None:
        self._collect()
        self._in_flight = self._writer.submit(task, *args)

    # the writer thread's tasks: each records the outcome of what it wrote
    def _write_batch(self, items: list[tuple[Document, Extraction]]) -> None:
        """New sources in one update (source by source if that fails)."""
        for doc, err in self.ingestor.write_many(items):
            self.events.append(("added", doc.id, "") if err is None else ("failed", doc.location, str(err)))
        self.ingestor.between_batches()

    def _write_replacing(self, doc: Document, extraction: Extraction) -> None:
        """An edited source, in its own update."""
        try:
            self.ingestor.write(doc, extraction, replacing=True)
        except KgError as err:
            self.events.append(("failed", doc.location, str(err)))
        else:
            self.events.append(("replaced", doc.id, ""))

    def _update_metadata(self, doc: Document) -> None:
        """New metadata for a source whose text and extractor are unchanged. It lives in the
        source graph only (the consolidated graph does not use it): no extraction needed."""
        store = self.ingestor.store
        try:
            store.apply(metadata_change(store, doc))
        except KgError as err:
            self.events.append(("failed", doc.location, str(err)))
        else:
            self.events.append(("replaced", doc.id, ""))


def report(events: list[Event]) -> AddReport:
    """The outcomes so far, by kind, in the order they happened."""
    out = AddReport()
    for outcome, key, message in list(events):
        if outcome == "failed":
            out.failed.append((key, message))
        else:
            getattr(out, outcome).append(key)
    return out
