"""Map one Document and its Extraction to the quads of the source's own named graph.

The source graph holds what the source says: its metadata and text, ``pko:mentions`` of
every entity, one ``pko:EntityRecord`` per entity (type, name, surface forms it used) and
one ``rdf:Statement`` per relation with its evidence. Entity descriptions and relation
triples themselves go to the consolidated graph (``kg.consolidate``), once for all sources.

Two writers of the same quads: :func:`source_graph` gives rdflib terms (the Store interface,
``kg extract``); :func:`source_graph_text` N-Triples for the ingest fast path, written by
pyoxigraph without building rdflib terms (a term that repeats — predicates, types,
entities, the source — is written once). ``tests/test_ingest.py`` checks that both give
the same quads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timezone
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, XSD

from kg.model import Document, Entity, Extraction, Relation
from kg.ontology import PKO, predicate_iri, source_iri, type_iri
from kg.store.base import GraphText, Quad
from kg.store.terms import to_ox

# predicates and classes as plain attributes: a DefinedNamespace lookup costs ~2 µs per access
_TYPE, _STATEMENT = RDF.type, RDF.Statement
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_SOURCE, _SOURCE_ID, _LOCATION, _SHA256 = PKO.Source, PKO.sourceId, PKO.location, PKO.sha256
_MEDIA_TYPE, _EXTRACTOR_VERSION, _TEXT = PKO.mediaType, PKO.extractorVersion, PKO.text
_MENTIONS, _ENTITY_RECORD, _ABOUT_ENTITY = PKO.mentions, PKO.EntityRecord, PKO.aboutEntity
_ASSERTED_TYPE, _ASSERTED_LABEL, _SURFACE_FORM = PKO.assertedType, PKO.assertedLabel, PKO.surfaceForm
_ASSERTED_START, _ASSERTED_END = PKO.assertedStartYear, PKO.assertedEndYear
_EVIDENCE, _EVIDENCE_START, _EVIDENCE_END, _CUE = PKO.evidence, PKO.evidenceStart, PKO.evidenceEnd, PKO.cue
_GENERATED_AT, _DERIVED_FROM = PROV.generatedAtTime, PROV.wasDerivedFrom
_TITLE, _DATE, _PUBLISHER, _URL = DCTERMS.title, DCTERMS.date, DCTERMS.publisher, SDO.url
_DATETIME, _DATE_TYPE = str(XSD.dateTime), str(XSD.date)


def _short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def record_iri(source: URIRef, entity_iri: str) -> URIRef:
    return URIRef(f"{source}/record/{_short_hash(entity_iri)}")


def statement_iri(source: URIRef, rel: Relation) -> URIRef:
    return URIRef(f"{source}/stmt/{_short_hash(rel.subject, rel.predicate, rel.object, rel.evidence.start)}")


def _metadata(doc: Document, extraction: Extraction, added_at: datetime) -> list[tuple[URIRef, Literal]]:
    """(predicate, value) of the source node, in graph order."""
    out = [
        (_SOURCE_ID, Literal(doc.id)),
        (_LOCATION, Literal(doc.location)),
        (_SHA256, Literal(doc.sha256)),
        (_MEDIA_TYPE, Literal(doc.media_type)),
        (_EXTRACTOR_VERSION, Literal(extraction.extractor_version)),
        (_TEXT, Literal(doc.text)),
        (_GENERATED_AT, Literal(added_at.isoformat(timespec="microseconds"), datatype=XSD.dateTime)),
    ]
    out.extend(description(doc))
    return out


def description(doc: Document) -> list[tuple[URIRef, Literal]]:
    """(predicate, value) of the metadata a user may give: title, date, publisher, URL."""
    out = []
    if doc.title:
        out.append((_TITLE, Literal(doc.title)))
    if doc.date:
        out.append((_DATE, Literal(doc.date, datatype=XSD.date)))
    if doc.publisher:
        out.append((_PUBLISHER, Literal(doc.publisher)))
    if doc.url:
        out.append((_URL, Literal(doc.url, datatype=XSD.anyURI)))
    return out


def _metadata_text(doc: Document, extraction: Extraction, added_at: datetime) -> list[tuple[URIRef, str]]:
    """:func:`_metadata` with values in N-Triples. Plain strings (the text among them) are
    written by pyoxigraph directly, as ``to_ox(Literal(value))`` would write them; the typed
    ones go through rdflib, which normalizes their lexical forms (dates) as source_graph does."""
    lit = ox.Literal
    out = [
        (_SOURCE_ID, str(lit(doc.id))),
        (_LOCATION, str(lit(doc.location))),
        (_SHA256, str(lit(doc.sha256))),
        (_MEDIA_TYPE, str(lit(doc.media_type))),
        (_EXTRACTOR_VERSION, str(lit(extraction.extractor_version))),
        (_TEXT, str(lit(doc.text))),
        (_GENERATED_AT, _typed_nt(added_at.isoformat(timespec="microseconds"), _DATETIME)),
    ]
    if doc.title:
        out.append((_TITLE, str(lit(doc.title))))
    if doc.date:
        out.append((_DATE, _typed_nt(doc.date, _DATE_TYPE)))
    if doc.publisher:
        out.append((_PUBLISHER, str(lit(doc.publisher))))
    if doc.url:
        out.append((_URL, str(to_ox(Literal(doc.url, datatype=XSD.anyURI)))))
    return out


def _source_quads(doc: Document, extraction: Extraction, src: URIRef, added_at: datetime) -> list[Quad]:
    q: list[Quad] = [(src, _TYPE, _SOURCE, src)]
    q.extend((src, p, v, src) for p, v in _metadata(doc, extraction, added_at))
    return q


def _entity_quads(ent: Entity, src: URIRef) -> list[Quad]:
    e = URIRef(ent.iri)
    rec = record_iri(src, ent.iri)
    q: list[Quad] = [
        (src, _MENTIONS, e, src),
        (rec, _TYPE, _ENTITY_RECORD, src),
        (rec, _ABOUT_ENTITY, e, src),
        (rec, _ASSERTED_TYPE, type_iri(ent.type), src),
        (rec, _ASSERTED_LABEL, Literal(ent.label), src),
    ]
    q.extend((rec, _SURFACE_FORM, Literal(alias), src) for alias in sorted(set(ent.aliases)))
    if ent.start_year is not None:
        q.append((rec, _ASSERTED_START, Literal(ent.start_year), src))
    if ent.end_year is not None:
        q.append((rec, _ASSERTED_END, Literal(ent.end_year), src))
    return q


def _relation_quads(rel: Relation, src: URIRef) -> list[Quad]:
    st = statement_iri(src, rel)
    q: list[Quad] = [
        (st, _TYPE, _STATEMENT, src),
        (st, _SUBJECT, URIRef(rel.subject), src),
        (st, _PREDICATE, predicate_iri(rel.predicate), src),
        (st, _OBJECT, URIRef(rel.object), src),
        (st, _DERIVED_FROM, src, src),
        (st, _EVIDENCE, Literal(rel.evidence.sentence), src),
        (st, _EVIDENCE_START, Literal(rel.evidence.start), src),
        (st, _EVIDENCE_END, Literal(rel.evidence.end), src),
    ]
    if rel.cue:
        q.append((st, _CUE, Literal(rel.cue), src))
    return q


def source_graph(doc: Document, extraction: Extraction, *, added_at: datetime | None = None) -> list[Quad]:
    """All quads of the source's named graph, in a stable order, without duplicates."""
    src = source_iri(doc.id)
    when = added_at or datetime.now(timezone.utc)
    quads = _source_quads(doc, extraction, src, when)
    for ent in extraction.entities:
        quads.extend(_entity_quads(ent, src))
    for rel in extraction.relations:
        quads.extend(_relation_quads(rel, src))
    return list(dict.fromkeys(quads))


