"""Event shapes from a probe of policy-news sentences: an experts' meeting named with its role
word first, a delegation led to a meeting, a meeting a country will host."""

from __future__ import annotations

from extract_util import has, labels, run


def test_an_expert_group_meeting_is_an_event():
    ex = run("UNODC convened the Expert Group Meeting on Trafficking in Persons in Vienna.")
    assert "Expert Group Meeting on Trafficking in Persons" in labels(ex, "Event")
    assert has(ex, "United Nations Office on Drugs", "participatesIn", "Expert Group Meeting")


def test_an_expert_meeting_without_a_topic_is_an_event_too():
    ex = run("Ghana attended the Expert Meeting on Cybercrime in Vienna.")
    assert "Expert Meeting on Cybercrime" in labels(ex, "Event")


def test_an_expert_or_a_role_before_a_body_is_no_meeting():
    ex = run("Expert Maria Lopez told the Ministry of Justice that Special Envoy Ahmed Ali would travel.")
    assert not labels(ex, "Event")
    ex = run("Minister of Labour Summit Kaur attended the talks.")
    assert not labels(ex, "Event")
