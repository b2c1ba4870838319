"""A meeting's word closing a run after a body's name names the body's meeting
(kg/extract/name_kinds.meeting_named_by_body)."""

from __future__ import annotations

from extract_util import labels, news, run


def test_a_bodys_conference_is_an_event():
    x = run(
        news("The 23rd Alliance against Trafficking in Persons Conference was opened by Marta Kowalczyk.")
    )
    assert "23rd Alliance against Trafficking in Persons Conference" in labels(x, "Event")
    assert "Bali Process Ministerial Conference" in labels(
        run(news("The Bali Process Ministerial Conference opened.")), "Event"
    )


def test_the_body_alone_or_as_the_meetings_complement_stays_a_body():
    x = run(news("The Alliance against Trafficking in Persons met in Vienna."))
    assert "Alliance against Trafficking in Persons" in labels(x, "Organization")
    x = run(news("The Secretariat of the Bali Process Ministerial Conference met."))
    assert not labels(x, "Event")
