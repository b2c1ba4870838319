"""Meeting coverage: "held its first-ever Open Debate", "The meeting heard briefings by A and B",
"A, B and C spoke as concerned countries", "the Conference, held Thursday 18th April by A and B", and a
meeting's short name ("the GFMD Summit" for "the Twelfth GFMD Summit Meeting") (relation_events,
relation_meeting_guests, relation_event_links, short_plans)."""

from __future__ import annotations

from extract_util import has, labels, run

_DEBATE = "Open Debate on Forced Displacement"


def test_an_event_held_with_its_rank_between_is_the_holder_s():
    ex = run(f"Council meets\n\nThe Security Council held its first-ever {_DEBATE} on Monday.")
    assert has(ex, "United Nations Security Council", "participatesIn", _DEBATE)


def test_those_the_meeting_heard_take_part_but_not_a_body_in_a_role():
    ex = run(
        f"Council meets\n\nThe Security Council held its first-ever {_DEBATE} on Monday. "
        "The meeting heard briefings by Deputy Secretary-General Ana Lima and UNHCR Director Tom Berg."
    )
    assert has(ex, "Ana Lima", "participatesIn", _DEBATE)
    assert has(ex, "Tom Berg", "participatesIn", _DEBATE)
    assert not has(
        ex, "Office of the United Nations High Commissioner for Refugees", "participatesIn", _DEBATE
    )


def test_countries_that_spoke_take_part_but_not_those_that_ratified():
    ex = run(
        "Council meets\n\n"
        "The Human Rights Council held the Interactive Dialogue on Migrants. Chile, Norway and Kenya spoke "
        "as concerned countries. Peru, Ghana and Nepal have ratified the Convention."
    )
    for country in ("Chile", "Norway", "Kenya"):
        assert has(ex, country, "participatesIn", "Interactive Dialogue on Migrants")
    assert not has(ex, "Peru", "participatesIn", "Interactive Dialogue on Migrants")


def test_held_on_a_day_by_hosts_but_not_by_video_link():
    ex = run(
        "Rabat meeting\n\n"
        "The Rabat Declaration was adopted at the Maghreb Ministerial Conference, held Thursday 18th April "
        "by Tunisia and Senegal. The Sahel Youth Forum was held by video link, Mali said."
    )
    assert has(ex, "Tunisia", "participatesIn", "Maghreb Ministerial Conference")
    assert has(ex, "Senegal", "participatesIn", "Maghreb Ministerial Conference")
    assert not has(ex, "Mali", "participatesIn", "Sahel Youth Forum")


def test_a_meeting_s_short_name_is_the_meeting_unless_two_fit():
    ex = run(
        "Forum in Quito\n\n"
        "The Ninth Andean Summit Meeting opened in Quito. The minister spoke in the Andean Summit on Friday."
    )
    assert labels(ex, "Event") == {"Ninth Andean Summit Meeting"}
    ex = run(
        "Forum in Quito\n\n"
        "The Ninth Andean Summit Meeting opened in Quito. The minister spoke in the Andean Summit on Friday. "
        "The Andean Youth Summit was held later."
    )
    assert "Andean Summit" in labels(ex, "Event")


def test_participants_listed_after_the_meeting_take_part():
    ex = run(
        "Dialogue opens\n\n"
        "The Andean Migration Dialogue opened in Lima on Monday, with participants from Peru and Chile. "
        "Participants included officials from Bolivia and the IOM. Among those attending were Ecuador and "
        "UNICEF. Participants included no one from Brazil."
    )
    for guest in (
        "Peru",
        "Chile",
        "Bolivia",
        "International Organization for Migration",
        "Ecuador",
        "United Nations Children's Fund",
    ):
        assert has(ex, guest, "participatesIn", "Andean Migration Dialogue")
    assert not has(ex, "Brazil", "participatesIn", "Andean Migration Dialogue")


def test_the_other_of_a_co_chair_takes_part_and_partners():
    ex = run(
        "Dialogue\n\n"
        "Ghana co-chaired the Gulf of Guinea Maritime Dialogue with Togo. "
        "Benin co-chaired the Sahel Youth Forum with great success."
    )
    assert has(ex, "Togo", "participatesIn", "Gulf of Guinea Maritime Dialogue")
    assert has(ex, "Ghana", "partnersWith", "Togo") or has(ex, "Togo", "partnersWith", "Ghana")
    assert has(ex, "Benin", "participatesIn", "Sahel Youth Forum")
