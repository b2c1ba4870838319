"""Support that "came from" a list, and a country's agreements with a list of others
(kg/extract/relation_support.py, kg/extract/relation_partners.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_backing_for_a_plan_came_from_each_listed_actor():
    ex = by_rules(run(news("Backing for the Global Plan of Action also came from Peru, Chile and Kenya.")))
    for country in ("Peru", "Chile", "Kenya"):
        assert has(ex, country, "supports", "United Nations Global Plan of Action")


def test_a_country_s_agreements_with_others_make_them_partners():
    ex = by_rules(
        run(
            news(
                "Nepal's bilateral labour agreements with Jordan, Malaysia and Qatar were reviewed.",
                "Kenya's new memorandum of understanding with Saudi Arabia covers domestic workers.",
            )
        )
    )
    for country in ("Jordan", "Malaysia", "Qatar"):
        assert has(ex, "Nepal", "partnersWith", country)
    assert has(ex, "Kenya", "partnersWith", "Saudi Arabia")


def test_no_partners_from_a_possessive_tie_with_nobody_named():
    ex = by_rules(run(news("Kenya's agreements with employers were reviewed by Uganda.")))
    assert not has(ex, "Kenya", "partnersWith", "Uganda")
