"""Meetings a text reports under a common noun ("its first-ever meeting on X", "a meeting of the
national committee on …"), and who takes part in them: the body that met during it, the one who
chaired it past an aside."""

from __future__ import annotations

from extract_util import has, labels, news, run


def test_a_mission_to_named_countries_leaves_the_countries_in_the_graph() -> None:
    """As one event, "a recent mission to Ethiopia and Sudan" took both countries out of the graph."""
    ex = run(
        news(
            "Recounting the stories of refugees they met during a recent mission to Ethiopia and Sudan, "
            "Security Council members today described mass killings."
        )
    )
    assert {"Ethiopia", "Sudan"} <= labels(ex, "Country")
    assert not labels(ex, "Event")


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
