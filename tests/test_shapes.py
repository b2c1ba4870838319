"""ontology/shapes.ttl: a graph laid out as policy-kg writes it conforms; each way of
breaking it is reported as the specific violation, with and without the ontology."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from kg.ontology import PKO, PKR
from kg.resources import ontology_file, reference_files, shapes_file

pyshacl = pytest.importorskip("pyshacl", reason="pyshacl is a runtime dependency of policy-kg")

PKS = "https://w3id.org/policy-kg/shapes#"
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")

PAKISTAN = PKR["country/PAK"]
UNODC = PKR["org/unodc"]
KHAN = PKR["person/aamir-khan"]
SNAP = PKR["plan/strategic-national-action-plan-2021-2025"]
GCM = PKR["framework/gcm"]
TRAFFICKING = PKR["issue/human-trafficking"]
SESSION = PKR["event/ccpcj-32nd-session"]
SOURCE = PKR["source/abc123"]
STATEMENT = PKR["statement/abc123-1"]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_file())


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file())


def conforming() -> Graph:
    """A small graph as the mapper writes it: entities, relations, one statement, its source."""
    g = Graph()
    entities = [
        (PAKISTAN, PKO.Country, "Pakistan"),
        (UNODC, PKO.Organization, "United Nations Office on Drugs and Crime"),
        (KHAN, PKO.Person, "Aamir Khan"),
        (SNAP, PKO.Plan, "Strategic National Action Plan (2021-2025)"),
        (GCM, PKO.Framework, "Global Compact for Safe, Orderly and Regular Migration"),
        (TRAFFICKING, PKO.Issue, "human trafficking"),
        (SESSION, PKO.Event, "32nd session of the Commission on Crime Prevention and Criminal Justice"),
    ]
    for iri, cls, label in entities:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(label)))
    g.add((UNODC, PKO.acronym, Literal("UNODC")))
    g.add((GCM, SKOS.altLabel, Literal("Global Compact on Migration")))
    g.add((SNAP, PKO.startYear, Literal(2021)))
    g.add((SNAP, PKO.endYear, Literal(2025)))
    g.add((PAKISTAN, PKO.adopts, SNAP))
    g.add((PAKISTAN, PKO.implements, SNAP))
    g.add((PAKISTAN, PKO.supports, GCM))
    g.add((PAKISTAN, PKO.supports, UNODC))
    g.add((PAKISTAN, PKO.callsFor, TRAFFICKING))
    g.add((PAKISTAN, PKO.partnersWith, UNODC))
    g.add((KHAN, PKO.represents, PAKISTAN))
    g.add((PAKISTAN, PKO.memberOf, UNODC))
    g.add((KHAN, PKO.participatesIn, SESSION))
    g.add((SNAP, PKO.addresses, TRAFFICKING))
    g.add((SESSION, PKO.addresses, TRAFFICKING))

    g.add((SOURCE, RDF.type, PKO.Source))
    g.add((SOURCE, PKO.sourceId, Literal("abc123")))
    g.add((SOURCE, PKO.sha256, Literal("0" * 64)))
    g.add((SOURCE, PKO.extractorVersion, Literal("0.1.0")))

    g.add((STATEMENT, RDF.type, RDF.Statement))
    g.add((STATEMENT, RDF.subject, PAKISTAN))
    g.add((STATEMENT, RDF.predicate, PKO.adopts))
    g.add((STATEMENT, RDF.object, SNAP))
    g.add((STATEMENT, PROV_DERIVED, SOURCE))
    g.add(
        (
            STATEMENT,
            PKO.evidence,
            Literal("Pakistan has developed a Strategic National Action Plan (2021-2025)."),
        )
    )
    g.add((STATEMENT, PKO.evidenceStart, Literal(120)))
    g.add((STATEMENT, PKO.evidenceEnd, Literal(188)))
    return g


def violations(data: Graph, shapes: Graph, ontology: Graph | None) -> set[tuple[str, str | None, str]]:
    """(focus node, result path, source shape or constraint) for every result, for exact assertions."""
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, allow_warnings=False)
    found = set()
    for result in report.objects(None, SH.result):  # top-level results, not nested sh:detail ones
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        shape = report.value(result, SH.sourceShape)
        component = report.value(result, SH.sourceConstraintComponent)
        name = str(shape) if isinstance(shape, URIRef) else str(component)
        found.add((str(focus), str(path) if path is not None else None, name))
    assert conforms == (not found)
    return found


@pytest.fixture(params=["without-ontology", "with-ontology"])
def ont(request, ontology) -> Graph | None:
    """Run every check twice: the shapes must not depend on rdfs:subClassOf being present."""
    return ontology if request.param == "with-ontology" else None


def test_conforming_graph_passes(shapes, ont):
    assert violations(conforming(), shapes, ont) == set()


def test_reference_data_conforms(shapes, ontology):
    data = Graph()
    for path in reference_files():
        data.parse(path)
    assert violations(data, shapes, ontology) == set()


def test_missing_label_is_reported(shapes, ont):
    g = conforming()
    g.remove((KHAN, RDFS.label, None))
    assert violations(g, shapes, ont) == {(str(KHAN), str(RDFS.label), PKS + "Entity-label")}


def test_two_labels_are_reported(shapes, ont):
    g = conforming()
    g.add((PAKISTAN, RDFS.label, Literal("Islamic Republic of Pakistan")))
    assert violations(g, shapes, ont) == {(str(PAKISTAN), str(RDFS.label), PKS + "Entity-label")}


def test_language_tagged_label_is_reported(shapes, ont):
    g = conforming()
    g.remove((GCM, RDFS.label, None))
    g.add((GCM, RDFS.label, Literal("Global Compact for Migration", lang="en")))
    g.add((GCM, SKOS.altLabel, Literal("GCM", lang="en")))
    assert violations(g, shapes, ont) == {
        (str(GCM), str(RDFS.label), PKS + "Entity-label"),
        (str(GCM), str(SKOS.altLabel), PKS + "Entity-altLabel"),
    }


def test_label_of_wrong_datatype_is_reported(shapes, ont):
    g = conforming()
    g.remove((TRAFFICKING, RDFS.label, None))
    g.add((TRAFFICKING, RDFS.label, Literal(42)))
    assert violations(g, shapes, ont) == {(str(TRAFFICKING), str(RDFS.label), PKS + "Entity-label")}


def _result_paths(found) -> set[tuple[str, str | None]]:
    return {(focus, path) for focus, path, _ in found}


def test_adopting_an_issue_is_a_wrong_range(shapes, ont):
    g = conforming()
    g.add((PAKISTAN, PKO.adopts, TRAFFICKING))
    assert _result_paths(violations(g, shapes, ont)) == {(str(PAKISTAN), str(PKO.adopts))}


def test_a_plan_cannot_adopt(shapes, ont):
    g = conforming()
    g.add((SNAP, PKO.adopts, GCM))
    assert violations(g, shapes, ont) == {(str(SNAP), None, PKS + "adopts")}


def test_represents_needs_a_person_and_a_country_or_organization(shapes, ont):
    g = conforming()
    g.add((PAKISTAN, PKO.represents, UNODC))  # a country represents nobody
    g.add((KHAN, PKO.represents, GCM))  # nor does anyone represent a framework
    found = violations(g, shapes, ont)
    assert (str(PAKISTAN), None, PKS + "represents") in found
    assert (str(KHAN), str(PKO.represents)) in _result_paths(found)
    assert len(found) == 2


def test_addresses_needs_an_issue(shapes, ont):
    g = conforming()
    g.add((GCM, PKO.addresses, PAKISTAN))
    assert _result_paths(violations(g, shapes, ont)) == {(str(GCM), str(PKO.addresses))}


def test_member_of_needs_an_organization(shapes, ont):
    g = conforming()
    g.add((PAKISTAN, PKO.memberOf, GCM))
    assert _result_paths(violations(g, shapes, ont)) == {(str(PAKISTAN), str(PKO.memberOf))}


def test_partners_with_a_plan_is_reported(shapes, ont):
    g = conforming()
    g.add((UNODC, PKO.partnersWith, SNAP))
    assert _result_paths(violations(g, shapes, ont)) == {(str(UNODC), str(PKO.partnersWith))}


def test_statement_without_evidence_is_reported(shapes, ont):
    g = conforming()
    g.remove((STATEMENT, PKO.evidence, None))
    assert violations(g, shapes, ont) == {(str(STATEMENT), str(PKO.evidence), PKS + "Statement-evidence")}


def test_statement_without_source_is_reported(shapes, ont):
    g = conforming()
    g.remove((STATEMENT, PROV_DERIVED, None))
    assert violations(g, shapes, ont) == {(str(STATEMENT), str(PROV_DERIVED), PKS + "Statement-source")}


def test_statement_derived_from_a_non_source_is_reported(shapes, ont):
    g = conforming()
    g.remove((STATEMENT, PROV_DERIVED, None))
    g.add((STATEMENT, PROV_DERIVED, PAKISTAN))
    assert violations(g, shapes, ont) == {(str(STATEMENT), str(PROV_DERIVED), PKS + "Statement-source")}


def test_statement_with_reversed_offsets_is_reported(shapes, ont):
    g = conforming()
    g.set((STATEMENT, PKO.evidenceEnd, Literal(100)))
    assert violations(g, shapes, ont) == {(str(STATEMENT), str(PKO.evidenceStart), PKS + "Statement-span")}


def test_statement_offsets_must_be_integers(shapes, ont):
    g = conforming()
    g.set((STATEMENT, PKO.evidenceStart, Literal("120")))
    found = violations(g, shapes, ont)
    assert (str(STATEMENT), str(PKO.evidenceStart), PKS + "Statement-start") in found


def test_statement_with_two_subjects_or_an_unknown_predicate_is_reported(shapes, ont):
    g = conforming()
    g.add((STATEMENT, RDF.subject, KHAN))
    g.set((STATEMENT, RDF.predicate, RDFS.seeAlso))
    assert violations(g, shapes, ont) == {
        (str(STATEMENT), str(RDF.subject), PKS + "Statement-subject"),
        (str(STATEMENT), str(RDF.predicate), PKS + "Statement-predicate"),
    }


def test_source_without_hash_or_version_is_reported(shapes, ont):
    g = conforming()
    g.remove((SOURCE, PKO.sha256, None))
    g.remove((SOURCE, PKO.extractorVersion, None))
    assert _result_paths(violations(g, shapes, ont)) == {
        (str(SOURCE), str(PKO.sha256)),
        (str(SOURCE), str(PKO.extractorVersion)),
    }


def test_plan_period_in_the_wrong_order_is_reported(shapes, ont):
    g = conforming()
    g.set((SNAP, PKO.endYear, Literal(2019, datatype=XSD.integer)))
    assert _result_paths(violations(g, shapes, ont)) == {(str(SNAP), str(PKO.startYear))}
