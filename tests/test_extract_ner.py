"""The optional statistical model: which of its entities become candidates, and how it is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import kg.extract.factories  # noqa: F401  (registers the components)
from kg.extract.spans import CANDIDATES, ENTITIES, candidates

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
GAZETTEER = {"extra_files": [str(FIXTURES / "gazetteer.ttl")], "include_reference": False}

TEXT = (
    "Mary Wanjiru visited Kenya and Nairobi Relief Trust yesterday . "
    "Ambassador Peter Otieno Kamau met Otieno Kamau and Tier 2 officials ."
)
#: token ranges of TEXT the fake model calls entities, with its labels
FAKE_ENTS = {
    (0, 2): "PERSON",  # Mary Wanjiru: a name the rules do not find — kept
    (3, 4): "GPE",  # Kenya: the gazetteer's
    (5, 8): "ORG",  # Nairobi Relief Trust: ORG is not copied
    (11, 14): "PERSON",  # Peter Otieno Kamau: the title pattern found it already
    (15, 17): "PERSON",  # Otieno Kamau: the surname part of a person found
    (18, 20): "PERSON",  # Tier 2: not a name
    (2, 3): "PERSON",  # visited: one word
}


@spacy.Language.component("fake_ner_for_test")
def fake_ner(doc):
    doc.ents = [Span(doc, s, e, label=label) for (s, e), label in sorted(FAKE_ENTS.items())]
    return doc


@pytest.fixture(scope="module")
def doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences_v1")
    nlp.add_pipe("kg_reference_ruler_v1", config=GAZETTEER)
    nlp.add_pipe("kg_person_ruler_v1")
    nlp.add_pipe("fake_ner_for_test")
    nlp.add_pipe("kg_ner_candidates_v1")
    nlp.add_pipe("kg_resolver_v1", config=GAZETTEER)
    return nlp(TEXT)


def test_model_persons_the_rules_miss_become_candidates(doc):
    ner = [(c.text, c.label) for c in candidates(doc, CANDIDATES) if c.source == "ner"]
    assert ner == [("Mary Wanjiru", "Person")]


def test_the_rules_keep_their_own_reading(doc):
    labels = {e.label: e.type for e in doc.user_data[ENTITIES].entities.values()}
    assert labels["Mary Wanjiru"] == "Person"
    assert labels["Kenya"] == "Country"
    assert labels["Peter Otieno Kamau"] == "Person"
    assert "Nairobi Relief Trust" not in labels and "Tier 2" not in labels


def test_a_model_is_chosen_by_name_or_folder(monkeypatch, tmp_path):
    import kg.extract as extract_module

    monkeypatch.delenv(extract_module.MODEL_ENV, raising=False)
    assert extract_module.model_name() == "en_core_web_sm"
    monkeypatch.setenv(extract_module.MODEL_ENV, str(tmp_path))
    assert extract_module.model_name() == str(tmp_path)
    assert not extract_module._model_importable(str(tmp_path))  # a folder without meta.json
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    extract_module._model_importable.cache_clear()
    assert extract_module._model_importable(str(tmp_path))
    extract_module._model_importable.cache_clear()


def test_the_stored_version_says_when_a_model_was_used(monkeypatch, tmp_path):
    import kg.extract as extract_module

    model = tmp_path / "my_model"
    monkeypatch.setenv(extract_module.MODEL_ENV, str(model))
    assert extract_module.extractor_version() == extract_module.EXTRACTOR_VERSION
    model.mkdir()
    (model / "meta.json").write_text("{}", encoding="utf-8")
    extract_module._model_importable.cache_clear()
    assert extract_module.extractor_version() == extract_module.EXTRACTOR_VERSION + "+my_model"
    extract_module._model_importable.cache_clear()


def test_build_pipeline_with_a_missing_model_is_a_clear_error(monkeypatch):
    import kg.extract as extract_module
    from kg.errors import KgError

    extract_module._build.cache_clear()
    monkeypatch.setenv(extract_module.MODEL_ENV, "no_such_model_xyz")
    with pytest.raises(KgError, match="no_such_model_xyz: spaCy model not installed"):
        extract_module.build_pipeline(use_model=True)
    extract_module._build.cache_clear()


@spacy.Language.component("fake_ner_founder_for_test")
def fake_ner_founder(doc):
    doc.ents = [Span(doc, 3, 5, label="PERSON")]  # "Mary Wanjiru" of ROLE_TEXT
    return doc


ROLE_TEXT = "Relief Trust Founder Mary Wanjiru spoke ."


def test_a_model_person_gets_the_role_written_before_the_name():
    from kg.extract.spans import ROLES

    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences_v1")
    nlp.add_pipe("kg_reference_ruler_v1", config=GAZETTEER)
    nlp.add_pipe("kg_person_ruler_v1")
    nlp.add_pipe("fake_ner_founder_for_test")
    nlp.add_pipe("kg_ner_candidates_v1")
    doc = nlp(ROLE_TEXT)
    assert [c.text for c in candidates(doc, CANDIDATES) if c.source == "ner"] == ["Mary Wanjiru"]
    assert [c.text for c in candidates(doc, ROLES)] == ["Relief Trust Founder"]
