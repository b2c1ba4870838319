"""One entity under two names: joined by "known as" (kg/extract/known_as.py), and a meeting named
again by its kind ("the Ministerial Conference", kg/extract/bare_heads.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run, typed


def test_a_body_known_under_a_second_name_is_one_body():
    ex = run(news("Chile chairs the Andean Labour Council, known as the Lima Migration Group."))
    bodies = [e for e in ex.entities if e.type == "Organization"]
    assert len(bodies) == 1
    assert {bodies[0].label, *bodies[0].aliases} >= {"Andean Labour Council", "Lima Migration Group"}


def test_the_reference_name_gives_the_identity():
    ex = run(news("The Andean Labour Council, known as the Puebla Process, met in Mexico City."))
    assert [name for kind, name in typed(ex) if kind == "Organization"] == ["Puebla Process"]


def test_members_of_the_body_known_under_its_second_name():
    ex = by_rules(
        run(
            news(
                "The Andean Labour Council, known as the Puebla Process, met in Mexico City.",
                "The member nations are Belize, Canada and Panama, the Puebla Process said.",
            )
        )
    )
    assert has(ex, "Belize", "memberOf", "Puebla Process")


def test_a_meeting_known_under_a_body_name_stays_a_meeting():
    ex = run(news("The Regional Conference on Migration, known as the Puebla Process, met in Mexico City."))
    assert ("Organization", "Puebla Process") in typed(ex)
    assert ("Event", "Regional Conference on Migration") in typed(ex)


def test_two_names_without_known_as_stay_apart():
    ex = run(news("The Andean Migration Conference and the Lima Migration Group met in Quito."))
    assert len([e for e in ex.entities if e.type in ("Organization", "Event")]) == 2


def test_a_kind_of_meeting_named_after_the_meeting_is_its_short_form():
    ex = by_rules(
        run(
            news(
                "The Third Ministerial Conference of the Andean Migration Dialogue opened in Quito.",
                "The objectives of the Ministerial Conference were clear.",
                "Commissioner Ana Ruiz also participated in the high-level conference.",
            )
        )
    )
    events = [e for e in ex.entities if e.type == "Event"]
    assert len(events) == 1
    meeting = "Third Ministerial Conference of the Andean Migration Dialogue"
    assert has(ex, "Ana Ruiz", "participatesIn", meeting)


def test_a_kind_of_meeting_with_none_named_keeps_its_name():
    ex = run(news("A high-level meeting on refugees was held in New York."))
    assert ("Event", "high-level meeting on refugees") in typed(ex)  # named by its topic
    ex = run(news("A high-level meeting was held in New York."))
    assert ("Event", "high-level meeting") in typed(ex)


def test_a_kind_of_meeting_said_of_two_meetings_goes_to_the_one_named_last_before():
    ex = by_rules(
        run(
            news(
                "Kenya attended the Rabat Ministerial Conference in May.",
                "At the high-level conference, Kenya spoke.",
                "In 2022 Chad hosted the Bali Ministerial Conference.",
                "Niger spoke at the high-level conference.",
            )
        )
    )
    assert has(ex, "Niger", "participatesIn", "Bali Ministerial Conference")
    assert not has(ex, "Niger", "participatesIn", "Rabat Ministerial Conference")
