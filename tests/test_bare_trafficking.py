"""A bare "trafficking" in a text on human trafficking is that issue (kg/extract/bare_trafficking.py),
and where it is not: a text that names another kind of trafficking, a compound, "trafficking of"."""

from __future__ import annotations

from extract_util import has, news
from extract_util import run_titled as run


def test_bare_trafficking_in_a_purpose_is_human_trafficking() -> None:
    ex = run(
        news(
            "Human trafficking is rising in the region.",
            "Ghana launched the Safe Journeys Initiative, a programme to prevent the trafficking and forced "
            "labour of young women.",
        )
    )
    assert has(ex, "Safe Journeys Initiative", "addresses", "human trafficking")
    assert has(ex, "Safe Journeys Initiative", "addresses", "forced labour")


def test_an_act_to_combat_bare_trafficking() -> None:
    ex = run(
        news(
            "Human trafficking cases doubled last year.",
            "Parliament passed the Anti-Trafficking Act, a law to combat trafficking with tougher penalties.",
        )
    )
    assert has(ex, "Anti-Trafficking Act", "addresses", "human trafficking")


def test_bare_trafficking_in_a_text_on_drug_trafficking_is_left_alone() -> None:
    ex = run(
        news(
            "Drug trafficking and human trafficking are both rising.",
            "The Border Shield Plan, a plan against trafficking, was adopted.",
        )
    )
    assert not has(ex, "Border Shield Plan", "addresses", "human trafficking")


def test_trafficking_of_goods_is_not_human_trafficking() -> None:
    ex = run(
        news(
            "Human trafficking is rising.",
            "Ministers adopted the Green Borders Plan, a plan against trafficking of timber.",
        )
    )
    assert not has(ex, "Green Borders Plan", "addresses", "human trafficking")


def test_bare_trafficking_without_human_trafficking_named_is_no_issue() -> None:
    ex = run(news("Ministers adopted the Green Borders Plan, a plan against trafficking."))
    assert not any(e.type == "Issue" for e in ex.entities)


def test_trafficking_near_a_drug_or_a_good_is_not_human_trafficking():
    from extract_util import has, news, run

    x = run(
        news(
            "Human trafficking networks exploit migrants.",
            "The National Drug Control Strategy, a five-year plan against trafficking, was adopted in March.",
        )
    )
    assert not has(x, "National Drug Control Strategy", "addresses", "human trafficking")
