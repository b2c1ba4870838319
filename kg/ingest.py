"""Adding, replacing, removing and rebuilding sources: the library behind ``kg add/remove/rebuild``.

Each source is one transaction: its named graph and its share of the consolidated graph are
written by one atomic update, so an interrupted ``kg add`` leaves whole sources only.
An unchanged source (same text hash, same extractor, same metadata) is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.consolidate import (
    Contribution,
    ReferenceIndex,
    contribution_from_quads,
    full_rebuild_change,
    plan_change,
)
from kg.errors import KgError, SourceError
from kg.layout import ensure_ready
from kg.model import Document, Extraction
from kg.ontology import SPARQL_PREFIXES, source_iri
from kg.rdf import source_graph
from kg.store.base import Change, Store

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SourceInfo:
    """A source as listed by ``kg sources``."""

    id: str
    location: str
    title: str | None
    date: str | None
    added: str | None
    sha256: str
    extractor_version: str
    entities: int = 0
    relations: int = 0


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, message)


class Ingestor:
    """Writes sources into one store; holds what is read once per session (reference names)."""

    def __init__(
        self,
        store: Store,
        *,
        extractor: Callable[[Document], Extraction] | None = None,
        extractor_version: str | None = None,
    ) -> None:
        """``extractor``/``extractor_version`` replace the default spaCy extractor (tests, benchmarks)."""
        self.store = store
        self._version = extractor_version
        reloaded = ensure_ready(store)
        self._reference: ReferenceIndex | None = None
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
            from kg.extract import EXTRACTOR_VERSION

            self._version = EXTRACTOR_VERSION
        return self._version

    def _has_sources(self) -> bool:
        return bool(self.store.query(SPARQL_PREFIXES + "ASK { ?s a pko:Source }").boolean)

    # ------------------------------------------------------------------ add
    def _stored_state(self, src: URIRef) -> tuple[str, ...] | None:
        rows = self.store.query(
            SPARQL_PREFIXES
            + "SELECT ?sha ?ver ?title ?date ?pub ?url WHERE { GRAPH ?src { "
            "?src pko:sha256 ?sha ; pko:extractorVersion ?ver . "
            "OPTIONAL { ?src dcterms:title ?title } OPTIONAL { ?src dcterms:date ?date } "
            "OPTIONAL { ?src dcterms:publisher ?pub } OPTIONAL { ?src schema:url ?url } } }",
            bindings={"src": src},
        ).rows
        if not rows:
            return None
        return tuple("" if v is None else str(v) for v in rows[0])

    @staticmethod
    def _wanted_state(doc: Document, version: str) -> tuple[str, ...]:
        return (doc.sha256, version, doc.title or "", doc.date or "", doc.publisher or "", doc.url or "")

    def add_document(self, doc: Document, *, force: bool = False) -> str:
        """Add or replace one document; returns "added", "replaced" or "unchanged"."""
        src = source_iri(doc.id)
        state = self._stored_state(src)
        if state is not None and not force and state == self._wanted_state(doc, self.extractor_version):
            return "unchanged"
        extraction = self.extract(doc)
        self.write(doc, extraction, replacing=state is not None)
        return "replaced" if state is not None else "added"

    def write(self, doc: Document, extraction: Extraction, *, replacing: bool = True) -> None:
        """Write one extracted document and its share of the consolidated graph, atomically."""
        src = source_iri(doc.id)
        quads = source_graph(doc, extraction)
        old = contribution_from_quads(self.store.quads(src)) if replacing else Contribution()
        new = contribution_from_quads(quads)
        deletes, inserts = plan_change(self.store, src, old, new, self.reference)
        self.store.apply(
            Change(drop_graphs=(src,), delete=tuple(sorted(deletes)), insert=(*quads, *sorted(inserts)))
        )

    def add(
        self,
        specs: Iterable[str],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        force: bool = False,
        **load_options: object,
    ) -> AddReport:
        """Expand inputs, load, extract and write each; a bad input is reported, the rest go on."""
        from kg.sources import expand, load

        report = AddReport()
        refs = []
        for item in expand(specs):
            if isinstance(item, SourceError):
                report.failed.append(("", str(item)))
            else:
                refs.append(item)
        for n, ref in enumerate(refs, 1):
            try:
                doc = load(ref, **load_options)  # type: ignore[arg-type]
                outcome = self.add_document(doc, force=force)
            except KgError as err:
                report.failed.append((ref.location, str(err)))
            else:
                getattr(report, outcome).append(doc.id)
            if progress is not None:
                progress(n, len(refs), ref.location)
        return report

    # ------------------------------------------------------------------ remove
    def remove(self, keys: Iterable[str]) -> list[SourceInfo]:
        """Remove sources by id, id prefix or location; unknown or ambiguous keys are errors."""
        infos = list_sources(self.store)
        chosen = [resolve_source(infos, key) for key in keys]
        for info in chosen:
            src = source_iri(info.id)
            old = contribution_from_quads(self.store.quads(src))
            deletes, inserts = plan_change(self.store, src, old, Contribution(), self.reference)
            self.store.apply(Change(drop_graphs=(src,), delete=tuple(sorted(deletes)), insert=tuple(inserts)))
        return chosen

    # ------------------------------------------------------------------ rebuild
    def rebuild(self, *, progress: Callable[[int, int, str], None] | None = None) -> int:
        """Re-extract every source from its kept text, then recompute the consolidated graph."""
        docs = list(stored_documents(self.store))
        for n, doc in enumerate(docs, 1):
            quads = source_graph(doc, self.extract(doc))
            self.store.apply(Change(drop_graphs=(source_iri(doc.id),), insert=tuple(quads)))
            if progress is not None:
                progress(n, len(docs), doc.location)
        self.store.apply(full_rebuild_change(self.store, self.reference))
        return len(docs)


def resolve_source(infos: list[SourceInfo], key: str) -> SourceInfo:
    """The one source whose id, id prefix or location is ``key``."""
    exact = [i for i in infos if key in (i.id, i.location)]
    if len(exact) == 1:
        return exact[0]
    prefixed = [i for i in infos if i.id.startswith(key)] if len(key) >= 4 else []
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        raise KgError(f"{key}: no such source (see 'kg sources')")
    raise KgError(f"{key}: matches {len(prefixed)} sources ({', '.join(i.id for i in prefixed[:5])}); give more of the id")


_SOURCES_QUERY = SPARQL_PREFIXES + """
SELECT ?src ?id ?loc ?title ?date ?added ?sha ?ver
       (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?st) AS ?relations)
