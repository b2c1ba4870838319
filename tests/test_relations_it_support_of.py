"""Backers of a plan called "It" in the sentence after it is named (kg/extract/relation_it.it_backers):
"It was developed with the support of A and B", "It is being led by X, with the support of A"."""

from __future__ import annotations

from extract_util import by_rules, has, news, run

_LAUNCHED = "Ghana launched its first National Labour Migration Strategy on Monday."


def test_developed_with_the_support_of_two_backers() -> None:
    ex = run(
        news(
            _LAUNCHED,
            "It was developed with the support of the International Labour Organization (ILO) and the "
            "Government of Denmark.",
        )
    )
    assert has(ex, "International Labour Organization", "supports", "National Labour Migration Strategy")
    assert has(ex, "Denmark", "supports", "National Labour Migration Strategy")


def test_being_led_by_one_with_the_support_of_another() -> None:
    ex = run(
        news(
            _LAUNCHED,
            "It is being led by the Ministry of Employment, with the support of the International "
            "Organization for Migration.",
        )
    )
    assert has(ex, "Ministry of Employment", "implements", "National Labour Migration Strategy")
    assert has(
        ex, "International Organization for Migration", "supports", "National Labour Migration Strategy"
    )


def test_one_who_criticised_a_lack_of_support_does_not_back_it() -> None:
    ex = by_rules(
        run(
            news(
                _LAUNCHED,
                "It was criticised by the International Labour Organization for the lack of support "
                "of Denmark.",
            )
        )
    )
    assert not has(ex, "Denmark", "supports", "National Labour Migration Strategy")
