"""The clause after an instrument that says who signed it with whom (kg/extract/relation_signed_with.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_it_signed_with_gives_both_signers_and_their_partnership():
    ex = by_rules(
        run(
            news(
                "In March, Togo printed in its gazette the Agreement on Seasonal Work "
                "it signed with Benin in 2021."
            )
        )
    )
    assert has(ex, "Togo", "adopts", "Agreement on Seasonal Work")
    assert has(ex, "Benin", "adopts", "Agreement on Seasonal Work")
    assert has(ex, "Togo", "partnersWith", "Benin") or has(ex, "Benin", "partnersWith", "Togo")


def test_a_named_signer_and_coordinated_partners_all_sign():
    ex = by_rules(
        run(
            news(
                "The Memorandum on Labour Mobility that the Ministry of Labour "
                "concluded with the ILO and IOM is new."
            )
        )
    )
    for body in (
        "Ministry of Labour",
        "International Labour Organization",
        "International Organization for Migration",
    ):
        assert has(ex, body, "adopts", "Memorandum on Labour Mobility")


def test_signed_with_a_manner_is_no_partner():
    ex = by_rules(run(news("The Paris Agreement, which Chile signed with great hopes, matters to Peru.")))
    assert has(ex, "Chile", "adopts", "Paris Agreement")
    assert not has(ex, "Peru", "adopts", "Paris Agreement")


def test_an_opening_phrase_before_a_comma_is_no_signing_clause():
    ex = by_rules(run(news("Following the Kyoto Protocol, Chile signed with Peru a deal on emissions.")))
    assert not has(ex, "Chile", "adopts", "Kyoto Protocol")
    assert not has(ex, "Peru", "adopts", "Kyoto Protocol")


def test_negotiating_with_makes_partners_but_no_signature():
    ex = by_rules(run(news("The Memorandum on Seasonal Work, which the ILO negotiated with Malawi, is new.")))
    assert has(ex, "International Labour Organization", "partnersWith", "Malawi")
    assert not has(ex, "Malawi", "adopts", "Memorandum on Seasonal Work")
