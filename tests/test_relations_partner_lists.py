"""Agreements with a list of partners introduced by their kind ("with six other countries, namely A
and B") and a ministry named after its country's demonym (kg/extract/relation_ties.py,
kg/extract/cues.py, kg/extract/resolver.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run, typed


def test_agreements_developed_with_countries_namely_a_list():
    ex = by_rules(
        run(
            news(
                "Ghana has developed Bilateral Labour Agreements with five other countries "
                "namely Oman, Jordan and Poland."
            )
        )
    )
    for partner in ("Oman", "Jordan", "Poland"):
        assert has(ex, "Ghana", "partnersWith", partner)


def test_agreements_signed_with_countries_such_as():
    ex = by_rules(run(news("Nepal signed labour agreements with countries such as Qatar and Japan.")))
    assert has(ex, "Nepal", "partnersWith", "Qatar")
    assert has(ex, "Nepal", "partnersWith", "Japan")


def test_a_demonym_before_a_ministry_is_no_part_of_its_name():
    ex = by_rules(
        run(
            news(
                "Dr. Ana Ruiz, Secretary of the Peruvian Ministry of Labour and Employment Promotion, "
                "signed the MoU."
            )
        )
    )
    assert ("Organization", "Ministry of Labour and Employment Promotion") in typed(ex)
    ministry = next(e for e in ex.entities if e.label == "Ministry of Labour and Employment Promotion")
    assert "Peruvian Ministry of Labour and Employment Promotion" in ministry.aliases
    assert has(ex, "Ana Ruiz", "represents", "Ministry of Labour and Employment Promotion")


def test_a_capitalized_word_that_is_no_demonym_stays_in_the_name():
    ex = run(news("The Federal Ministry of Labour and Social Affairs met."))
    assert ("Organization", "Federal Ministry of Labour and Social Affairs") in typed(ex)


def test_the_cooperation_of_two_actors_and_a_memorandum_between_them():
    ex = by_rules(run(news("The envoy noted the cooperation of the United States and Azerbaijan.")))
    assert has(ex, "United States", "partnersWith", "Azerbaijan") or has(
        ex, "Azerbaijan", "partnersWith", "United States"
    )
    ex = by_rules(run(news("The MOU negotiated between Nepal and Kuwait is a blueprint.")))
    assert has(ex, "Nepal", "partnersWith", "Kuwait") or has(ex, "Kuwait", "partnersWith", "Nepal")


def test_a_portfolio_named_cooperation_is_no_tie():
    ex = by_rules(run(news("The Minister of Labour and Cooperation of Chile and Peru met.")))
    assert not [r for r in ex.relations if r.predicate == "partnersWith"]
