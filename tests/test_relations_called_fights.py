"""A call on others to fight an issue is the caller's call for it (kg/extract/relation_issue_commitments.py),
and an opening participle's act is its clause's subject's (kg/extract/relation_opening_scope.py)."""

from __future__ import annotations

from extract_util import by_rules, has, run

from kg.extract.relation_opening_scope import opening_role


def test_a_body_calling_on_states_to_combat_an_issue_calls_for_it():
    ex = by_rules(
        run(
            "News\n\nThe General Assembly called upon Member States to step up their efforts to detect, "
            "prevent and otherwise combat forced labour."
        )
    )
    assert has(ex, "United Nations General Assembly", "callsFor", "forced labour")


def test_the_caller_not_the_state_named_on_the_way_calls_for_each_issue():
    ex = by_rules(
        run(
            "News\n\nIn its statement, the Security Council urged Member States to work with Sudan to "
            "prevent, investigate and prosecute acts of migrant smuggling and human trafficking."
        )
    )
    assert has(ex, "United Nations Security Council", "callsFor", "migrant smuggling")
    assert has(ex, "United Nations Security Council", "callsFor", "human trafficking")
    assert not has(ex, "Sudan", "callsFor", "human trafficking")


def test_an_aim_of_a_named_item_is_no_call_for_the_issue():
    ex = by_rules(
        run(
            "News\n\nKenya urged Uganda to ratify the Palermo Protocol, which aims to combat "
            "trafficking in persons."
        )
    )
    assert has(ex, "Kenya", "callsFor", "Palermo Protocol")  # the call is for the Protocol
    assert has(ex, "Palermo Protocol", "addresses", "human trafficking")  # the fight is the Protocol's aim
    assert not has(ex, "Kenya", "callsFor", "human trafficking")


def test_a_name_inside_the_opening_clause_adopts_nothing():
    ex = run(
        "News\n\nAdopting resolution 2410 (2020) with 13 votes in favour and 1 abstention by Chile, the "
        "Council extended the authorization, first established by resolution 2300 (2015), to inspect vessels "
        "bound for Yemen."
    )
    assert not has(ex, "Chile", "adopts", "resolution 2410")
    assert not has(ex, "Chile", "adopts", "resolution 2300")
    assert not has(ex, "Yemen", "adopts", "resolution 2410")


def test_a_name_the_opening_clause_asks_for_does_not_do_its_act():
    ex = run(
        "News\n\nAdopting resolution 2410 (2020) after a request by Chile, the Council extended the mandate."
    )
    assert not has(ex, "Chile", "adopts", "resolution 2410")


def test_where_a_name_stands_to_the_opening_clause():
    text = "Signing the MoU with Thailand after talks in Laos, the ministers of Cambodia thanked Peru."
    end = len(text)
    assert opening_role(text, 0, end, text.index("Thailand")) == "partner"
    assert opening_role(text, 0, end, text.index("Laos")) == "inside"
    assert opening_role(text, 0, end, text.index("Cambodia")) == "subject"
    assert opening_role(text, 0, end, text.index("Peru")) == "later"
    assert opening_role("Cambodia signed the MoU with Thailand.", 0, 38, 0) is None


def test_a_commitment_to_stopping_or_combatting_an_issue_calls_for_it():
    # fight_words.FIGHTING inflects "stop" and "combat" with a doubled consonant
    for verb in ("stopping", "combatting"):
        ex = by_rules(run(f"News\n\nChile reaffirmed its commitment to {verb} forced labour."))
        assert has(ex, "Chile", "callsFor", "forced labour")


def test_every_verb_of_a_call_on_others_makes_the_callers_call():
    # cues.CALL_ON: "invited", "requested", "asked", "appealed to" call on others as "urged" does
    for verb in ("invited", "requested", "asked", "appealed to"):
        ex = by_rules(run(f"News\n\nThe General Assembly {verb} Member States to combat forced labour."))
        assert has(ex, "United Nations General Assembly", "callsFor", "forced labour")
