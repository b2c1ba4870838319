"""Who a meeting named before gathered, and the countries listed as having taken part
(kg/extract/relation_meeting_guests.py)."""

from __future__ import annotations

from extract_util import has, news, run

_OPENED = "The Regional Forum on Migration opened in Lima on Monday."


def test_the_meeting_named_before_gathered_the_bodies_listed():
    x = run(
        news(
            _OPENED,
            "The meeting gathered 81 participants from 38 countries, the European Commission and IOM.",
        )
    )
    assert has(x, "European Commission", "participatesIn", "Regional Forum on Migration")
    assert has(x, "International Organization for Migration", "participatesIn", "Regional Forum on Migration")
    x = run(
        news(_OPENED, "The event brings together experts from the OSCE Secretariat, Kazakhstan and Moldova.")
    )
    assert has(x, "Kazakhstan", "participatesIn", "Regional Forum on Migration")


def test_a_meeting_that_drew_nobody_or_a_meeting_of_another_kind_links_nobody():
    x = run(news(_OPENED, "The forum did not attract delegates from Chile."))
    assert not has(x, "Chile", "participatesIn", "Regional Forum on Migration")
    x = run(news(_OPENED, "The training drew officials from Kenya."))  # a training is another event
    assert not has(x, "Kenya", "participatesIn", "Regional Forum on Migration")


def test_the_countries_that_participated_were():
    x = run(
        news(
            "Mexico hosted the XXVI Vice Ministerial Meeting of the RCM on Monday.",
            "The countries that participated were Belize, Costa Rica, Canada, the United States and Panama.",
        )
    )
    for country in ("Belize", "Costa Rica", "Canada", "United States", "Panama"):
        assert has(x, country, "participatesIn", "XXVI Vice Ministerial Meeting"), country


def test_participants_listed_with_no_meeting_in_the_text_link_nobody():
    x = run(news("The countries that participated were Belize and Canada."))
    assert not [r for r in x.relations if r.predicate == "participatesIn"]
