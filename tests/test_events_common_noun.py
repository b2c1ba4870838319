"""Meetings a text reports under a common noun ("a recent mission to A and B", "its first-ever
meeting on X", "a meeting of the national committee on …"), and who takes part in them: the body
that met during it, the one who chaired it past an aside, the mission's co-chairs."""

from __future__ import annotations

from extract_util import has, labels, news, run


def test_a_marked_mission_to_named_countries_is_an_event_with_its_members() -> None:
    ex = run(
        news(
            "Recounting the stories of refugees they met during a recent mission to Ethiopia and Sudan, "
            "Security Council members today described mass killings.",
            "The representative of Kuwait — one of the mission’s three co-chairs, along with the "
            "representatives of Peru and the United Kingdom — said members had arrived on 28 April.",
        )
    )
    assert "mission to Ethiopia and Sudan" in labels(ex, "Event")
    for member in ("United Nations Security Council", "Kuwait", "Peru", "United Kingdom"):
        assert has(ex, member, "participatesIn", "mission to Ethiopia and Sudan")


def test_a_peacekeeping_mission_or_a_permanent_mission_is_no_event() -> None:
    ex = run(
        news(
            "France will extend its peacekeeping mission to Mali, and the Permanent Mission to the United "
            "Nations said so, Mali, Chad and Niger agreed."
        )
    )
    assert not labels(ex, "Event")


def test_a_first_meeting_on_an_issue_and_a_committee_meeting_are_events() -> None:
    ex = run(
        news("Holding its first-ever meeting on forced labour, the Security Council called on States to act.")
    )
    assert "first-ever meeting on forced labour" in labels(ex, "Event")
    ex = run(
        news(
            "Acting Prime Minister Ion Popa today chaired, in a videoconference format, a meeting of the "
            "national committee on combating child labour, the ministry reported."
        )
    )
    assert has(
        ex, "Ion Popa", "participatesIn", "meeting of the national committee on combating child labour"
    )
