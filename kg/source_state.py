"""What decides whether ``kg add`` writes a stored source again, and which metadata it keeps.

A source's state is its text hash, extractor version and metadata (title, date, publisher,
URL). Metadata the command line does not give means "keep what is stored": re-adding a folder
must not wipe the date a user gave one of its files. Extraction reads the text only, so a
source whose text and extractor are unchanged but whose metadata differs gets its metadata
triples replaced (:func:`metadata_change`), not a new extraction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection

from rdflib import URIRef

from kg.model import Document
from kg.ontology import SPARQL_PREFIXES, source_iri
from kg.rdf import description
from kg.sources.base import text_title
from kg.sources.dateline import dateline_date
from kg.store.base import Change, Store

#: the metadata of a source, as ``Document`` fields, in the order of a state's last four values
METADATA = ("title", "date", "publisher", "url")

State = tuple[str, ...]

#: the metadata a plain text may have read off itself (``Document.<name>_from_text``), and how
_FROM_TEXT: dict[str, Callable[[str], str | None]] = {"title": text_title, "date": dateline_date}


def stored_states(store: Store, src: URIRef | None = None) -> dict[URIRef, State]:
    """The state of every stored source (or one), read in one query; "" for missing metadata."""
    rows = store.select_strings(
        SPARQL_PREFIXES + "SELECT ?src ?sha ?ver ?title ?date ?pub ?url WHERE { GRAPH ?src { "
        "?src pko:sha256 ?sha ; pko:extractorVersion ?ver . "
        "OPTIONAL { ?src dcterms:title ?title } OPTIONAL { ?src dcterms:date ?date } "
        "OPTIONAL { ?src dcterms:publisher ?pub } OPTIONAL { ?src schema:url ?url } } }",
        bindings={"src": src} if src is not None else None,
    )
    return {URIRef(row[0]): tuple(v or "" for v in row[1:]) for row in rows}  # type: ignore[arg-type]


def state_of(doc: Document, version: str) -> State:
    """The state ``doc`` has once written by extractor ``version``."""
    return (doc.sha256, version, *(getattr(doc, name) or "" for name in METADATA))


def with_stored_metadata(
    doc: Document, state: State, given: Collection[str], stored_text: Callable[[], str | None] = lambda: None
) -> Document:
    """``doc`` with the stored metadata where the command line gave none (``given``: field names).

    Same text: the stored value stands (what an earlier ``kg add`` was told, or what the same
    text said of itself), and the text's own only fills a gap. Edited text: what the new text
    says of itself (an HTML page's title and date) wins, since it may have changed with it;
    where it says nothing, the stored value stands. A title read off a plain text's first line,
    or a date read off its dateline, states nothing: it replaces only a stored value that was
    read off the old text the same way (``stored_text`` reads the old text, only then), never
    one a user gave with ``--title`` or ``--date``.
    """
    same_text = state[0] == doc.sha256
    kept: dict[str, str | None] = {}
    old_text: list[str | None] = []  # read once, when first needed
    for name, stored in zip(METADATA, state[2:], strict=True):
        if name in given:
            continue
        own = getattr(doc, name)
        if same_text:
            kept[name] = stored or own
        elif name in _FROM_TEXT and getattr(doc, f"{name}_from_text") and own and stored and stored != own:
            if not old_text:
                old_text.append(stored_text())
            old = old_text[0]
            kept[name] = own if old is not None and stored == _FROM_TEXT[name](old) else stored
        else:
            kept[name] = own or stored or None
    return dataclasses.replace(doc, **kept)  # type: ignore[arg-type]


def stored_text(store: Store, src: URIRef) -> str | None:
    """The text a source was stored with (what its stored title may have been read off)."""
    rows = store.select_strings(
        SPARQL_PREFIXES + "SELECT ?text WHERE { GRAPH ?src { ?src pko:text ?text } }", bindings={"src": src}
    )
    return rows[0][0] if rows else None


def only_metadata_differs(state: State, wanted: State) -> bool:
    """Same text and extractor, other metadata: a metadata update does, no extraction needed."""
    return state[:2] == wanted[:2] and state != wanted


def metadata_change(store: Store, doc: Document) -> Change:
    """One atomic update that replaces the metadata triples of ``doc``'s stored source graph."""
    src = source_iri(doc.id)
    rows = store.query(
        SPARQL_PREFIXES + "SELECT ?p ?o WHERE { GRAPH ?src { ?src ?p ?o } "
        "VALUES ?p { dcterms:title dcterms:date dcterms:publisher schema:url } }",
        bindings={"src": src},
    ).rows
    old = tuple((src, p, o, src) for p, o in rows)
    new = tuple((src, p, value, src) for p, value in description(doc))
    return Change(delete=old, insert=new)  # type: ignore[arg-type]
