"""Each extraction component alone on spacy.blank("en"), as spaCy tests its own rulers."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import kg.extract.factories  # noqa: F401  (registers the components)
from kg.extract.acronyms import long_form
from kg.extract.names import period, strip_period
from kg.extract.sentences import boundaries
from kg.extract.spans import (
    ACRONYM_DEFS,
    CANDIDATES,
    MENTIONS,
    RELATIONS,
    ROLES,
    candidates,
    to_span_groups,
)

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
GAZETTEER = {"extra_files": [str(FIXTURES / "gazetteer.ttl")], "include_reference": False}


def spans(doc, group: str) -> list[tuple[str, str]]:
    return [(c.text, c.label) for c in candidates(doc, group)]


# -- sentences -----------------------------------------------------------------------------


def test_sentences_split_lines_lists_and_punctuation_but_not_abbreviations():
    text = (
        "Headline here\n\nMr. Khan met Dr. Smith in the U.S. on Monday. Kenya has:\n"
        "  1. Adopted a plan;\n  2. Signed it."
    )
    starts = boundaries(text)
    sentences = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert sentences == [
        "Headline here",
        "Mr. Khan met Dr. Smith in the U.S. on Monday.",
        "Kenya has:",
        "1. Adopted a plan;",
        "2. Signed it.",
    ]


def test_sentence_component_sets_sentence_starts():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences_v1")
    doc = nlp("Kenya signed. Uganda did not.")
    assert [s.text for s in doc.sents] == ["Kenya signed.", "Uganda did not."]


# -- reference ruler -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ruler_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_reference_ruler_v1", config=GAZETTEER)
    return nlp


def test_reference_ruler_finds_names_acronyms_demonyms_and_capitals(ruler_nlp):
    doc = ruler_nlp("The IOM and Kenyan officials met in Nairobi on trafficking in persons.")
    found = spans(doc, CANDIDATES)
    assert ("IOM", "Organization") in found
    assert ("Kenyan", "DEMONYM") in found
    assert ("Nairobi", "CAPITAL") in found
    assert ("trafficking in persons", "Issue") in found
    iom = next(c for c in candidates(doc, CANDIDATES) if c.text == "IOM")
    assert iom.kb_id == "https://w3id.org/policy-kg/id/org/iom"


def test_candidate_groups_move_into_span_groups_for_display(ruler_nlp):
    doc = to_span_groups(ruler_nlp("The IOM met Kenyan officials."))
    assert [(s.text, s.label_, s.id_) for s in doc.spans[CANDIDATES]] == [
        ("IOM", "Organization", "reference"),
        ("Kenyan", "DEMONYM", "reference"),
    ]
    assert not candidates(doc, CANDIDATES)[2:]  # moved, not copied
    assert to_span_groups(doc) is doc and len(doc.spans[CANDIDATES]) == 2
    assert [c.text for c in candidates(doc, CANDIDATES)] == ["IOM", "Kenyan"]


def test_reference_ruler_keeps_acronyms_exact_and_issues_case_free(ruler_nlp):
    doc = ruler_nlp("Let us see: un-needed. FORCED LABOUR and Forced Labour persist.")
    found = spans(doc, CANDIDATES)
    assert not [t for t, _ in found if t.lower() in ("us", "un")]
    assert ("FORCED LABOUR", "Issue") in found and ("Forced Labour", "Issue") in found


def test_gazetteer_reads_extra_files_from_the_environment(monkeypatch, tmp_path):
    from kg.extract.gazetteer import load_gazetteer

    extra = tmp_path / "mine.ttl"
    extra.write_text(
        "@prefix pko: <https://w3id.org/policy-kg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://example.org/org/acme> a pko:Organization ; rdfs:label "Acme Relief" ;'
        ' pko:acronym "ACR" .\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KG_REFERENCE_EXTRA", str(extra))
    gazetteer = load_gazetteer(include_reference=False)
    assert gazetteer.get("https://example.org/org/acme").acronyms == ("ACR",)


def test_gazetteer_error_names_a_broken_file(tmp_path):
    from kg.errors import KgError
    from kg.extract.gazetteer import load_gazetteer

    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.ttl"):
        load_gazetteer([bad], include_reference=False)


# -- pattern ruler ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "type_name"),
    [
        (
            "Kenya adopted the National Action Plan (2021-2025) last year.",
            "National Action Plan (2021-2025)",
            "Plan",
        ),
        ("It launched the Migration Strategy 2021–2025 today.", "Migration Strategy 2021–2025", "Plan"),
        (
            "The Prevention of Trafficking in Persons Act, 2018 applies.",
            "Prevention of Trafficking in Persons Act, 2018",
            "Framework",
        ),
        (
            "It ratified the Convention on the Rights of the Child in 1990.",
            "Convention on the Rights of the Child",
            "Framework",
        ),
        (
            "They signed the ILO Convention on minimum age of employment yesterday.",
            "ILO Convention on minimum age of employment",
            "Framework",
        ),
        ("Republic Act No. 9208 penalises traffickers.", "Republic Act No. 9208", "Framework"),
        (
            "The Ministry of Labour and Employment said so.",
            "Ministry of Labour and Employment",
            "Organization",
        ),
        (
            "The Federal Investigation Agency arrested two men.",
            "Federal Investigation Agency",
            "Organization",
        ),
        ("Leaders met at the Climate Action Summit in New York.", "Climate Action Summit", "Event"),
        ("Speaking at the high-level meeting, she agreed.", "high-level meeting", "Event"),
        (
            "Events marked the World Day against Trafficking in Persons on Friday.",
            "World Day against Trafficking in Persons",
            "Event",
        ),
        (
            "The Government has adopted a drug-control master plan for the period from 2016 to 2020.",
            "drug-control master plan for the period from 2016 to 2020",
            "Plan",
        ),
    ],
)
def test_pattern_ruler_finds_names_by_head_word_and_shape(text, name, type_name):
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_pattern_ruler_v1")
    assert (name, type_name) in spans(nlp(text), CANDIDATES)


def test_pattern_ruler_does_not_take_clause_openers_or_role_phrases():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_pattern_ruler_v1")
    found = spans(
        nlp("Speaking in the General Assembly, the Chairman of the Council of State agreed."), CANDIDATES
    )
    names = [t for t, _ in found]
    assert "General Assembly" in names and "Council of State" in names
    assert not [n for n in names if n.startswith(("Speaking", "Chairman"))]


# -- persons and roles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ambassador Aamir Khan spoke first.", "Aamir Khan"),
        ("Minister of Foreign Affairs Julie Bishop arrived.", "Julie Bishop"),
        ("Secretary-General António Guterres welcomed it.", "António Guterres"),
        ("President Kenyatta signed the bill.", "Kenyatta"),
        ("Dr Jeremy Milsom said victims come first.", "Jeremy Milsom"),
        ("The law was welcomed by Victor Odero, Policy Advisor at the Rescue Committee.", "Victor Odero"),
        ("“It works,” said Sulaiman Jiffry Mohideen.", "Sulaiman Jiffry Mohideen"),
    ],
)
def test_person_ruler_finds_persons_by_title_appositive_and_speech(text, person):
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_person_ruler_v1")
    assert (person, "Person") in spans(nlp(text), CANDIDATES)


def test_person_ruler_records_role_phrases():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_person_ruler_v1")
    doc = nlp(
        "Pakistan’s Deputy Permanent Representative to the UN, Ambassador Aamir Khan, spoke. "
        "The Pakistani envoy said more."
    )
    roles = [t for t, _ in spans(doc, ROLES)]
    assert "Pakistan’s Deputy Permanent Representative to the UN" in roles
    assert "The Pakistani envoy" in roles


# -- acronyms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "acronym", "expected"),
    [
        ("the Federal Investigation Agency", "FIA", "Federal Investigation Agency"),
        ("in partnership with the UN Office on Drugs and Crime", "UNODC", "UN Office on Drugs and Crime"),
        ("signed a Memorandum of Understanding", "MoU", "Memorandum of Understanding"),
        ("the Sustainable Development Goals", "SDGs", "Sustainable Development Goals"),
        (
            "The Office of Climate Change and Development Authority",
            "OCCDA",
            "Office of Climate Change and Development Authority",
        ),
    ],
)
def test_long_form_of_an_acronym(before, acronym, expected):
    assert long_form(before, acronym) == expected


def test_acronym_component_records_definitions():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_acronyms_v1")
    doc = nlp("The Federal Investigation Agency (FIA) arrested them. FIA said so.")
    assert spans(doc, ACRONYM_DEFS) == [("Federal Investigation Agency", "FIA")]


# -- resolver and relations together ----------------------------------------------------------


def test_resolver_and_relations_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    for name in ("kg_sentences_v1", "kg_pattern_ruler_v1", "kg_person_ruler_v1", "kg_acronyms_v1"):
        nlp.add_pipe(name)
    nlp.add_pipe("kg_reference_ruler_v1", config=GAZETTEER, after="kg_sentences_v1")
    nlp.add_pipe("kg_resolver_v1", config=GAZETTEER)
    nlp.add_pipe("kg_relations_v1")
    doc = nlp("Kenya adopted the National Migration Policy (2020-2024). The Policy addresses forced labour.")
    mentions = [(c.text, c.label) for c in candidates(doc, MENTIONS)]
    assert ("National Migration Policy (2020-2024)", "Plan") in mentions
    rels = {(r.subject.split("/")[-1].split(":")[-1], r.predicate) for r in doc.user_data[RELATIONS]}
    assert ("KEN", "adopts") in rels


def test_names_period_and_strip_period():
    assert period("Strategic National Action Plan (2021-2025)") == (2021, 2025)
    assert period("Strategy 2021–25") == (2021, 2025)
    assert period("plan for the period from 2016 to 2020") == (2016, 2020)
    assert period("Vision 2030") == (None, 2030)
    assert strip_period("Migration Strategy 2021–2025") == "Migration Strategy"


def test_acronym_uses_found_by_str_find_are_the_patterns_matches() -> None:
    from kg.extract.acronym_uses import _initialism_rx, _initialism_spans, _word_spans
    from kg.extract.names import word_rx

    text = (
        "UN-UN UN UNUN xUN UN_ -UN UN- UN. U.S. xU.S. U.S.-led (U.S.) CCMA Act xCCMA Act CCMA\nAct CCMA Acts"
        " CCMA\u00a0Act. éCCMA Act CCMA Act_ CCMA\tAct) CCMA  Act.x CCMAAct UN"
    )
    for word in ("UN", "U.S.", "CCMA", "Act", "A"):
        assert list(_word_spans(text, word)) == [m.span() for m in word_rx(word).finditer(text)]
        for head in ("Act", "Act.", "Act)", "UN"):
            found = list(_initialism_spans(text, word, head))
            assert found == [m.span() for m in _initialism_rx(word, head).finditer(text)]
    assert len(list(_initialism_spans(text, "CCMA", "Act"))) == 5
