"""The body a person met, thanked or hosted is not the body the person acts for
(kg/extract/met_parties.py, the guard of kg/extract/pair_model.py)."""

from __future__ import annotations

from extract_util import has, news, run

from kg.extract.met_parties import met_between


def test_the_body_that_met_the_person_is_not_the_persons():
    ex = run(
        news(
            "UNICEF officials met with the Secretary General of the Ministry of Water, Dr. Omar Haddad, "
            "to present the report."
        )
    )
    assert has(ex, "Omar Haddad", "represents", "Ministry of Water")
    assert not has(ex, "Omar Haddad", "represents", "UNICEF")


def test_a_meeting_verb_sets_two_parties_apart():
    text = "UNICEF officials met with the Minister, Ana Ruiz"
    assert met_between(text, len("UNICEF"), text.index("Ana"))
    text = "UNICEF Representative Ana Ruiz"
    assert not met_between(text, len("UNICEF"), text.index("Ana"))
