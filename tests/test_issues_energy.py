"""Energy and pollution issues from the reference scheme: themes (the energy transition, renewable
energy) kept when something addresses them, harms (deforestation, emissions) when the text comes back
to them (ontology/reference/issues.ttl, kg/extract/doc_relations.THEMES)."""

from __future__ import annotations

from extract_util import has, labels, news, run


def test_a_plan_addressing_the_energy_transition_keeps_it():
    x = run(news("The National Energy Plan will address the energy transition."))
    assert has(x, "National Energy Plan", "addresses", "energy transition")


def test_a_theme_named_in_passing_is_not_kept():
    x = run(news("Kenya's minister spoke about renewable energy at the dinner."))
    assert "renewable energy" not in labels(x, "Issue")


def test_a_harm_named_twice_is_kept_and_variants_fold():
    x = run(
        news(
            "Deforestation is rising in the Congo Basin.",
            "Forest loss cost the region two million hectares last year.",
        )
    )
    assert "deforestation" in labels(x, "Issue")


def test_decarbonisation_is_climate_mitigation():
    x = run(news("The Climate Plan aims at decarbonisation of the power sector."))
    assert has(x, "Climate Plan", "addresses", "climate mitigation")
