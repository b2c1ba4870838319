"""Signatories of an instrument the text called by its kind or named before
(kg/extract/relation_the_item_signed.py, relation_the_item.py, actors.coordinated and
coordinated_before): "The deal was inked between A and B", "A and his counterpart B signed the
agreements", "signed on behalf of X by A and on behalf of Y by B"."""

from __future__ import annotations

from extract_util import by_rules, has, news, run

_SIGNED = "Chile and Peru signed a Seasonal Work Agreement in Lima on Tuesday."


def test_the_deal_inked_between_two_ministers_is_both_ministers_act() -> None:
    ex = run(
        news(
            _SIGNED,
            "The deal was inked between Labour Minister Rosa Vidal and Pedro Salas, "
            "Peru's Minister of Labour.",
        )
    )
    assert has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_the_pact_signed_by_one_and_his_counterpart() -> None:
    ex = run(
        news(
            _SIGNED,
            "The pact, signed by Labour Minister Rosa Vidal and her Peruvian counterpart Pedro Salas, "
            "ends two years of talks.",
        )
    )
    assert has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_each_party_signing_through_its_own_signatory() -> None:
    ex = run(
        news(
            _SIGNED,
            "The agreements were signed on behalf of Chile by Ambassador Rosa Vidal and on behalf of Peru "
            "by Pedro Salas, Minister of Labour.",
        )
    )
    assert has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_two_ministers_named_after_their_roles_signed_the_agreements() -> None:
    ex = run(
        news(
            _SIGNED,
            "Labour Minister, Dr. Rosa Vidal and the Peruvian Minister of Labour, Pedro Salas signed the "
            "agreements on behalf of the two governments.",
        )
    )
    assert has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_one_who_signed_in_the_presence_of_another_is_the_only_signatory() -> None:
    ex = by_rules(
        run(news(_SIGNED, "The deal was signed by Pedro Salas in the presence of Ambassador Rosa Vidal."))
    )
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")
    assert not has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")


def test_a_counterpart_who_only_met_the_signatory_does_not_sign() -> None:
    ex = by_rules(
        run(
            news(
                "Labour Minister Rosa Vidal met her Peruvian counterpart Pedro Salas, who signed the "
                "Seasonal Work Agreement."
            )
        )
    )
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")
    assert not has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")


def test_a_kind_that_does_not_fit_the_name_takes_nothing() -> None:
    ex = by_rules(run(news(_SIGNED, "The treaty was signed by Pedro Salas.")))
    assert not has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_a_deal_not_signed_is_no_act() -> None:
    ex = by_rules(run(news(_SIGNED, "The deal was not signed by Pedro Salas.")))
    assert not has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_signed_by_one_and_his_counterpart_named_after_the_role() -> None:
    ex = run(
        news(
            "The Seasonal Work Agreement was signed by Labour Minister Rosa Vidal and her Peruvian "
            "counterpart Pedro Salas."
        )
    )
    assert has(ex, "Rosa Vidal", "adopts", "Seasonal Work Agreement")
    assert has(ex, "Pedro Salas", "adopts", "Seasonal Work Agreement")


def test_a_witness_to_the_signing_adopts_nothing():
    ex = by_rules(
        run(
            news(
                "Chile and Peru signed a Labour Mobility Agreement on Monday. The document was signed by the "
                "IOM as a witness."
            )
        )
    )
    assert has(ex, "Chile", "adopts", "Labour Mobility Agreement")
    assert not has(ex, "International Organization for Migration", "adopts", "Labour Mobility Agreement")


def test_those_who_signed_as_witnesses_adopt_nothing():
    ex = by_rules(
        run(
            news(
                "Chile and Peru signed a Labour Mobility Agreement on Monday. The deal was signed by IOM and "
                "UNICEF as witnesses."
            )
        )
    )
    assert not has(ex, "International Organization for Migration", "adopts", "Labour Mobility Agreement")
    assert not has(ex, "United Nations Children's Fund", "adopts", "Labour Mobility Agreement")
