"""Adding, replacing, removing and rebuilding sources: the library behind ``kg add/remove/rebuild``.

Each source lands whole or not at all: its named graph and its share of the consolidated
graph are written in one atomic update, alone or together with other new sources of the
same batch, so an interrupted ``kg add`` leaves whole sources only. An unchanged source
(same text hash, same extractor, same metadata) is skipped before extraction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from rdflib import URIRef
from rdflib.namespace import DCTERMS, SDO

from kg.catalog import SourceInfo, added_times, sources_named, stored_documents
from kg.consolidate import (
    Contribution,
    ReferenceIndex,
    contribution_from_extractions,
    contribution_from_quads,
    full_rebuild_change,
    merge_contributions,
    plan_change,
)
from kg.errors import KgError, SourceError
from kg.ingest_plan import NewSourcePlanner, NewSourcesPlan, RawStore
from kg.ingest_stream import extraction_stream
from kg.layout import ensure_ready
from kg.model import AddReport, Document, Extraction
from kg.ontology import PKO, SPARQL_PREFIXES, source_iri
from kg.rdf import source_graph, source_graph_text
from kg.source_state import State, state_of, stored_states
from kg.store.base import Change, GraphText, Quad, Store

Progress = Callable[[str], None]

#: new sources per atomic update of ``kg add`` ($KG_BATCH_SIZE). Each update of the embedded
#: store is one bulk ingestion, and RocksDB merges every few ingestions into what it holds
#: already, so its background CPU grows with the number of updates: on 1,000 synthetic
#: documents 3.2 CPU s at 64 sources per update, 1.5 at 256 (peak memory 0.21 → 0.29 GB).
BATCH_SIZE = 256
#: ... and at most about this many characters of text per update ($KG_BATCH_CHARS), so a
#: batch of long documents keeps memory near what 64 documents of ~60 kB took before
BATCH_CHARS = 4_000_000


class Ingestor:
    """Writes sources into one store; holds what is read once per session (reference names)."""

    def __init__(
        self,
        store: Store,
        *,
        extractor: Callable[[Document], Extraction] | None = None,
        extractor_version: str | None = None,
        batch_size: int | None = None,
    ) -> None:
        """``extractor``/``extractor_version`` replace the default spaCy extractor (tests, benchmarks);
        ``batch_size`` new sources go into one update (default: $KG_BATCH_SIZE or ``BATCH_SIZE``),
        fewer when their texts pass $KG_BATCH_CHARS (default ``BATCH_CHARS``) characters."""
        self.store = store
        self.batch_size = max(1, batch_size or int(os.environ.get("KG_BATCH_SIZE") or BATCH_SIZE))
        self.batch_chars = max(1, int(os.environ.get("KG_BATCH_CHARS") or BATCH_CHARS))
        self._version = extractor_version
        reloaded = ensure_ready(store)
        self._reference: ReferenceIndex | None = None
        self._planner: NewSourcePlanner | None = None
        self._extractor = extractor
        if reloaded and self._has_sources():
            self.store.apply(full_rebuild_change(store, self.reference))

    @property
    def reference(self) -> ReferenceIndex:
        if self._reference is None:
            self._reference = ReferenceIndex(self.store)
        return self._reference

    def extract(self, doc: Document) -> Extraction:
        if self._extractor is None:
            from kg.extract import extract

            self._extractor = extract
        return self._extractor(doc)

    @property
    def extractor_version(self) -> str:
        if self._version is None:
            from kg.extract import extractor_version

            self._version = extractor_version()
        return self._version

    def _has_sources(self) -> bool:
        return bool(self.store.query(SPARQL_PREFIXES + "ASK { ?s a pko:Source }").boolean)

    # ------------------------------------------------------------------ add
    def stored_states(self, src: URIRef | None = None) -> dict[URIRef, State]:
        """What decides "unchanged" for every stored source (or one), read in one query."""
        return stored_states(self.store, src)

    def add_document(self, doc: Document, *, force: bool = False) -> str:
        """Add or replace one document; returns "added", "replaced" or "unchanged"."""
        src = source_iri(doc.id)
        state = self.stored_states(src).get(src)
        if state is not None and not force and state == state_of(doc, self.extractor_version):
            return "unchanged"
        extraction = self.extract(doc)
        self.write(doc, extraction, replacing=state is not None)
        return "replaced" if state is not None else "added"

    def write(self, doc: Document, extraction: Extraction, *, replacing: bool = True) -> None:
        """Write one extracted document and its share of the consolidated graph, atomically."""
        self._write_one(_prepare(doc, extraction), replacing=replacing)

    def write_graph(self, quads: list[Quad], *, replacing: bool = True, consolidate: bool = True) -> None:
        """Write one source graph (its quads, all in its own graph) and its consolidated share, atomically."""
        self._write_one(_NewSource.of_quads(quads), replacing=replacing, consolidate=consolidate)

    def _write_one(self, source: _NewSource, *, replacing: bool, consolidate: bool = True) -> None:
        self._forget()
        src = source.src
        quads, texts = source.insert_parts()
        if not consolidate:
            self.store.apply(Change(drop_graphs=(src,), insert=quads, insert_text=texts))
            return
        old = contribution_from_quads(self.store.quads(src)) if replacing else Contribution()
        deletes, inserts = plan_change(self.store, src, old, source.contribution(), self.reference)
        self.store.apply(
            Change(
                drop_graphs=(src,),
                delete=tuple(sorted(deletes, key=_quad_key)),
                insert=(*quads, *sorted(inserts, key=_quad_key)),
                insert_text=texts,
            )
        )

    def write_new(self, items: list[tuple[Document, Extraction]]) -> None:
        """Write several sources that are not in the store yet as ONE atomic update.

        Adding sources only inserts facts (nothing is withdrawn), so the consolidated change
        of the whole batch is planned at once from the union of their contributions and
        equals adding them one by one. Use :meth:`write_many` to get the per-source fallback.
        """
        self._write_new_sources([_prepare(doc, extraction) for doc, extraction in items])

    def _write_new_sources(
        self, sources: list[_NewSource], *, consolidate: bool = True, plan: _Plan | None = None
    ) -> None:
        srcs = tuple(source.src for source in sources)
        quads = tuple(q for source in sources for q in source.insert_parts()[0])
        texts = tuple(t for source in sources for t in source.insert_parts()[1])
        if not consolidate:
            self.store.apply(Change(drop_graphs=srcs, insert=quads, insert_text=texts))
            return
        plan = plan or self._plan_new(sources)
        change = Change(
            drop_graphs=srcs,
            delete=tuple(sorted(plan.deletes, key=_quad_key)),
            insert=(*quads, *sorted(plan.inserts, key=_quad_key)),
            insert_text=(*texts, *plan.text),
        )
        self.store.apply(change)
        if plan.fast is not None and self._planner is not None:
            self._planner.written(plan.fast)

    def _plan_new(self, sources: list[_NewSource]) -> _Plan:
        merged = merge_contributions(source.contribution() for source in sources)
        if self._planner is None and isinstance(self.store, RawStore):
            self._planner = NewSourcePlanner(self.store, self.reference)
        fast = None if self._planner is None else self._planner.plan(merged)
        if fast is not None:
            return _Plan(fast.deletes, text=(fast.insert,) if fast.insert.triples else (), fast=fast)
        deletes, inserts = plan_change(self.store, sources[0].src, Contribution(), merged, self.reference)
        return _Plan(deletes, inserts)

    def _insert_only_groups(self, sources: list[_NewSource]) -> list[tuple[list[_NewSource], _Plan | None]]:
        """The batch as one group with its plan, or, when its plan withdraws a fact, as two:
        first the sources that touch no entity whose description changes, then the rest.

        A store writes an insert-only change several times faster than one that also deletes
        (a bulk load against a SPARQL update), and a batch of new sources deletes only where
        a new name beats an entity's label or a new year its range: a few entities, so
        most sources go in the fast group. Neither group alone deletes more than the whole
        batch: a first group that adds to none of those entities changes no label or year
        (its names and years are a subset of the batch's), so it only inserts. Each group is
        still one atomic update of whole sources, and the consolidated graph is a function
        of the set of sources, so the store ends with the same quads.
        """
        plan = self._plan_new(sources)
        if not plan.deletes:
            return [(sources, plan)]
        changing = {q[0] for q in plan.deletes}
        clean = [s for s in sources if changing.isdisjoint(s.contribution().types)]
        if not clean or len(clean) == len(sources):
            return [(sources, plan)]
        touched = [s for s in sources if not changing.isdisjoint(s.contribution().types)]
        return [(clean, None), (touched, None)]

    def write_graphs(
        self, graphs: list[list[Quad]], *, consolidate: bool = True
    ) -> list[tuple[list[str], KgError | None]]:
        """Write new source graphs in one update; if that fails, one by one so a bad one fails alone.

        Returns (source ids, error or None) per update that was made.
        """
        return self._write_sources([_NewSource.of_quads(quads) for quads in graphs], consolidate=consolidate)

    def _write_sources(
        self, sources: list[_NewSource], *, consolidate: bool = True
    ) -> list[tuple[list[str], KgError | None]]:
        if not sources:
            return []
        written: list[_NewSource] = []
        out: list[tuple[list[str], KgError | None]] = []
        try:
            split = consolidate and len(sources) > 1
            for group, plan in self._insert_only_groups(sources) if split else [(sources, None)]:
                self._write_new_sources(group, consolidate=consolidate, plan=plan)
                written.extend(group)
        except KgError as err:
            done = {id(source) for source in written}
            if written:
                out.append(([source.sid for source in written], None))
            sources = [source for source in sources if id(source) not in done]
            if len(sources) == 1:
                return [*out, ([sources[0].sid], err)]
        else:
            return [([source.sid for source in sources], None)]
        for source in sources:
            try:
                self._write_one(source, replacing=False, consolidate=consolidate)
            except KgError as err:
                out.append(([source.sid], err))
            else:
                out.append(([source.sid], None))
        return out

    def write_many(self, items: list[tuple[Document, Extraction]]) -> list[tuple[Document, KgError | None]]:
        """Write new sources in one update; if that fails, one by one so a bad source fails alone."""
        by_id = {doc.id: doc for doc, _ in items}
        results = self._write_sources([_prepare(doc, extraction) for doc, extraction in items])
        return [(by_id[sid], err) for ids, err in results for sid in ids]

    def describe_graph(self, quads: list[Quad], *, name: str) -> tuple[URIRef, str, tuple[str, ...]]:
        """(source IRI, source id, state as in :meth:`stored_states`) of one source graph's quads."""
        graphs = {q[3] for q in quads}
        if len(graphs) != 1:
            raise SourceError(f"{name}: holds {len(graphs)} graphs; expected one source graph ('kg extract')")
        src = next(iter(graphs))
        about = {p: o for s, p, o, _ in quads if s == src}
        if about.get(PKO.sourceId) is None or about.get(PKO.sha256) is None:
            raise SourceError(f"{name}: no pko:sourceId and pko:sha256; not written by 'kg extract'")
        if source_iri(str(about[PKO.sourceId])) != src:
            raise SourceError(f"{name}: graph name does not match its source id")
        keys = (PKO.sha256, PKO.extractorVersion, DCTERMS.title, DCTERMS.date, DCTERMS.publisher, SDO.url)
        state = tuple("" if about.get(k) is None else str(about[k]) for k in keys)
        return src, str(about[PKO.sourceId]), state

    def extractions(
        self, docs: Iterable[Document], jobs: int
    ) -> Generator[tuple[Document, Extraction], None, None]:
        """(document, extraction) pairs in input order, by this ingestor's extractor."""
        return extraction_stream(docs, jobs=jobs, extractor=self._extractor)

    def add(
        self,
        specs: Iterable[str],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        force: bool = False,
        jobs: int = 1,
        **load_options: object,
    ) -> AddReport:
        """Expand inputs, load, extract and write each; a bad input is reported, the rest go on.

        Unchanged sources (same text hash, extractor version and metadata) are skipped before
        extraction; metadata not in ``load_options`` is the stored one
        (:func:`kg.source_state.with_stored_metadata`), and a source whose metadata alone
        differs gets it replaced without extraction. New sources are written ``batch_size`` at
        a time (fewer when their texts pass ``batch_chars`` characters), one atomic update per
        batch (a failed batch is retried source by source); replaced sources one update each.
        ``jobs`` > 1 extracts in that many worker processes; this process stays the one writer.
        Ctrl-C raises :class:`kg.errors.AddInterrupted` with what was written by then.
        """
        from kg.ingest_add import AddRun

        run = AddRun(self, progress=progress, force=force, jobs=jobs, load_options=load_options)
        return run.run(specs)

    def between_batches(self) -> None:
        """Let waiting readers and writers of an embedded store in now and then (see OxigraphStore.pause)."""
        pause = getattr(self.store, "let_others_in", None)
        if callable(pause) and pause():
            self._forget()  # another process may have written the consolidated graph meanwhile

    def _forget(self) -> None:
        """The consolidated graph is written other than by a planned batch of new sources."""
        if self._planner is not None:
            self._planner.forget()

    # ------------------------------------------------------------------ remove
    def remove(self, keys: Iterable[str]) -> list[SourceInfo]:
        """Remove sources by id, id prefix or location (a file, folder or glob as ``add`` takes
        it); a key that names nothing, or an ambiguous prefix, is an error and removes nothing."""
        chosen = sources_named(self.store, keys)
        self._forget()
        for info in chosen:
            src = source_iri(info.id)
            old = contribution_from_quads(self.store.quads(src))
            deletes, inserts = plan_change(self.store, src, old, Contribution(), self.reference)
            deleted = tuple(sorted(deletes, key=_quad_key))
            self.store.apply(Change(drop_graphs=(src,), delete=deleted, insert=tuple(inserts)))
        return chosen

    # ------------------------------------------------------------------ rebuild
    def rebuild(self, *, progress: Callable[[int, int, str], None] | None = None) -> int:
        """Re-extract every source from its kept text, then recompute the consolidated graph."""
        self._forget()
        docs = list(stored_documents(self.store))
        added = added_times(self.store)
        for n, doc in enumerate(docs, 1):
            source = _prepare(doc, self.extract(doc), added_at=added.get(doc.id))
            quads, texts = source.insert_parts()
            self.store.apply(Change(drop_graphs=(source.src,), insert=quads, insert_text=texts))
            if progress is not None:
                progress(n, len(docs), doc.location)
        self.store.apply(full_rebuild_change(self.store, self.reference))
        return len(docs)


def _quad_key(q: Quad) -> tuple[str, str, str, str]:
    """A deterministic order for a change's quads, cheaper than comparing rdflib terms."""
    return (str(q[0]), str(q[1]), str(q[2]), str(q[3]))


def _source_id(quads: list[Quad]) -> str:
    for _s, p, o, _g in quads:
        if p == PKO.sourceId:
            return str(o)
    return str(quads[0][3]).rsplit("/", 1)[-1]


@dataclass
class _Plan:
    """The consolidated-graph change of new sources: quads to delete and to insert, and
    triples to insert already written as N-Triples (:mod:`kg.ingest_plan`)."""

    deletes: set[Quad]
    inserts: set[Quad] = field(default_factory=set)
    text: tuple[GraphText, ...] = ()
    fast: NewSourcesPlan | None = None  # planned by NewSourcePlanner, told when it is written


@dataclass
class _NewSource:
    """One source graph to write: rdflib quads, or N-Triples text made straight from its
    extraction (the fast path: no rdflib terms, contribution read from the extraction)."""

    src: URIRef
    sid: str
    quads: tuple[Quad, ...] = ()
    text: GraphText | None = None
    extraction: Extraction | None = None
    _contribution: Contribution | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of_quads(cls, quads: list[Quad]) -> _NewSource:
        return cls(src=quads[0][3], sid=_source_id(quads), quads=tuple(quads))

    def insert_parts(self) -> tuple[tuple[Quad, ...], tuple[GraphText, ...]]:
        return self.quads, (() if self.text is None else (self.text,))

    def contribution(self) -> Contribution:
        if self._contribution is None:
            if self.extraction is not None:
                self._contribution = contribution_from_extractions([self.extraction])
            else:
                self._contribution = contribution_from_quads(self.quads)
        return self._contribution


def _prepare(doc: Document, extraction: Extraction, *, added_at: datetime | None = None) -> _NewSource:
    """The source graph of ``doc`` as N-Triples text; as rdflib quads where pyoxigraph refuses a
    term (the store then refuses the quads with its usual message). ``added_at``: when it was
    first added (a rebuild keeps it), else now."""
    try:
        text = source_graph_text(doc, extraction, added_at=added_at)
    except (TypeError, ValueError):
        quads = source_graph(doc, extraction, added_at=added_at)
        return _NewSource(src=quads[0][3], sid=doc.id, quads=tuple(quads))
    return _NewSource(src=text.graph, sid=doc.id, text=text, extraction=extraction)


__all__ = [
    "AddReport",
    "Ingestor",
    "extraction_stream",
]
