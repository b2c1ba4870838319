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
from datetime import datetime, timezone

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
        (_GENERATED_AT, Literal(added_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)),
    ]
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
        (_GENERATED_AT, str(to_ox(Literal(added_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)))),
    ]
    if doc.title:
        out.append((_TITLE, str(lit(doc.title))))
    if doc.date:
        out.append((_DATE, str(to_ox(Literal(doc.date, datatype=XSD.date)))))
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


def _iri_nt(iri: str) -> str:
    text = _IRI_NT.get(iri)
    if text is None:
        text = str(ox.NamedNode(iri))
        if len(_IRI_NT) < 10_000:
            _IRI_NT[iri] = text
    return text


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
    ``kg.store.terms.nt``); an IRI or literal repeated in the source is written once.
    Raises ValueError (or TypeError) for what pyoxigraph refuses, e.g. an IRI with a space;
    callers then fall back to :func:`source_graph`, whose quads the store refuses with its message.
    """
    src_iri = source_iri(doc.id)
    src = str(ox.NamedNode(str(src_iri)))
    when = added_at or datetime.now(timezone.utc)
    c = _iri_nt
    lit = ox.Literal
    rdf_type = c(_TYPE)
    out: list[str] = [f"{src} {rdf_type} {c(_SOURCE)}"]
    out.extend(f"{src} {c(p)} {v}" for p, v in _metadata_text(doc, extraction, when))

    mentions, record_cls, about = c(_MENTIONS), c(_ENTITY_RECORD), c(_ABOUT_ENTITY)
    asserted_type, asserted_label, surface_form = c(_ASSERTED_TYPE), c(_ASSERTED_LABEL), c(_SURFACE_FORM)
    asserted_start, asserted_end = c(_ASSERTED_START), c(_ASSERTED_END)
    iris: dict[str, str] = {}  # entity IRIs of this source, written once
    record_prefix = f"{src_iri}/record/"
    for ent in extraction.entities:
        e = iris.get(ent.iri)
        if e is None:
            e = iris[ent.iri] = str(ox.NamedNode(str(ent.iri)))
        rec = str(ox.NamedNode(record_prefix + _short_hash(ent.iri)))
        out.append(f"{src} {mentions} {e}")
        out.append(f"{rec} {rdf_type} {record_cls}")
        out.append(f"{rec} {about} {e}")
        out.append(f"{rec} {asserted_type} {c(type_iri(ent.type))}")
        out.append(f"{rec} {asserted_label} {lit(ent.label)}")
        for alias in sorted(set(ent.aliases)):
            out.append(f"{rec} {surface_form} {lit(alias)}")
        if ent.start_year is not None:
            out.append(f"{rec} {asserted_start} {_int_nt(ent.start_year)}")
        if ent.end_year is not None:
            out.append(f"{rec} {asserted_end} {_int_nt(ent.end_year)}")

    statement_cls, subj, pred, obj = c(_STATEMENT), c(_SUBJECT), c(_PREDICATE), c(_OBJECT)
    derived, evidence, ev_start = c(_DERIVED_FROM), c(_EVIDENCE), c(_EVIDENCE_START)
    ev_end, cue = c(_EVIDENCE_END), c(_CUE)
    sentences: dict[str, str] = {}  # several relations come from one sentence
    stmt_prefix = f"{src_iri}/stmt/"
    for rel in extraction.relations:
        ev = rel.evidence
        st = str(ox.NamedNode(stmt_prefix + _short_hash(rel.subject, rel.predicate, rel.object, ev.start)))
        s = iris.get(rel.subject)
        if s is None:
            s = iris[rel.subject] = str(ox.NamedNode(str(rel.subject)))
        o = iris.get(rel.object)
        if o is None:
            o = iris[rel.object] = str(ox.NamedNode(str(rel.object)))
        sentence = sentences.get(ev.sentence)
        if sentence is None:
            sentence = sentences[ev.sentence] = str(lit(ev.sentence))
        out.append(f"{st} {rdf_type} {statement_cls}")
        out.append(f"{st} {subj} {s}")
        out.append(f"{st} {pred} {c(predicate_iri(rel.predicate))}")
        out.append(f"{st} {obj} {o}")
        out.append(f"{st} {derived} {src}")
        out.append(f"{st} {evidence} {sentence}")
        out.append(f"{st} {ev_start} {_int_nt(ev.start)}")
        out.append(f"{st} {ev_end} {_int_nt(ev.end)}")
        if rel.cue:
            out.append(f"{st} {cue} {lit(rel.cue)}")
    return GraphText(src_iri, tuple(dict.fromkeys(out)))
