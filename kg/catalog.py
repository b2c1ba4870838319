"""What the store holds, source by source: listing, finding one by id or location, and
rebuilding documents from the text the store keeps (``kg sources``, ``kg remove``,
``kg rebuild``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Literal

from kg.errors import KgError
from kg.model import Document
from kg.ontology import SPARQL_PREFIXES
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


#: the shortest id prefix that names a source (shorter ones too easily match by chance)
MIN_PREFIX = 4


def resolve_source(infos: list[SourceInfo], key: str) -> SourceInfo:
    """The one source whose id, id prefix or location is ``key``."""
    exact = [i for i in infos if key in (i.id, i.location)]
    if len(exact) == 1:
        return exact[0]
    if len(key) < MIN_PREFIX:
        # Too short to name one source safely (`kg remove` deletes): say so rather than "no
        # such source" when ids do start with it, and show a few to pick from.
        starting = [i.id for i in infos if i.id.startswith(key)]
        if starting:
            shown = ", ".join(starting[:5]) + (", …" if len(starting) > 5 else "")
            raise KgError(f"{key}: give at least {MIN_PREFIX} characters of the source id ({shown})")
        raise KgError(f"{key}: no such source (see 'kg sources')")
    prefixed = [i for i in infos if i.id.startswith(key)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        raise KgError(f"{key}: no such source (see 'kg sources')")
    some = ", ".join(i.id for i in prefixed[:5])
    raise KgError(f"{key}: matches {len(prefixed)} sources ({some}); give more of the id")


_SOURCES_QUERY = (
    SPARQL_PREFIXES
    + """
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
)


def list_sources(store: Store) -> list[SourceInfo]:
    """Every source in the store, oldest first; a store of another layout version is refused."""
    from kg.layout import check_format

    check_format(store)
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
