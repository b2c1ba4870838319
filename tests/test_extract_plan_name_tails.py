"""A plan's or treaty's name ends before whom it is presented to, and before the state it binds."""

from __future__ import annotations

from extract_util import run, typed


def test_a_plan_presented_to_a_government_ends_before_to() -> None:
    got = typed(
        run("Experts presented the National Action Plan on Statelessness to the Government of Thailand.")
    )
    assert ("Plan", "National Action Plan on Statelessness") in got
    got = typed(
        run("UNHCR handed the National Strategy on Refugees to the Prime Minister of Ethiopia in May.")
    )
    assert ("Plan", "National Strategy on Refugees") in got


def test_a_treaty_for_a_state_ends_before_the_state() -> None:
    got = typed(
        run("The Secretary-General welcomed the entry into force of the Arms Trade Treaty for Mozambique.")
    )
    assert ("Framework", "Arms Trade Treaty") in got
    assert ("Country", "Mozambique") in got


def test_names_with_to_the_or_for_a_place_keep_their_words() -> None:
    got = typed(run("Sierra Leone ratified the Optional Protocol to the Convention against Torture."))
    assert any(
        t == "Framework" and "Optional Protocol to the Convention against Torture" in n for t, n in got
    )
    got = typed(run("Kenya launched the Country Programme for Kenya and the Strategy for Africa."))
    assert any(t == "Plan" and n.endswith("for Kenya") for t, n in got)
    got = typed(
        run("Parties adopted the Convention for the Protection of the Marine Environment of the Caribbean.")
    )
    assert any(n.startswith("Convention for the Protection") for _t, n in got)
