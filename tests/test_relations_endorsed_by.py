"""A text endorsed by an assembly is its adoption (kg/extract/relation_endorsed_by.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_a_declaration_endorsed_by_the_assembly_is_adopted_by_it():
    ex = by_rules(
        run(
            news(
                "Delegates praised the Bangkok Declaration, endorsed by the General Assembly on Tuesday, "
                "which set new targets."
            )
        )
    )
    assert has(ex, "United Nations General Assembly", "adopts", "Bangkok Declaration")


def test_a_declaration_endorsed_by_a_country_is_its_support():
    ex = by_rules(run(news("The Bangkok Declaration was endorsed by Kenya and Chile.")))
    assert has(ex, "Kenya", "supports", "Bangkok Declaration")
    assert not has(ex, "Kenya", "adopts", "Bangkok Declaration")


def test_a_body_named_like_a_council_or_a_part_of_a_parliament_endorses_by_support() -> None:
    """Only deciding organs and legislatures adopt by endorsing: an NGO called a Council, or a
    parliament's committee, supports."""
    ex = run(news("The Global Compact for Migration was endorsed by the Norwegian Refugee Council."))
    assert not has(
        ex, "Norwegian Refugee Council", "adopts", "Global Compact for Safe, Orderly and Regular Migration"
    )
    ex = run(
        news(
            "The Bali Declaration was endorsed by the European Parliament's Committee on Civil Liberties, "
            "but the plenary rejected it."
        )
    )
    assert not any(r.predicate == "adopts" for r in ex.relations)