WHERE {
  GRAPH ?src {
    ?src a pko:Source ; pko:sourceId ?id ; pko:location ?loc ; pko:sha256 ?sha ; pko:extractorVersion ?ver .
    OPTIONAL { ?src dcterms:title ?title }
    OPTIONAL { ?src dcterms:date ?date }
    OPTIONAL { ?src prov:generatedAtTime ?added }
    OPTIONAL { ?src pko:mentions ?e }
    OPTIONAL { ?st prov:wasDerivedFrom ?src }
  }
}
GROUP BY ?src ?id ?loc ?title ?date ?added ?sha ?ver
ORDER BY ?added ?id
"""


def list_sources(store: Store) -> list[SourceInfo]:
    """Every source in the store, oldest first."""
    rows = store.query(_SOURCES_QUERY).rows
    out = []
    for _src, sid, loc, title, date, added, sha, ver, n_ent, n_rel in rows:
        out.append(
            SourceInfo(
                id=str(sid),
                location=str(loc),
                title=None if title is None else str(title),
                date=None if date is None else str(date),
                added=None if added is None else str(added),
                sha256=str(sha),
                extractor_version=str(ver),
                entities=int(n_ent.toPython()) if isinstance(n_ent, Literal) else 0,
                relations=int(n_rel.toPython()) if isinstance(n_rel, Literal) else 0,
            )
        )
    return out


def stored_documents(store: Store) -> Iterator[Document]:
    """Documents rebuilt from what the store keeps (text and metadata), without the originals."""
    rows = store.query(
        SPARQL_PREFIXES
        + "SELECT ?id ?loc ?text ?mt ?sha ?title ?date ?url ?pub WHERE { GRAPH ?src { "
        "?src a pko:Source ; pko:sourceId ?id ; pko:location ?loc ; pko:text ?text ; "
        "pko:mediaType ?mt ; pko:sha256 ?sha . "
        "OPTIONAL { ?src dcterms:title ?title } OPTIONAL { ?src dcterms:date ?date } "
        "OPTIONAL { ?src schema:url ?url } OPTIONAL { ?src dcterms:publisher ?pub } } } ORDER BY ?id"
    ).rows
    for sid, loc, text, mt, sha, title, date, url, pub in rows:
        yield Document(
            id=str(sid),
            location=str(loc),
            text=str(text),
            media_type=str(mt),
            sha256=str(sha),
            title=None if title is None else str(title),
            date=None if date is None else str(date),
            url=None if url is None else str(url),
            publisher=None if pub is None else str(pub),
        )


__all__ = [
    "AddReport",
    "Ingestor",
    "SourceInfo",
    "list_sources",
    "resolve_source",
    "stored_documents",
]

