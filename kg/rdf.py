"""Map one Document and its Extraction to the quads of the source's own named graph.

The source graph holds what the source says: its metadata and text, ``pko:mentions`` of
every entity, one ``pko:EntityRecord`` per entity (type, name, surface forms it used) and
one ``rdf:Statement`` per relation with its evidence. Entity descriptions and relation
triples themselves go to the consolidated graph (``kg.consolidate``), once for all sources.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, XSD

from kg.model import Document, Entity, Extraction, Relation
from kg.ontology import PKO, predicate_iri, source_iri, type_iri
from kg.store.base import Quad


def _short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def record_iri(source: URIRef, entity_iri: str) -> URIRef:
    return URIRef(f"{source}/record/{_short_hash(entity_iri)}")


def statement_iri(source: URIRef, rel: Relation) -> URIRef:
    return URIRef(f"{source}/stmt/{_short_hash(rel.subject, rel.predicate, rel.object, rel.evidence.start)}")


def _source_quads(doc: Document, extraction: Extraction, src: URIRef, added_at: datetime) -> list[Quad]:
    q: list[Quad] = [
        (src, RDF.type, PKO.Source, src),
        (src, PKO.sourceId, Literal(doc.id), src),
        (src, PKO.location, Literal(doc.location), src),
        (src, PKO.sha256, Literal(doc.sha256), src),
        (src, PKO.mediaType, Literal(doc.media_type), src),
        (src, PKO.extractorVersion, Literal(extraction.extractor_version), src),
        (src, PKO.text, Literal(doc.text), src),
        (
            src,
            PROV.generatedAtTime,
            Literal(added_at.isoformat(timespec="seconds"), datatype=XSD.dateTime),
            src,
        ),
    ]
    if doc.title:
        q.append((src, DCTERMS.title, Literal(doc.title), src))
    if doc.date:
        q.append((src, DCTERMS.date, Literal(doc.date, datatype=XSD.date), src))
    if doc.publisher:
        q.append((src, DCTERMS.publisher, Literal(doc.publisher), src))
    if doc.url:
        q.append((src, SDO.url, Literal(doc.url, datatype=XSD.anyURI), src))
    return q


def _entity_quads(ent: Entity, src: URIRef) -> list[Quad]:
    e = URIRef(ent.iri)
    rec = record_iri(src, ent.iri)
    q: list[Quad] = [
        (src, PKO.mentions, e, src),
        (rec, RDF.type, PKO.EntityRecord, src),
        (rec, PKO.aboutEntity, e, src),
        (rec, PKO.assertedType, type_iri(ent.type), src),
        (rec, PKO.assertedLabel, Literal(ent.label), src),
    ]
    q.extend((rec, PKO.surfaceForm, Literal(alias), src) for alias in sorted(set(ent.aliases)))
    if ent.start_year is not None:
        q.append((rec, PKO.assertedStartYear, Literal(ent.start_year), src))
    if ent.end_year is not None:
        q.append((rec, PKO.assertedEndYear, Literal(ent.end_year), src))
    return q


def _relation_quads(rel: Relation, src: URIRef) -> list[Quad]:
    st = statement_iri(src, rel)
    q: list[Quad] = [
        (st, RDF.type, RDF.Statement, src),
        (st, RDF.subject, URIRef(rel.subject), src),
        (st, RDF.predicate, predicate_iri(rel.predicate), src),
        (st, RDF.object, URIRef(rel.object), src),
        (st, PROV.wasDerivedFrom, src, src),
        (st, PKO.evidence, Literal(rel.evidence.sentence), src),
        (st, PKO.evidenceStart, Literal(rel.evidence.start), src),
        (st, PKO.evidenceEnd, Literal(rel.evidence.end), src),
    ]
    if rel.cue:
        q.append((st, PKO.cue, Literal(rel.cue), src))
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
