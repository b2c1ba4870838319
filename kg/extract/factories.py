"""Every policy-kg spaCy component, registered under a versioned name, in one place.

spaCy forbids "." in factory names, so "kg.reference_ruler.v1" is spelled
"kg_reference_ruler_v1".

Importing this module registers the factories; :func:`kg.extract.build_pipeline` does.
Settings are keyword-only and JSON-friendly, so a pipeline can be built from a config.

>>> import spacy, kg.extract.factories
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("kg_sentences_v1")
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.acronyms import AcronymFinder
from kg.extract.gazetteer import load_gazetteer
from kg.extract.ner import NerCandidates
from kg.extract.pair_model import PairLinker
from kg.extract.patterns import PatternRuler
from kg.extract.person_ruler import PersonRuler
from kg.extract.persons_given import GivenNameCandidates
from kg.extract.reference_ruler import ReferenceRuler
from kg.extract.relations import RelationFinder
from kg.extract.resolver import Resolver
from kg.extract.sentences import RuleSentencizer


@Language.factory("kg_sentences_v1")
def make_sentences(nlp: Language, name: str) -> RuleSentencizer:
    return RuleSentencizer(name=name)


@Language.factory("kg_reference_ruler_v1", default_config={"extra_files": [], "include_reference": True})
def make_reference_ruler(
    nlp: Language, name: str, extra_files: list[str], include_reference: bool
) -> ReferenceRuler:
    gazetteer = load_gazetteer(extra_files, include_reference=include_reference)
    return ReferenceRuler(nlp, gazetteer, name=name)


@Language.factory("kg_pattern_ruler_v1")
def make_pattern_ruler(nlp: Language, name: str) -> PatternRuler:
    return PatternRuler(name=name)


@Language.factory("kg_person_ruler_v1")
def make_person_ruler(nlp: Language, name: str) -> PersonRuler:
    return PersonRuler(name=name)


@Language.factory("kg_acronyms_v1")
def make_acronyms(nlp: Language, name: str) -> AcronymFinder:
    return AcronymFinder(name=name)


@Language.factory("kg_given_names_v1")
def make_given_names(nlp: Language, name: str) -> GivenNameCandidates:
    return GivenNameCandidates(name=name)


@Language.factory("kg_ner_candidates_v1", default_config={"labels": None})
def make_ner_candidates(nlp: Language, name: str, labels: dict[str, str] | None) -> NerCandidates:
    return NerCandidates(name=name, labels=labels)


@Language.factory("kg_resolver_v1", default_config={"extra_files": [], "include_reference": True})
def make_resolver(nlp: Language, name: str, extra_files: list[str], include_reference: bool) -> Resolver:
    gazetteer = load_gazetteer(extra_files, include_reference=include_reference)
    return Resolver(gazetteer, name=name)


@Language.factory("kg_relations_v1", default_config={"max_gap": 160})
def make_relations(nlp: Language, name: str, max_gap: int) -> RelationFinder:
    return RelationFinder(name=name, max_gap=max_gap)


@Language.factory("kg_pair_links_v1", default_config={"model_path": "", "threshold": None})
def make_pair_links(nlp: Language, name: str, model_path: str, threshold: float | None) -> PairLinker:
    return PairLinker(name=name, model_path=model_path, threshold=threshold)
