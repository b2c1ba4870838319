"""The example article in sources/ yields the facts the design promises."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import Document, Extraction

SOURCE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    text = SOURCE.read_text(encoding="utf-8")
    doc = Document(
        id="pakistan-example",
        location=str(SOURCE),
        text=text,
        media_type="text/plain",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=text.split("\n", 1)[0],
    )
    return extract(doc)


def entity(extraction: Extraction, label: str):
    found = [e for e in extraction.entities if e.label == label or label in e.aliases]
    assert found, f"no entity named {label!r} in {[e.label for e in extraction.entities]}"
    return found[0]


def has(extraction: Extraction, subject: str, predicate: str, obj: str) -> bool:
    s, o = entity(extraction, subject).iri, entity(extraction, obj).iri
    return any(r.subject == s and r.predicate == predicate and r.object == o for r in extraction.relations)


def test_pakistan_is_a_country_named_also_by_capital_and_demonym(extraction):
    pakistan = entity(extraction, "Pakistan")
    assert pakistan.type == "Country"
    assert pakistan.reference
    assert "Islamabad" in pakistan.aliases
    assert "Pakistani" in pakistan.aliases


def test_aamir_khan_represents_pakistan_and_is_the_pakistani_envoy(extraction):
    khan = entity(extraction, "Aamir Khan")
    assert khan.type == "Person"
    assert any("Pakistani envoy" in a for a in khan.aliases)
    assert has(extraction, "Aamir Khan", "represents", "Pakistan")


def test_unodc_is_an_organization_partnering_with_pakistan(extraction):
    unodc = entity(extraction, "UNODC")
    assert unodc.type == "Organization"
    assert has(extraction, "Pakistan", "partnersWith", "UNODC") or has(
        extraction, "UNODC", "partnersWith", "Pakistan"
    )


def test_pakistan_adopts_the_strategic_national_action_plan_with_its_period(extraction):
    plan = entity(extraction, "Strategic National Action Plan (2021-2025)")
    assert plan.type == "Plan"
    assert (plan.start_year, plan.end_year) == (2021, 2025)
    pakistan = entity(extraction, "Pakistan")
    rel = next(r for r in extraction.relations if r.subject == pakistan.iri and r.object == plan.iri)
    assert rel.predicate == "adopts"
    assert "Developed a Strategic National Action Plan (2021-2025) to combat trafficking in persons;" in (
        rel.evidence.sentence
    )


def test_frameworks_and_what_they_address(extraction):
    assert entity(extraction, "Global Compact on Migration").type == "Framework"
    assert entity(extraction, "Sustainable Development Goals").type == "Framework"
    assert has(
        extraction,
        "2010 United Nations Global Plan of Action to Combat Trafficking in Persons",
        "addresses",
        "human trafficking",
    )
    assert has(extraction, "Pakistan", "supports", "Global Compact on Migration")


def test_calling_for_is_not_adopting(extraction):
    pakistan = entity(extraction, "Pakistan").iri
    trafficking = entity(extraction, "human trafficking").iri
    preds = {r.predicate for r in extraction.relations if r.subject == pakistan and r.object == trafficking}
    assert preds == {"callsFor"}


def test_every_relation_has_exact_evidence_between_entities_of_the_extraction(extraction):
    text = SOURCE.read_text(encoding="utf-8")
    iris = {e.iri for e in extraction.entities}
    assert extraction.relations
    for rel in extraction.relations:
        assert rel.subject in iris and rel.object in iris
        assert rel.evidence.sentence == text[rel.evidence.start : rel.evidence.end]
        assert rel.evidence.sentence.strip()
