"""Domesticating an instrument is adopting it (kg/extract/cues.py), the name after an acronym set before
it is the object (kg/extract/relation_wording.py), and a body a law established does not adopt that law
(kg/extract/relation_created_body.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_a_country_that_domesticated_a_protocol_adopts_it():
    ex = by_rules(
        run(
            news(
                "The agency was set up in 2004, after Ghana domesticated the UNTOC Protocol to Prevent, "
                "Suppress and Punish Trafficking in Persons, especially Women and Children."
            )
        )
    )
    assert has(ex, "Ghana", "adopts", "Protocol to Prevent, Suppress and Punish Trafficking in Persons")
    assert not has(ex, "Ghana", "implements", "United Nations Convention against Transnational")


def test_a_board_established_by_an_act_does_not_adopt_it():
    ex = by_rules(
        run(
            news(
                "The Anti-Trafficking Management Board met in Accra on Monday.",
                "The Board, established by the Child Protection Act of 2011, Act 801, is responsible for "
                "coordinating child protection in Ghana.",
            )
        )
    )
    assert not has(ex, "Anti-Trafficking Management Board", "adopts", "Child Protection Act")
    assert not has(ex, "Anti-Trafficking Management Board", "adopts", "Act 801")
    assert has(ex, "Anti-Trafficking Management Board", "implements", "Child Protection Act")
