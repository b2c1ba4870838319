"""Sponsoring a resolution is backing it, the body adopts it (kg/extract/relation_sponsors.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_delegate_and_the_group_spoken_for_support_the_resolution_introduced():
    ex = by_rules(
        run(
            news(
                "Spain welcomed the resolution on the rights of domestic workers, which the Council adopted "
                "in March. Minister Ana Ruiz introduced the resolution to the Council on behalf of the "
                "Andean Group comprising Chile, Peru and Bolivia."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "supports", "resolution on the rights of domestic workers")
    assert has(ex, "Andean Group", "supports", "resolution on the rights of domestic workers")


def test_a_state_tabling_or_steering_a_resolution_supports_and_does_not_adopt_it():
    ex = by_rules(run(news("Chile introduced the resolution on the rights of domestic workers.")))
    assert has(ex, "Chile", "supports", "resolution on the rights of domestic workers")
    assert not has(ex, "Chile", "adopts", "resolution on the rights of domestic workers")
    ex = by_rules(
        run(
            news(
                "Peru kept its lead on the matter, as it steers forward the resolution on the rights of "
                "domestic workers, which was adopted without a vote."
            )
        )
    )
    assert has(ex, "Peru", "supports", "resolution on the rights of domestic workers")
    assert not has(ex, "Peru", "adopts", "resolution on the rights of domestic workers")


def test_a_headline_leading_the_adoption_of_a_resolution_supports_it():
    ex = by_rules(
        run("Chile Leads Adoption of UN Resolution on the Rights of Domestic Workers\n\nIt passed.")
    )
    assert has(ex, "Chile", "supports", "UN Resolution on the Rights of Domestic Workers")
    assert not has(ex, "Chile", "adopts", "UN Resolution on the Rights of Domestic Workers")


def test_introducing_a_law_is_still_its_adoption_and_another_resolution_is_not_taken():
    ex = by_rules(run(news("Chile introduced the Domestic Workers Act of 2024 in the Congress.")))
    assert not has(ex, "Chile", "supports", "Domestic Workers Act of 2024")
    ex = by_rules(
        run(
            news(
                "Spain welcomed the resolution on the rights of domestic workers. Chile later tabled "
                "a resolution on climate finance."
            )
        )
    )
    assert not has(ex, "Chile", "supports", "resolution on the rights of domestic workers")
