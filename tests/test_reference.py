"""ontology/reference/*.ttl: the known countries, organizations, frameworks and issues."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.ontology import PKO, PKR
from kg.resources import reference_files

ROOT = Path(__file__).resolve().parent.parent
ENTITY_CLASSES = {PKO.Country, PKO.Organization, PKO.Person, PKO.Plan, PKO.Framework, PKO.Issue, PKO.Event}
NAME_PREDICATES = (RDFS.label, SKOS.altLabel, PKO.acronym)


@pytest.fixture(scope="module")
def files() -> dict[str, Graph]:
    return {path.name: Graph().parse(path) for path in reference_files()}


@pytest.fixture(scope="module")
def ref(files) -> Graph:
    union = Graph()
    for graph in files.values():
        union += graph
    return union


def entities(graph: Graph, cls: URIRef | None = None) -> set[URIRef]:
    classes = [cls] if cls is not None else ENTITY_CLASSES
    return {s for c in classes for s in graph.subjects(RDF.type, c)}


def strings(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str]:
    return {str(o) for o in graph.objects(subject, predicate)}


def test_the_four_files_exist_and_parse_with_pyoxigraph(files):
    assert set(files) == {"countries.ttl", "organizations.ttl", "frameworks.ttl", "issues.ttl"}
    for path in reference_files():
        store = pyoxigraph.Store()
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        assert len(store) == len(files[path.name]), path.name


def test_193_members_2_observers_and_2_associated_states(ref):
    countries = entities(ref, PKO.Country)
    status = {c: str(ref.value(c, PKO.unStatus)) for c in countries}
    assert sum(1 for s in status.values() if s == "member") == 193
    observers = {str(ref.value(c, RDFS.label)) for c, s in status.items() if s == "observer"}
    assert observers == {"Holy See", "Palestine"}
    associated = {str(ref.value(c, RDFS.label)) for c, s in status.items() if s == "non-member"}
    assert associated == {"Cook Islands", "Niue"}
    assert len(countries) == 197


def test_country_iris_are_alpha3_codes(ref):
    for country in entities(ref, PKO.Country):
        code = str(ref.value(country, PKO.isoAlpha3))
        assert country == PKR[f"country/{code}"]
        assert len(code) == 3 and code.isupper()
        assert len(str(ref.value(country, PKO.isoAlpha2))) == 2


KNOWN_CODES = {
    "PAK": "Pakistan", "IND": "India", "BGD": "Bangladesh", "LKA": "Sri Lanka", "MDV": "Maldives",
    "PHL": "Philippines", "LAO": "Laos", "VNM": "Vietnam", "USA": "United States", "GBR": "United Kingdom",
    "RUS": "Russia", "IRN": "Iran", "TUR": "Türkiye", "PRK": "North Korea", "KOR": "South Korea",
    "COD": "Democratic Republic of the Congo", "CIV": "Côte d'Ivoire", "ARE": "United Arab Emirates",
    "PNG": "Papua New Guinea", "DEU": "Germany", "VAT": "Holy See", "PSE": "Palestine",
}  # fmt: skip


def test_known_codes_have_news_style_labels(ref):
    for code, label in KNOWN_CODES.items():
        assert str(ref.value(PKR[f"country/{code}"], RDFS.label)) == label, code


def test_alpha3_codes_are_valid_iso_3166():
    pycountry = pytest.importorskip(
        "pycountry", reason="pycountry (a dev extra) is needed to check every code against ISO 3166"
    )
    graph = Graph().parse(ROOT / "ontology" / "reference" / "countries.ttl")
    for country in entities(graph, PKO.Country):
        code = str(graph.value(country, PKO.isoAlpha3))
        record = pycountry.countries.get(alpha_3=code)
        assert record is not None, code
        assert record.alpha_2 == str(graph.value(country, PKO.isoAlpha2)), code


def test_pakistan_as_the_extractor_needs_it(ref):
    pak = PKR["country/PAK"]
    assert strings(ref, pak, PKO.officialName) == {"Islamic Republic of Pakistan"}
    assert "Pakistani" in strings(ref, pak, PKO.demonym)
    assert strings(ref, pak, PKO.capital) == {"Islamabad"}
    assert ref.value(pak, PKO.unMemberSince) == Literal("1947", datatype=XSD.gYear)


def test_country_variants_and_demonyms(ref):
    assert {"US", "U.S.", "USA", "United States of America"} <= strings(
        ref, PKR["country/USA"], SKOS.altLabel
    )
    assert {"UK", "Britain"} <= strings(ref, PKR["country/GBR"], SKOS.altLabel)
    assert {"Lao PDR", "Lao People's Democratic Republic"} <= strings(ref, PKR["country/LAO"], SKOS.altLabel)
    assert {"Filipino", "Philippine"} <= strings(ref, PKR["country/PHL"], PKO.demonym)
    assert "Turkey" in strings(ref, PKR["country/TUR"], SKOS.altLabel)
    assert "Viet Nam" in strings(ref, PKR["country/VNM"], SKOS.altLabel)
    for country in entities(ref, PKO.Country):
        assert ref.value(country, PKO.capital) is not None, country
        for alt in strings(ref, country, SKOS.altLabel):
            assert not alt.lower().startswith("the "), (country, alt)


def test_key_organizations_with_acronyms(ref):
    expected = {
        "unodc": ("United Nations Office on Drugs and Crime", "UNODC"),
        "iom": ("International Organization for Migration", "IOM"),
        "ilo": ("International Labour Organization", "ILO"),
        "un": ("United Nations", "UN"),
        "unhcr": ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
        "asean": ("Association of Southeast Asian Nations", "ASEAN"),
        "saarc": ("South Asian Association for Regional Cooperation", "SAARC"),
    }
    for slug, (label, acronym) in expected.items():
        org = PKR[f"org/{slug}"]
        assert (org, RDF.type, PKO.Organization) in ref, slug
        assert str(ref.value(org, RDFS.label)) == label
        assert acronym in strings(ref, org, PKO.acronym)
    assert "Bali Process" in strings(ref, PKR["org/bali-process"], SKOS.altLabel)
    assert "General Assembly" in strings(ref, PKR["org/un-general-assembly"], SKOS.altLabel)


def test_named_intergovernmental_meetings_are_events(ref):
    hlpf = PKR["event/hlpf"]
    assert (hlpf, RDF.type, PKO.Event) in ref
    assert (hlpf, RDF.type, PKO.Organization) not in ref
    assert str(ref.value(hlpf, RDFS.label)) == "High-level Political Forum on Sustainable Development"
    assert "HLPF" in strings(ref, hlpf, PKO.acronym)
    assert "High-level Political Forum" in strings(ref, hlpf, SKOS.altLabel)
    assert (PKR["event/imrf"], RDF.type, PKO.Event) in ref


def test_at_least_100_frameworks_and_the_trafficking_instruments(ref):
    assert len(entities(ref, PKO.Framework)) >= 100
    palermo = PKR["framework/trafficking-in-persons-protocol"]
    assert {"Palermo Protocol", "Trafficking Protocol", "TIP Protocol"} <= strings(
        ref, palermo, SKOS.altLabel
    )
    gcm = PKR["framework/gcm"]
    assert "GCM" in strings(ref, gcm, PKO.acronym)
    assert {"Global Compact on Migration", "Global Compact for Migration"} <= strings(ref, gcm, SKOS.altLabel)
    assert {"SDGs", "SDG"} <= strings(ref, PKR["framework/sdgs"], PKO.acronym)
    c29 = PKR["framework/ilo-c29"]
    assert str(ref.value(c29, RDFS.label)) == "Forced Labour Convention, 1930 (No. 29)"
    assert {"ILO Convention 29", "Convention No. 29"} <= strings(ref, c29, SKOS.altLabel)
    assert ref.value(c29, PKO.adoptedYear) == Literal(1930)
    plan = PKR["plan/global-plan-of-action-tip"]
    assert (plan, RDF.type, PKO.Plan) in ref
    assert "Global Plan of Action" in strings(ref, plan, SKOS.altLabel)


def test_issue_scheme(ref):
    scheme = PKR["issue-scheme"]
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ref
    issues = entities(ref, PKO.Issue)
    assert len(issues) >= 50
    for issue in issues:
        assert (issue, RDF.type, SKOS.Concept) in ref
        assert (issue, SKOS.inScheme, scheme) in ref
        label = str(ref.value(issue, RDFS.label))
        assert label == label.lower() or label.isupper(), label
        assert strings(ref, issue, SKOS.prefLabel) == {label}
    trafficking = PKR["issue/human-trafficking"]
    assert "trafficking in persons" in strings(ref, trafficking, SKOS.altLabel)
    assert (PKR["issue/forced-labour"], SKOS.broader, PKR["issue/modern-slavery"]) in ref
    assert "forced labor" in strings(ref, PKR["issue/forced-labour"], SKOS.altLabel)


def test_every_entity_has_exactly_one_label(ref):
    for entity in entities(ref):
        assert len(list(ref.objects(entity, RDFS.label))) == 1, entity


def test_literals_are_plain_strings_or_declared_numbers(ref):
    for s, p, o in ref:
        if not isinstance(o, Literal):
            continue
        assert o.language is None, (s, p, o)
        if p in (PKO.unMemberSince,):
            assert o.datatype == XSD.gYear, (s, p, o)
        elif p in (PKO.adoptedYear, PKO.startYear, PKO.endYear):
            assert o.datatype == XSD.integer, (s, p, o)
        else:
            assert o.datatype is None, (s, p, o)


def test_no_subject_is_described_in_two_files(files):
    seen: dict[URIRef, str] = {}
    for name, graph in files.items():
        for subject in set(graph.subjects()):
            assert subject not in seen, f"{subject} in {seen.get(subject)} and {name}"
            seen[subject] = name


def test_no_name_is_shared_by_two_entities(ref):
    """Labels, alternative labels and acronyms each point to one entity (case-insensitive)."""
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for entity in entities(ref):
        for predicate in NAME_PREDICATES:
            for name in strings(ref, entity, predicate):
                owners[name.casefold()].add(entity)
    shared = {name: sorted(map(str, who)) for name, who in owners.items() if len(who) > 1}
    assert shared == {}


def test_demonyms_and_capitals_are_not_shared(ref):
    for predicate in (PKO.demonym, PKO.capital):
        owners: dict[str, set[URIRef]] = defaultdict(set)
        for country in entities(ref, PKO.Country):
            for value in strings(ref, country, predicate):
                owners[value.casefold()].add(country)
        assert {v: w for v, w in owners.items() if len(w) > 1} == {}, predicate


def _load_builder():
    path = ROOT / "tools" / "build_reference.py"
    spec = importlib.util.spec_from_file_location("build_reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_reference", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["organizations.ttl", "frameworks.ttl", "issues.ttl"])
def test_hand_curated_files_are_what_the_generator_writes(name):
    builder = _load_builder()
    assert builder.build(name) == (ROOT / "ontology" / "reference" / name).read_text(encoding="utf-8")


def test_countries_file_is_what_the_generator_writes():
    pytest.importorskip("pycountry", reason="regenerating countries.ttl needs the dev extra pycountry")
    pytest.importorskip(
        "country_converter", reason="regenerating countries.ttl needs the dev extra country_converter"
    )
    builder = _load_builder()
    text = builder.build("countries.ttl")
    assert text == (ROOT / "ontology" / "reference" / "countries.ttl").read_text(encoding="utf-8")
