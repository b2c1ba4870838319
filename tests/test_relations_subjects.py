"""Actors the sentence does not name, objects by anaphora, and who a person speaks for."""

from __future__ import annotations

from extract_util import has, run_titled, typed


def test_a_unit_of_a_ministry_is_two_bodies_and_its_head_represents_both() -> None:
    x = run_titled(
        "Moldova trains border guards\n\n"
        "Ion Rusu, head of the Border Police Service of the Ministry of Internal Affairs, opened the course. "
        "The Anti-Fraud Unit of the National Customs Directorate will implement the National Customs "
        "Strategy 2026-2030."
    )
    found = typed(x)
    assert ("Organization", "Border Police Service") in found
    assert ("Organization", "Ministry of Internal Affairs") in found
    assert ("Organization", "Anti-Fraud Unit") in found
    assert has(x, "Ion Rusu", "represents", "Border Police Service")
    assert has(x, "Ion Rusu", "represents", "Ministry of Internal Affairs")
    assert has(x, "Anti-Fraud Unit", "implements", "National Customs Strategy")
    assert not has(x, "National Customs Directorate", "implements", "National Customs Strategy")


def test_an_office_of_a_commissioner_stays_whole() -> None:
    x = run_titled("Talks\n\nThe Office of the Ombudsman for Children of Ghana opened a hotline.")
    assert not any(label == "Ombudsman for Children of Ghana" for _t, label in typed(x))


def test_an_apposition_with_a_possessive_office_gives_represents() -> None:
    x = run_titled(
        "Talks close\n\n"
        '"We leave with a plan," said Rosa Delgado Paz, Peru\'s Undersecretary of the Interior, who chaired '
        "the talks. Hugo Marin Soto, the WFP's Head of Programmes in Quito, spoke next."
    )
    assert has(x, "Rosa Delgado Paz", "represents", "Peru")
    assert has(x, "Hugo Marin Soto", "represents", "World Food Programme")


def test_an_apposition_without_an_office_gives_nothing() -> None:
    x = run_titled(
        "Talks close\n\n"
        "Ana Lima Costa, Brazil's best-known union leader, disagreed. "
        "Jose Paz Soto, Peru's capital city mayor, spoke."
    )
    assert not has(x, "Ana Lima", "represents", "Brazil")
    assert not has(x, "Jose Paz", "represents", "Peru")
