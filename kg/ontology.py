"""The ontology's terms as closed rdflib namespaces, and the rules for minting IRIs.

Every other module names ontology terms through this one: a misspelled term is an
AttributeError at import, not a silent new IRI. ``tests/test_ontology.py`` checks that
the terms here and in ``ontology/policy-kg.ttl`` are the same set.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/policy-kg/ontology"
RESOURCE_BASE = "https://w3id.org/policy-kg/id/"

#: Layout version of a store. Bump when the way triples are laid out changes.
STORE_FORMAT = 1


class PKO(DefinedNamespace):
    """policy-kg ontology terms (``pko:``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Actor: URIRef
    Country: URIRef
    Organization: URIRef
    Person: URIRef
    Plan: URIRef
    Framework: URIRef
    Issue: URIRef
    Event: URIRef
    Source: URIRef
    EntityRecord: URIRef
    # relations
    adopts: URIRef
    implements: URIRef
    supports: URIRef
    callsFor: URIRef
    partnersWith: URIRef
    represents: URIRef
    memberOf: URIRef
    participatesIn: URIRef
    addresses: URIRef
    mentions: URIRef
    # evidence and per-source records
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    cue: URIRef
    aboutEntity: URIRef
    assertedType: URIRef
    assertedLabel: URIRef
    surfaceForm: URIRef
    assertedStartYear: URIRef
    assertedEndYear: URIRef
    # entity attributes
    startYear: URIRef
    endYear: URIRef
    isoAlpha3: URIRef
    isoAlpha2: URIRef
    officialName: URIRef
    demonym: URIRef
    capital: URIRef
    acronym: URIRef
    unMemberSince: URIRef
    unStatus: URIRef
    adoptedYear: URIRef
    # sources
    sourceId: URIRef
    location: URIRef
    sha256: URIRef
    mediaType: URIRef
    extractorVersion: URIRef
    text: URIRef
    storeFormat: URIRef


PKR = Namespace(RESOURCE_BASE)

#: Named graphs that are not sources.
ONTOLOGY_GRAPH = PKR["graph/ontology"]
REFERENCE_GRAPH = PKR["graph/reference"]
CONSOLIDATED_GRAPH = PKR["graph/consolidated"]
META_GRAPH = PKR["graph/meta"]

#: Entity types the extractor produces, by local name.
ENTITY_TYPES = ("Country", "Organization", "Person", "Plan", "Framework", "Issue", "Event")
ACTOR_TYPES = ("Country", "Organization", "Person")

#: Relation predicates, by local name.
PREDICATES = (
    "adopts",
    "implements",
    "supports",
    "callsFor",
    "partnersWith",
    "represents",
    "memberOf",
    "participatesIn",
    "addresses",
)

_TYPE_PATH = {
    "Country": "country",
    "Organization": "org",
    "Person": "person",
    "Plan": "plan",
    "Framework": "framework",
    "Issue": "issue",
    "Event": "event",
}


def type_iri(type_name: str) -> URIRef:
    """``"Country"`` → ``pko:Country``; unknown names raise ValueError."""
    if type_name not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type_name!r}; expected one of {', '.join(ENTITY_TYPES)}")
    return PKO[type_name]


def predicate_iri(name: str) -> URIRef:
    """``"adopts"`` → ``pko:adopts``; unknown names raise ValueError."""
    if name not in PREDICATES:
        raise ValueError(f"unknown predicate {name!r}; expected one of {', '.join(PREDICATES)}")
    return PKO[name]


def local_name(iri: str) -> str:
    """The part after ``#`` or the last ``/``."""
    return re.split(r"[#/]", str(iri))[-1]


def normalize_name(name: str) -> str:
    """Fold a name for matching and minting: no accents, lower case, words joined by '-'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"^the\s+", "", text.strip())
    slug = re.sub(r"[^0-9a-z]+", "-", text).strip("-")
    return slug


def mint_iri(type_name: str, name: str) -> URIRef:
    """A stable IRI for an entity not in the reference data: type path + normalized name.

    The same actor found in two documents gets the same IRI. Names that fold to nothing
    (all punctuation, other scripts) fall back to a hash of the original string.
    """
    slug = normalize_name(name)
    if not slug:
        slug = "h" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    elif len(slug) > 120:
        slug = slug[:100] + "-" + hashlib.sha256(slug.encode()).hexdigest()[:12]
    return PKR[f"{_TYPE_PATH[type_name]}/{slug}"]


def source_iri(source_id: str) -> URIRef:
    """The IRI (and graph name) of a source."""
    return PKR[f"source/{source_id}"]


def _prefix_block() -> str:
    from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

    pairs = {
        "pko": ONTOLOGY_IRI + "#",
        "pkr": RESOURCE_BASE,
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "owl": str(OWL),
        "xsd": str(XSD),
        "skos": str(SKOS),
        "prov": str(PROV),
        "dcterms": str(DCTERMS),
        "schema": str(SDO),
    }
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in pairs.items())


#: PREFIX declarations for every namespace the project uses; prepend to queries.
SPARQL_PREFIXES = _prefix_block()
