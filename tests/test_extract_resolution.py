"""Resolution and relations on short policy texts written for these tests (tests/fixtures/extract)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import spacy

import kg.extract.factories  # noqa: F401  (registers the components)
from kg.extract import EXTRACTOR_VERSION, extract, extract_many
from kg.extract.assemble import to_extraction
from kg.model import Document, Extraction

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
GAZETTEER = {"extra_files": [str(FIXTURES / "gazetteer.ttl")], "include_reference": False}


def document(name: str) -> Document:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return Document(
        id=name,
        location=str(FIXTURES / name),
        text=text,
        media_type="text/plain",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=text.split("\n", 1)[0],
    )


@pytest.fixture(scope="module")
def nlp():
    """The default components over the test gazetteer only."""
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences_v1")
    nlp.add_pipe("kg_reference_ruler_v1", config=GAZETTEER)
    for name in ("kg_pattern_ruler_v1", "kg_person_ruler_v1", "kg_acronyms_v1"):
        nlp.add_pipe(name)
    nlp.add_pipe("kg_resolver_v1", config=GAZETTEER)
    nlp.add_pipe("kg_relations_v1")
    return nlp


def run(nlp, name: str) -> Extraction:
    doc = document(name)
    return to_extraction(nlp(doc.text), doc, EXTRACTOR_VERSION)


def entity(extraction: Extraction, name: str):
    found = [e for e in extraction.entities if e.label == name or name in e.aliases]
    assert found, f"no {name!r} in {[e.label for e in extraction.entities]}"
    return found[0]


def linked(extraction: Extraction, subject: str, predicate: str, obj: str) -> bool:
    s, o = entity(extraction, subject).iri, entity(extraction, obj).iri
    return any(r.subject == s and r.predicate == predicate and r.object == o for r in extraction.relations)


@pytest.fixture(scope="module")
def kenya(nlp) -> Extraction:
    return run(nlp, "kenya_strategy.txt")


@pytest.fixture(scope="module")
def nepal(nlp) -> Extraction:
    return run(nlp, "nepal_statement.txt")


def test_plan_with_period_and_its_short_form(kenya):
    plan = entity(kenya, "National Strategy to Combat Human Trafficking 2022–2026")
    assert plan.type == "Plan" and (plan.start_year, plan.end_year) == (2022, 2026)
    assert "Strategy" in plan.aliases  # "the Strategy" later in the text
    assert linked(kenya, "Kenya", "adopts", plan.label)
    assert linked(kenya, plan.label, "addresses", "human trafficking")


def test_supported_by_an_organization_defined_with_its_acronym(kenya):
    iom = entity(kenya, "IOM")
    assert iom.reference and iom.label == "International Organization for Migration"
    assert linked(kenya, "IOM", "supports", "National Strategy to Combat Human Trafficking 2022–2026")


def test_acronym_definition_of_an_unknown_body(kenya):
    committee = entity(kenya, "Counter Trafficking in Persons Advisory Committee")
    assert committee.type == "Organization" and not committee.reference
    assert "CTiPAC" in committee.aliases


def test_demonym_government_capital_metonym_and_acts(kenya):
    country = entity(kenya, "Kenya")
    assert "Kenyan" in country.aliases  # "The Kenyan government"
    assert "Nairobi" in country.aliases  # "Nairobi urged …" (the dateline "NAIROBI:" is not)
    assert linked(kenya, "Kenya", "adopts", "Palermo Protocol")
    act = entity(kenya, "Counter-Trafficking in Persons Act, 2010")
    assert act.type == "Framework"
    assert linked(kenya, "Kenya", "adopts", act.label)


def test_role_description_resolves_to_the_person_who_represents_a_country(kenya):
    akello = entity(kenya, "Grace Akello")
    assert akello.type == "Person"
    assert "Akello" in akello.aliases  # "Dr Akello" later
    assert any("Ugandan envoy" in a for a in akello.aliases)
    assert linked(kenya, "Grace Akello", "represents", "Uganda")
    assert linked(
        kenya, "Grace Akello", "supports", "National Strategy to Combat Human Trafficking 2022–2026"
    )


def test_list_items_inherit_the_subject_of_the_line_before(kenya):
    plan = entity(kenya, "National Plan of Action on Child Labour (2019-2023)")
    assert (plan.start_year, plan.end_year) == (2019, 2023)
    rel = next(r for r in kenya.relations if r.object == plan.iri and r.predicate == "adopts")
    assert rel.subject == entity(kenya, "Kenya").iri
    assert rel.evidence.sentence.startswith("Adopted a National Plan of Action")


def test_event_without_the_place_and_who_spoke_there(kenya):
    event = entity(kenya, "Regional Conference on Migration")
    assert event.type == "Event"


def test_we_and_the_government_in_a_country_statement(nepal):
    assert linked(nepal, "Nepal", "supports", "Global Compact for Safe, Orderly and Regular Migration")
    assert linked(nepal, "Nepal", "adopts", "Foreign Employment Act, 2007")
    assert linked(nepal, "Nepal", "callsFor", "forced labour")
    assert linked(nepal, "Nepal", "partnersWith", "United Nations")


def test_lower_case_plan_with_period_in_words(nepal):
    plan = next(e for e in nepal.entities if e.type == "Plan" and e.label.startswith("national action plan"))
    assert (plan.start_year, plan.end_year) == (2021, 2025)
    assert linked(nepal, "Nepal", "implements", plan.label)


def test_calls_for_is_kept_apart_from_adopts(nepal):
    nepal_iri = entity(nepal, "Nepal").iri
    labour = entity(nepal, "forced labour").iri
    assert {r.predicate for r in nepal.relations if r.subject == nepal_iri and r.object == labour} == {
        "callsFor"
    }


def test_extract_many_gives_the_same_as_extract():
    docs = [document("kenya_strategy.txt"), document("nepal_statement.txt")]
    assert list(extract_many(docs)) == [extract(d) for d in docs]


def test_every_relation_is_grounded(kenya, nepal):
    for extraction, name in ((kenya, "kenya_strategy.txt"), (nepal, "nepal_statement.txt")):
        text = document(name).text
        iris = {e.iri for e in extraction.entities}
        for rel in extraction.relations:
            assert rel.subject in iris and rel.object in iris
            assert text[rel.evidence.start : rel.evidence.end] == rel.evidence.sentence
        for ent in extraction.entities:
            for mention in ent.mentions:
                assert text[mention.start : mention.end] == mention.text
