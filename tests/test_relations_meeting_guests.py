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


_HELD = "The Regional Conference on Labour Migration was held in Colombo."


def test_drew_or_brought_in_another_sense_gathers_nobody():
    for text in (
        "The session drew attention to abuses in Saudi Arabia and the United Arab Emirates.",
        "The conference brought the plight of workers stranded in Kuwait and Qatar to the attention of "
        "the ILO.",
        "The ceremony drew to a close with remarks by the Minister of Labour of Ghana.",
    ):
        assert not [r for r in run(news(_HELD, text)).relations if r.cue in ("drew", "brought")], text


def test_a_funder_is_no_guest_and_a_workshop_is_another_event():
    x = run(
        news(
            _HELD,
            "The conference drew 300 delegates from Kenya and Uganda, with funding from the European Union.",
        )
    )
    assert has(x, "Kenya", "participatesIn", "Regional Conference on Labour Migration")
    assert not has(x, "European Union", "participatesIn", "Regional Conference on Labour Migration")
    x = run(news(_HELD, "The workshop will bring together labour inspectors from Kenya and Uganda."))
    assert not has(x, "Kenya", "participatesIn", "Regional Conference on Labour Migration")


def test_the_participants_list_ends_where_its_clause_ends():
    x = run(
        news(_HELD, "The countries that participated were Chile, Peru and Colombia, while Brazil declined.")
    )
    assert has(x, "Colombia", "participatesIn", "Regional Conference")
    assert not has(x, "Brazil", "participatesIn", "Regional Conference")
    for text in (
        "The members who attended were told that Ethiopia had ratified the Convention in March.",
        "The states that participated were asked by the ECOWAS Commission to report on progress.",
    ):
        assert not [r for r in run(news(_HELD, text)).relations if r.cue == "participated"], text
