"""A body named by its field and its country, defined with its initials, is an organization.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import labels, run


def test_a_field_and_a_country_defined_with_their_initials_are_a_body() -> None:
    x = run(
        "The arrest followed a joint investigation by Immigration Canada (IC) and the police. "
        "IC says the victims were exploited."
    )
    assert "Immigration Canada" in labels(x, "Organization")
    body = next(e for e in x.entities if e.label == "Immigration Canada")
    assert "IC" in body.aliases


def test_no_country_or_no_field_makes_no_such_body() -> None:
    x = run("The Temporary Protection Status (TPS) was granted by Colombia to 1.7 million people.")
    assert not labels(x, "Organization")
    x = run("The envoy of Sierra Leone (SL) spoke first.")
    assert not labels(x, "Organization")


def test_a_place_or_a_campaign_defined_with_its_initials_is_no_body() -> None:
    for text in (
        "Migrants arrived from Northern Ireland (NI) and Scotland.",
        "Lake Chad (LC) fishermen met the Governor of Borno.",
        "Greater Sudan (GS) was discussed.",
        "Radio Free Asia (RFA) reported that Visit Malaysia (VM) was cancelled.",
    ):
        assert not labels(run(text), "Organization"), text
    assert "Enterprise Ireland" in labels(run("Enterprise Ireland (EI) reported."), "Organization")


def test_the_pattern_ruler_s_match_returns_the_body_it_adds() -> None:
    # match() and the component add the same candidates: the body read by its initials among them
    from kg.extract import build_pipeline
    from kg.extract.spans import CANDIDATES, candidates

    nlp = build_pipeline(use_model=False)
    doc = nlp.make_doc("Officers of Immigration Canada (IC) met the National Police of Peru.")
    for name in ("kg_sentences_v1", "kg_reference_ruler_v1"):
        doc = nlp.get_pipe(name)(doc)
    ruler = nlp.get_pipe("kg_pattern_ruler_v1")
    matched = [(c.text, c.label) for c in ruler.match(doc)]
    assert ("Immigration Canada", "Organization") in matched
    before = len(candidates(doc, CANDIDATES))
    added = [(c.text, c.label) for c in candidates(ruler(doc), CANDIDATES)][before:]
    assert added == matched