# ------------------------------------------------------------------ N-Triples text
#: N-Triples of the IRIs every source graph uses (predicates, classes, types)
_IRI_NT: dict[str, str] = {}
#: terms that come back source after source (entity IRIs and their record hashes, names,
#: surface forms, cues), written once per process; bounded, like ``_IRI_NT``
_ENTITY_NT: dict[str, str] = {}
_RECORD_HASH: dict[str, str] = {}
_LITERAL_NT: dict[str, str] = {}
_CACHE_LIMIT = 65_536


def _memo(cache: dict[str, str], key: str, make: Callable[[str], str], *, limit: int = _CACHE_LIMIT) -> str:
    """``make(key)``, kept in ``cache`` until it holds ``limit`` entries (memory stays bounded)."""
    text = cache.get(key)
    if text is None:
        text = make(key)
        if len(cache) < limit:
            cache[key] = text
    return text


def _iri_nt(iri: str) -> str:
    return _memo(_IRI_NT, iri, lambda k: str(ox.NamedNode(k)), limit=10_000)


def _entity_nt(iri: str) -> str:
    """An entity IRI in N-Triples, checked by pyoxigraph once per process."""
    return _memo(_ENTITY_NT, iri, lambda k: str(ox.NamedNode(str(k))))


def _record_hash(iri: str) -> str:
    """The hash part of :func:`record_iri`: it depends on the entity only."""
    return _memo(_RECORD_HASH, iri, _short_hash)


def _literal_nt(value: str) -> str:
    """A short plain literal (a name, a cue) in N-Triples, as pyoxigraph writes it."""
    if len(value) >= 200:  # long texts rarely repeat: not kept
        return str(ox.Literal(value))
    return _memo(_LITERAL_NT, value, lambda k: str(ox.Literal(k)))


