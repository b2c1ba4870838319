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
