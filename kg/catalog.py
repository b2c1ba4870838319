"""What the store holds, source by source: listing, finding one by id or location, and
rebuilding documents from the text the store keeps (``kg sources``, ``kg remove``,
``kg rebuild``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from rdflib import Literal

from kg.model import Document
from kg.ontology import SPARQL_PREFIXES
from kg.source_keys import match_sources
from kg.store.base import Store


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
    publisher: str | None = None


def sources_named(store: Store, keys: Iterable[str]) -> list[SourceInfo]:
    """The stored sources the keys name, each once, in the keys' order (what ``kg remove``
    removes, or lists with --dry-run); a key naming nothing is an error naming it."""
    infos = list_sources(store)
    return list({i.id: i for key in keys for i in resolve_sources(infos, key)}.values())


def resolve_sources(infos: list[SourceInfo], key: str) -> list[SourceInfo]:
    """The sources ``key`` names: an id, a unique id prefix, or a location as ``kg add``
    took it (a file, a folder, a glob; relative or absolute). See ``kg.source_keys``."""
    by_id = {i.id: i for i in infos}
    return [by_id[sid] for sid in match_sources({i.id: i.location for i in infos}, key)]


_SOURCES_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?src ?id ?loc ?title ?date ?added ?sha ?ver ?pub
       (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?st) AS ?relations)
WHERE {
  GRAPH ?src {
    ?src a pko:Source ; pko:sourceId ?id ; pko:location ?loc ; pko:sha256 ?sha ; pko:extractorVersion ?ver .
    OPTIONAL { ?src dcterms:title ?title }
    OPTIONAL { ?src dcterms:date ?date }
    OPTIONAL { ?src dcterms:publisher ?pub }
    OPTIONAL { ?src prov:generatedAtTime ?added }
    OPTIONAL { ?src pko:mentions ?e }
    OPTIONAL { ?st prov:wasDerivedFrom ?src }
  }
}
GROUP BY ?src ?id ?loc ?title ?date ?added ?sha ?ver ?pub
ORDER BY ?added ?id
"""
)


def list_sources(store: Store) -> list[SourceInfo]:
    """Every source in the store, oldest first (``kg sources`` checks the layout version where
    it opens the store, as every command does: ``kg.layout.check_format``)."""
    rows = store.query(_SOURCES_QUERY).rows
    out = []
    for _src, sid, loc, title, date, added, sha, ver, pub, n_ent, n_rel in rows:
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
                publisher=None if pub is None else str(pub),
            )
        )
    return out


def stored_documents(store: Store) -> Iterator[Document]:
    """Documents rebuilt from what the store keeps (text and metadata), without the originals."""
    rows = store.query(
        SPARQL_PREFIXES + "SELECT ?id ?loc ?text ?mt ?sha ?title ?date ?url ?pub WHERE { GRAPH ?src { "
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


def added_times(store: Store) -> dict[str, datetime]:
    """When each source was added (its ``prov:generatedAtTime``), by source id: a rebuild writes
    the source graphs anew and must keep these, or ``kg sources`` loses the order of adding."""
    rows = store.select_strings(
        SPARQL_PREFIXES + "SELECT ?id ?added WHERE { GRAPH ?src { "
        "?src a pko:Source ; pko:sourceId ?id ; prov:generatedAtTime ?added } }"
    )
    out = {}
    for sid, added in rows:
        try:
            out[str(sid)] = datetime.fromisoformat(str(added))
        except ValueError:  # not written by kg: the rebuild's time will do
            continue
    return out
