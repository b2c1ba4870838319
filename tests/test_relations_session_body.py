"""A body named inside its session's name is in the text, and adopts what is adopted at that session
(kg/extract/candidate_choice.py, kg/extract/relation_agents.py)."""

from __future__ import annotations

from extract_util import by_rules, has, labels, run


def test_the_body_closing_a_session_name_is_found_and_adopts_what_its_session_adopted():
    ex = by_rules(
        run(
            "Peru Speaks at 57th Session of Human Rights Council\n\n"
            "Spain welcomed the resolution on the rights of domestic workers, which was adopted by consensus "
            "during the 57th session of the Human Rights Council."
        )
    )
    assert "57th session of the Human Rights Council" in labels(ex, "Event")
    assert "United Nations Human Rights Council" in labels(ex, "Organization")
    assert has(
        ex, "United Nations Human Rights Council", "adopts", "resolution on the rights of domestic workers"
    )
    assert not has(ex, "Spain", "adopts", "resolution on the rights of domestic workers")


def test_a_body_named_inside_another_kind_of_name_or_a_sitting_elsewhere_adopts_nothing():
    ex = by_rules(
        run(
            "Peru Speaks at 57th Session of Human Rights Council\n\n"
            "Spain welcomed the resolution on the rights of domestic workers, which was adopted by consensus "
            "in Geneva. Spain later spoke at the 57th session of the Human Rights Council."
        )
    )
    assert "United Nations Human Rights Council" in labels(ex, "Organization")
    assert not has(
        ex, "United Nations Human Rights Council", "adopts", "resolution on the rights of domestic workers"
    )
    # adopted "by consensus", by nobody named: Spain, who welcomed it, backs it and did not adopt it
    assert has(ex, "Spain", "supports", "resolution on the rights of domestic workers")
    assert not has(ex, "Spain", "adopts", "resolution on the rights of domestic workers")


def test_a_passive_relative_clause_gives_its_act_to_its_agent_or_to_nobody():
    welcomed = "Chile welcomed the Kigali Accord on Labour Mobility, which was signed "
    ex = by_rules(run(welcomed + "by Rwanda and Ghana in 2023."))
    assert has(ex, "Rwanda", "adopts", "Kigali Accord on Labour Mobility")
    assert not has(ex, "Chile", "adopts", "Kigali Accord on Labour Mobility")
    ex = by_rules(run(welcomed.replace("signed", "adopted") + "by a wide majority last year."))
    assert has(ex, "Chile", "supports", "Kigali Accord on Labour Mobility")
    assert not has(ex, "Chile", "adopts", "Kigali Accord on Labour Mobility")


def test_a_session_of_a_body_named_only_there_is_a_meeting_and_the_body_a_name_of_its_own():
    ex = by_rules(
        run(
            "Working group meets in Geneva\n\n"
            "Norway spoke at the 32nd meeting of the Working Group on Fair Wages. "
            "The 9th session of the Regional Commission on Seafarers opened in Manila."
        )
    )
    events = labels(ex, "Event")
    assert "32nd meeting of the Working Group on Fair Wages" in events
    assert "9th session of the Regional Commission on Seafarers" in events
    bodies = labels(ex, "Organization")
    assert {"Working Group on Fair Wages", "Regional Commission on Seafarers"} <= bodies
    assert has(ex, "Norway", "participatesIn", "32nd meeting of the Working Group on Fair Wages")
