"""ontology/policy-kg.ttl and kg.ontology.PKO name the same terms, each documented."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.ontology import ACTOR_TYPES, ENTITY_TYPES, ONTOLOGY_IRI, PKO, PREDICATES
from kg.resources import ontology_file

NS = ONTOLOGY_IRI + "#"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file())


def declared_terms(graph: Graph) -> set[str]:
    """Local names of every pko: term the file declares (has an rdf:type)."""
    return {str(s)[len(NS) :] for s in graph.subjects(RDF.type, None) if str(s).startswith(NS)}


def python_terms() -> set[str]:
    return {name for name in PKO.__annotations__ if not name.startswith("_")}


def test_file_parses_with_rdflib_and_pyoxigraph(ontology):
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ontology
    store = pyoxigraph.Store()
    store.load(path=str(ontology_file()), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(ontology)


def test_python_namespace_and_file_declare_the_same_terms(ontology):
    in_file, in_python = declared_terms(ontology), python_terms()
    assert in_file - in_python == set(), "declared in policy-kg.ttl but missing from kg.ontology.PKO"
    assert in_python - in_file == set(), "in kg.ontology.PKO but not declared in policy-kg.ttl"


def test_every_term_has_one_label_and_a_comment(ontology):
    for name in sorted(declared_terms(ontology)):
        term = PKO[name]
        labels = list(ontology.objects(term, RDFS.label))
        comments = list(ontology.objects(term, RDFS.comment))
        assert len(labels) == 1, f"pko:{name} has {len(labels)} rdfs:label"
        assert comments, f"pko:{name} has no rdfs:comment"
        assert all(lit.language is None for lit in labels + comments), f"pko:{name} has a language tag"


def test_misspelled_term_is_an_error():
    with pytest.raises(AttributeError):
        PKO.adopt  # noqa: B018 - the attribute access is the test


def test_entity_types_are_classes_and_actors_are_actors(ontology):
    for name in ENTITY_TYPES:
        assert (PKO[name], RDF.type, OWL.Class) in ontology, name
    for name in ACTOR_TYPES:
        assert (PKO[name], RDFS.subClassOf, PKO.Actor) in ontology, name


def test_relation_predicates_are_object_properties(ontology):
    for name in PREDICATES:
        assert (PKO[name], RDF.type, OWL.ObjectProperty) in ontology, name
    assert (PKO.partnersWith, RDF.type, OWL.SymmetricProperty) in ontology
