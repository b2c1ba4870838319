"""Envoys paired in order with the parties after "on behalf of … respectively"
(kg/extract/relation_respectively.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_respectively_pairs_envoys_with_parties_in_order():
    ex = run(
        news(
            "The Minister of Labour, Ana Ruiz and the Minister of the Interior, Tom Baxter signed the accord "
            "on behalf of the Government of Peru and the Government of Chile respectively."
        )
    )
    assert has(ex, "Ana Ruiz", "represents", "Peru")
    assert has(ex, "Tom Baxter", "represents", "Chile")
    assert not has(ex, "Tom Baxter", "represents", "Peru")


def test_respectively_pairs_bodies_after_representing():
    ex = by_rules(
        run(
            news(
                "Ana Ruiz and Tom Baxter, representing UNICEF and the ILO, respectively, opened the session."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "represents", "UNICEF")
    assert has(ex, "Tom Baxter", "represents", "International Labour Organization")
    assert not has(ex, "Ana Ruiz", "represents", "International Labour Organization")


def test_lists_of_unequal_length_are_not_paired():
    ex = by_rules(
        run(
            news(
                "Ana Ruiz, Tom Baxter and Omar Said signed the accord on behalf of Peru and Chile "
                "respectively, in Lima."
            )
        )
    )
    assert not has(ex, "Ana Ruiz", "represents", "Peru")
    assert not has(ex, "Tom Baxter", "represents", "Chile")
