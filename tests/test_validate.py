"""kg.validate: the example graph conforms; a quad that breaks the shapes is reported in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.ontology import CONSOLIDATED_GRAPH, PKO, PKR
from kg.store import Change, open_store
from kg.validate import validate

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.ingest import Ingestor

    s = open_store(str(tmp_path_factory.mktemp("validate") / "kg"))
    assert Ingestor(s).add([str(EXAMPLE)]).added
    yield s
    s.close()


def test_example_graph_conforms(store):
    report = validate(store)
    assert report.conforms, report.text()
    assert report.text() == "conforms"
    assert report.violations == []


def test_second_label_is_reported_with_the_entity_name_and_path(store):
    bad = (PKR["country/PAK"], RDFS.label, Literal("Islamic Republic"), CONSOLIDATED_GRAPH)
    store.apply(Change(insert=(bad,)))
    try:
        report = validate(store)
    finally:
        store.apply(Change(delete=(bad,)))
    assert not report.conforms
    (violation,) = [v for v in report.violations if v.path == "rdfs:label"]
    assert violation.focus in {"Pakistan", "Islamic Republic"}
    assert violation.focus_iri == str(PKR["country/PAK"])
    assert "exactly one rdfs:label" in violation.message
    text = report.text()
    assert text.startswith("1 violation(s) of the shapes:")
    assert "rdfs:label: an entity has exactly one rdfs:label" in text
    assert validate(store).conforms


def test_relation_to_the_wrong_kind_of_thing_is_reported(store):
    bad = (PKR["country/PAK"], PKO.adopts, PKR["person/aamir-khan"], CONSOLIDATED_GRAPH)
    store.apply(Change(insert=(bad,)))
    try:
        report = validate(store)
    finally:
        store.apply(Change(delete=(bad,)))
    assert not report.conforms
    messages = [str(v) for v in report.violations]
    assert any(
        v.path == "pko:adopts" and v.focus == "Pakistan" and "plan or a framework" in v.message
        for v in report.violations
    ), messages


def test_entity_without_label_is_reported(store):
    bad = (PKR["plan/nameless"], RDF.type, PKO.Plan, CONSOLIDATED_GRAPH)
    store.apply(Change(insert=(bad,)))
    try:
        report = validate(store)
    finally:
        store.apply(Change(delete=(bad,)))
    assert [v.focus for v in report.violations] == ["pkr:plan/nameless"]


def test_plain_adds_of_the_projects_own_documents_conform(tmp_path):
    """The extractor never writes what the shapes forbid: a plan that "draws on" a body's
    recommendations once became a pko:supports with a plan as its subject."""
    from kg.ingest import Ingestor

    root = Path(__file__).resolve().parent.parent / "eval"
    docs = sorted(str(p) for p in root.glob("**/docs/*.txt"))
    assert len(docs) > 80
    note = tmp_path / "plan.txt"
    note.write_text(
        "Ruritania adopted its National Action Plan against Trafficking (2024-2027). "
        "The Plan draws on the recommendations of the Group of Experts on Action against "
        "Trafficking in Human Beings (GRETA) and implements the Warsaw Convention."
    )
    with open_store(str(tmp_path / "kg")) as s:
        assert Ingestor(s).add([*docs, str(note)]).added
        report = validate(s)
    assert report.conforms, report.text()
