"""Who gives a meeting's set speeches takes part in it (kg/extract/relation_speeches.py)."""

from __future__ import annotations

import pytest
from extract_util import by_rules, has, news, run

_MEETING = "The Fifth Meeting of the Andean Working Group on Migration opened in Lima on Monday. "


def test_the_welcome_address_delivered_by_a_person_with_a_comma_title():
    ex = by_rules(
        run(
            news(
                _MEETING
                + "The welcome address was delivered by Ana Ruiz, Director, Andean Secretariat, Lima."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "participatesIn", "Fifth Meeting of the Andean Working Group on Migration")


def test_each_person_who_made_opening_remarks():
    ex = by_rules(
        run(
            news(
                _MEETING + "Opening remarks were made by Ana Ruiz, Director of the Andean Secretariat, and "
                "Tom Baxter, Minister of Labour."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "participatesIn", "Fifth Meeting of the Andean Working Group on Migration")
    assert has(ex, "Tom Baxter", "participatesIn", "Fifth Meeting of the Andean Working Group on Migration")


def test_the_person_who_delivered_the_keynote_address():
    ex = by_rules(
        run(news(_MEETING + "Ana Ruiz, Director of the Andean Secretariat, delivered the keynote address."))
    )
    assert has(ex, "Ana Ruiz", "participatesIn", "Fifth Meeting of the Andean Working Group on Migration")


def test_a_speech_at_another_occasion_is_not_the_meeting():
    ex = by_rules(
        run(news(_MEETING + "Ana Ruiz delivered the keynote address at a dinner in Quito a week later."))
    )
    assert not has(ex, "Ana Ruiz", "participatesIn", "Fifth Meeting of the Andean Working Group on Migration")


def test_a_meeting_named_two_sentences_before_is_not_carried():
    ex = by_rules(run(news(_MEETING + "Peru has a new law. The keynote address was given by Ana Ruiz.")))
    assert not has(ex, "Ana Ruiz", "participatesIn", "Fifth Meeting of the Andean Working Group on Migration")


_FORUM = "Regional Forum on Migration"


def test_remarks_made_during_another_occasion_are_not_the_meeting():
    ex = by_rules(
        run(
            news(
                "The Regional Forum on Migration opened in Bangkok. Opening remarks were made by Ana Ruiz "
                "and Tom Baxter during a press briefing in Geneva."
            )
        )
    )
    assert not has(ex, "Ana Ruiz", "participatesIn", _FORUM)
    assert not has(ex, "Tom Baxter", "participatesIn", _FORUM)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting postponed heard no speech
        "The Regional Forum on Migration was postponed. Opening remarks were made by Ana Ruiz and "
        "Tom Baxter.",
        # a speech of another year is not the coming meeting's, nor the one that opened
        "The Regional Forum on Migration will open in Bangkok in May. In 2018, the keynote address was "
        "delivered by Ana Ruiz.",
        "The Regional Forum on Migration opened in Bangkok. In 2018, the keynote address was delivered by "
        "Ana Ruiz.",
    ],
)
def test_no_speech_at_a_meeting_postponed_or_of_another_year(text: str) -> None:
    assert not has(by_rules(run(news(text))), "Ana Ruiz", "participatesIn", _FORUM)