@lru_cache(maxsize=256)
def _typed_nt(value: str, datatype: str) -> str:
    """A typed literal in N-Triples, its lexical form normalized by rdflib as :func:`source_graph`
    writes it (the time a source is added repeats within a second, a date across sources)."""
    return str(to_ox(Literal(value, datatype=URIRef(datatype))))


def _int_nt(value: int) -> str:
    """``Literal(value)`` (xsd:integer) in N-Triples, as pyoxigraph writes it."""
    if type(value) is not int:  # bool, numpy ints …: let rdflib decide as source_graph does
        return str(to_ox(Literal(value)))
    return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#integer>'


def source_graph_text(
    doc: Document, extraction: Extraction, *, added_at: datetime | None = None
) -> GraphText:
    """The quads of :func:`source_graph` as N-Triples of the source's graph, made without rdflib terms.

    Every term is written by pyoxigraph (``str`` of its term: the escaping of
    ``kg.store.terms.nt``); an IRI or literal repeated in the source is written once, and
    entity IRIs, names and cues once per process. Record and statement IRIs are the source
    IRI (checked) plus a hex hash, so they are written as pyoxigraph would write them, without
    a check each. Raises ValueError (or TypeError) for what pyoxigraph refuses, e.g. an IRI
    with a space; callers then fall back to :func:`source_graph`, whose quads the store
    refuses with its usual message.
    """
    src_iri = source_iri(doc.id)
    src = str(ox.NamedNode(str(src_iri)))
    when = added_at or datetime.now(timezone.utc)
    c = _iri_nt
    lit = _literal_nt
    rdf_type = c(_TYPE)
    out: list[str] = [f"{src} {rdf_type} {c(_SOURCE)}"]
    out.extend(f"{src} {c(p)} {v}" for p, v in _metadata_text(doc, extraction, when))

    mentions, record_cls, about = c(_MENTIONS), c(_ENTITY_RECORD), c(_ABOUT_ENTITY)
    asserted_type, asserted_label, surface_form = c(_ASSERTED_TYPE), c(_ASSERTED_LABEL), c(_SURFACE_FORM)
    asserted_start, asserted_end = c(_ASSERTED_START), c(_ASSERTED_END)
    record_prefix = f"{src[:-1]}/record/"  # "<" + source IRI + "/record/"
    append = out.append
    for ent in extraction.entities:
        e = _entity_nt(ent.iri)
        rec = f"{record_prefix}{_record_hash(ent.iri)}>"
        append(f"{src} {mentions} {e}")
        append(f"{rec} {rdf_type} {record_cls}")
        append(f"{rec} {about} {e}")
        append(f"{rec} {asserted_type} {c(type_iri(ent.type))}")
        append(f"{rec} {asserted_label} {lit(ent.label)}")
        if ent.aliases:
            for alias in sorted(set(ent.aliases)):
                append(f"{rec} {surface_form} {lit(alias)}")
        if ent.start_year is not None:
            append(f"{rec} {asserted_start} {_int_nt(ent.start_year)}")
        if ent.end_year is not None:
            append(f"{rec} {asserted_end} {_int_nt(ent.end_year)}")

    statement_cls, subj, pred, obj = c(_STATEMENT), c(_SUBJECT), c(_PREDICATE), c(_OBJECT)
    derived, evidence, ev_start = c(_DERIVED_FROM), c(_EVIDENCE), c(_EVIDENCE_START)
    ev_end, cue = c(_EVIDENCE_END), c(_CUE)
    sentences: dict[str, str] = {}  # several relations come from one sentence
    stmt_prefix = f"{src[:-1]}/stmt/"
    for rel in extraction.relations:
        ev = rel.evidence
        st = f"{stmt_prefix}{_short_hash(rel.subject, rel.predicate, rel.object, ev.start)}>"
        sentence = sentences.get(ev.sentence)
        if sentence is None:
            sentence = sentences[ev.sentence] = str(ox.Literal(ev.sentence))
        append(f"{st} {rdf_type} {statement_cls}")
        append(f"{st} {subj} {_entity_nt(rel.subject)}")
        append(f"{st} {pred} {c(predicate_iri(rel.predicate))}")
        append(f"{st} {obj} {_entity_nt(rel.object)}")
        append(f"{st} {derived} {src}")
        append(f"{st} {evidence} {sentence}")
        append(f"{st} {ev_start} {_int_nt(ev.start)}")
        append(f"{st} {ev_end} {_int_nt(ev.end)}")
        if rel.cue:
            append(f"{st} {cue} {lit(rel.cue)}")
    return GraphText(src_iri, tuple(dict.fromkeys(out)))
