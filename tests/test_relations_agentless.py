"""Passive acts and acts only talked about: what a passive cue without "by" reaches, the means after
"by", progress judged by a speaker, a topic of briefings, a speech delivered on someone's behalf.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_util import has, run


def test_an_agentless_passive_takes_no_object_after_it() -> None:
    x = run(
        "Dr Jane Mwangi said that a special tribunal has been established to speed up trials of "
        "traffickers and campaigns have been included in our National Strategy against Trafficking."
    )
    assert not has(x, "Jane Mwangi", "adopts", "National Strategy")


def test_an_agentless_passive_of_a_national_plan_before_it_stays_the_countrys() -> None:
    x = run(
        "Kenya ratified the Palermo Protocol in 2005. The National Action Plan against Trafficking was "
        "launched on Friday."
    )
    assert has(x, "Kenya", "adopts", "National Action Plan against Trafficking")


def test_the_active_progressive_still_takes_its_object() -> None:
    x = run("The Ministry of Labour of Kenya is launching the National Action Plan against Trafficking.")
    assert has(x, "Ministry of Labour", "adopts", "National Action Plan against Trafficking")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Attached to the Ministry of Labour, Conaseg was established by Decree No. 4521, from 3 May "
            "2013, and has seven members.",
            "Ministry of Labour",
        ),
        # "approved" is an adoption cue that the cue list's own "established by" guard does not cover
        (
            "Attached to the Ministry of Labour, the Migration Council was approved by Decree No. 4521 "
            "in 2013.",
            "Migration Council",
        ),
    ],
)
def test_a_law_after_by_is_the_means_of_the_act_not_its_object(text: str, doer: str) -> None:
    x = run(text)
    assert "Decree No. 4521" in {e.label for e in x.entities}
    assert not has(x, doer, "adopts", "Decree No. 4521")


def test_an_actor_after_by_is_still_the_agent() -> None:
    x = run("The Law on Migration (Law No. 33) was adopted by the Parliament of Kenya.")
    assert has(x, "Parliament of Kenya", "adopts", "Law on Migration")


def test_progress_highlighted_by_a_speaker_is_not_the_speakers_work() -> None:
    x = run(
        "Dr Jane Mwangi highlighted the progress made by East African states in the implementation "
        "of the Sendai Framework."
    )
    assert not has(x, "Jane Mwangi", "implements", "Sendai Framework")


def test_progress_made_by_a_named_actor_is_its_work() -> None:
    x = run("Kenya welcomed the progress made by Uganda in the implementation of the Sendai Framework.")
    assert has(x, "Uganda", "implements", "Sendai Framework")


def test_those_kept_informed_of_an_implementation_do_not_implement() -> None:
    x = run(
        "The Ministry will keep UNICEF and the European Union informed of developments in the "
        "implementation of the National Action Plan against Trafficking."
    )
    assert not has(x, "UNICEF", "implements", "National Action Plan")
    assert not has(x, "European Union", "implements", "National Action Plan")


def test_a_speech_delivered_on_someones_behalf_implements_nothing() -> None:
    x = run(
        "In the speech delivered on his behalf by the Director of Legal Affairs, Dr. Paul Otieno, the "
        "Minister said the Child Labour Action Plan was key."
    )
    assert not has(x, "Paul Otieno", "implements", "Child Labour Action Plan")


def test_delivering_on_a_plan_is_implementing_it() -> None:
    x = run("Kenya has delivered on the National Action Plan against Trafficking.")
    assert has(x, "Kenya", "implements", "National Action Plan against Trafficking")
