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


def test_an_instrument_that_establishes_a_body_is_no_adopter_but_an_actor_is():
    from kg.extract.cues import ADOPTS

    for words in (
        "established by the Human Trafficking Act of 2005",
        "established in 2013 by Decree No. 7901",
        "established under the Convention",
        "first established by resolution 2300 (2015)",
        "created by the National Action Plan",
    ):
        assert ADOPTS.search(words) is None, words
    for words in (
        "established by the Ministry of Law",
        "established under the leadership of the President",
        "created by the Ministry",
        "Kenya established the National Plan",
    ):
        assert ADOPTS.search(words) is not None, words
    # once the Committee's adoption of the Decree: the comma form ("The Board, established by …") was
    # the only one relation_created_body undid
    ex = by_rules(
        run(
            news(
                "Attached to the Ministry of Labour, the Anti-Trafficking Committee was established by "
                "Decree No. 4521 in 2014."
            )
        )
    )
    assert not has(ex, "Anti-Trafficking Committee", "adopts", "Decree No. 4521")
    assert not has(ex, "Ministry of Labour", "adopts", "Decree No. 4521")
    ex = by_rules(
        run(news("The National Referral Mechanism was established by the Ministry of Labour in 2020."))
    )
    assert has(ex, "Ministry of Labour", "adopts", "National Referral Mechanism")
