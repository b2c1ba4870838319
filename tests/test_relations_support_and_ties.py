"""Support that "came from" a list, and a country's agreements with a list of others
(kg/extract/relation_support.py, kg/extract/relation_partners.py)."""

from __future__ import annotations

import pytest
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


def test_a_sentence_about_the_instrument_named_before_says_what_it_addresses():
    ex = by_rules(
        run(
            news(
                "Lesotho's parliament passed the Anti-Trafficking in Persons Amendment Bill on Thursday.",
                "The legislation aims to prevent trafficking in persons and forced labour.",
                "The National Labour Mobility Policy was adopted in 2015.",
                "It addresses border management, child labour and irregular migration.",
            )
        )
    )
    assert has(ex, "Anti-Trafficking in Persons Amendment Bill", "addresses", "human trafficking")
    assert has(ex, "Anti-Trafficking in Persons Amendment Bill", "addresses", "forced labour")
    assert has(ex, "National Labour Mobility Policy", "addresses", "child labour")


def test_no_instrument_addresses_what_a_sentence_about_something_else_says():
    ex = by_rules(
        run(
            news(
                "Tonga adopted the National Labour Mobility Policy in 2015.",
                "The ministry aims to prevent child labour in fisheries.",
            )
        )
    )
    assert not [r for r in ex.relations if r.predicate == "addresses" and "child" in r.object]


def test_it_after_a_country_is_not_read_as_the_instrument():
    ex = by_rules(
        run(
            news(
                "Kenya ratified the Palermo Protocol in 2005.",
                "It aims to end child labour by 2030, the President said.",
            )
        )
    )
    assert not [r for r in ex.relations if r.predicate == "addresses" and "child" in r.object]


def test_no_partners_from_denied_or_ended_agreements_or_support_that_did_not_come():
    ex = by_rules(
        run(
            news(
                "Nepal's lack of labour agreements with Saudi Arabia leaves workers unprotected.",
                "Kenya's labour agreements with Malaysia were suspended in 2018.",
                "Little support for the Global Plan of Action came from Chile and Peru, which abstained.",
            )
        )
    )
    assert not has(ex, "Nepal", "partnersWith", "Saudi Arabia")
    assert not has(ex, "Kenya", "partnersWith", "Malaysia")
    assert not has(ex, "Peru", "supports", "United Nations Global Plan of Action")


def test_finance_provided_to_countries_supports_each():
    ex = run(
        news(
            "The Adaptation Fund has provided more than US$80 million of new climate finance to Chad, "
            "Niger and Mali."
        )
    )
    for country in ("Chad", "Niger", "Mali"):
        assert has(ex, "Adaptation Fund", "supports", country)


def test_a_gift_supports_whom_it_is_given_to():
    ex = run(news("Japan has donated two patrol boats to the Ghana Maritime Authority and UNHCR."))
    assert has(ex, "Japan", "supports", "Ghana Maritime Authority")
    assert has(ex, "Japan", "supports", "UNHCR")


def test_a_sum_allocated_or_channelled_supports_whom_it_goes_to_but_not_a_sum_only_planned():
    ex = run(news("In May, the Government of Japan allocated 1 million US dollars to UNHCR for shelters."))
    assert has(ex, "Japan", "supports", "Office of the United Nations High Commissioner for Refugees")
    later = run(news("Japan channelled 2 million dollars to UNICEF in Ghana last year."))
    assert has(later, "Japan", "supports", "United Nations Children")
    planned = run(news("Japan may have allocated 1 million US dollars to UNHCR, officials said."))
    assert not has(planned, "Japan", "supports", "Office of the United Nations High Commissioner")


def test_no_support_from_a_gift_refused_or_aid_to_people():
    assert not has(run(news("Japan has not donated boats to Ghana.")), "Japan", "supports", "Ghana")
    ex = run(news("Kenya has provided assistance to refugees from Somalia."))
    assert not has(ex, "Kenya", "supports", "Somalia")


@pytest.mark.parametrize(
    "text",
    [
        "The United States approved sanctions and suspended aid to Niger after the coup.",
        "Germany provided evidence that Russia had blocked humanitarian aid to Ukraine.",
        "The IMF approved the review, which unlocks new financing to Sri Lanka.",
        "The World Bank provided the finance ministry in Ghana with new data.",
        "Russia has provided no aid to Syria since March.",
        "UNHCR provided legal assistance to asylum seekers in Greece.",
        "Kenya donated blood and then appealed to the United Nations for aid.",
        "The police handed over the rescued children to UNICEF and the ILO.",
        "Officials provided emergency aid to Chad and Niger last year.",
    ],
)
def test_aid_cut_blocked_or_given_to_people_supports_no_one(text):
    assert not [r for r in run(news(text)).relations if r.predicate == "supports"]


def test_a_cosponsor_supports_the_bill_with_or_without_a_hyphen():
    for verb in ("cosponsored", "co-sponsored"):
        ex = run(news(f"Senator Ana Ruiz {verb} the Fair Recruitment Act."))
        assert has(ex, "Ana Ruiz", "supports", "Fair Recruitment Act")


def test_a_passive_gift_is_not_the_thanked_one_s():
    ex = run(
        news(
            "The Ministry thanked Sweden for the funds, contributed by Japan to UNICEF, that helped "
            "300 children."
        )
    )
    assert not has(ex, "Sweden", "supports", "United Nations Children")


def test_two_acting_along_with_each_other_are_partners_in_the_act():
    ex = run("News\n\nMalawi, along with Zambia and Botswana, signed the Paris Agreement in 2016.")
    assert has(ex, "Malawi", "partnersWith", "Zambia") and has(ex, "Malawi", "partnersWith", "Botswana")
    assert has(ex, "Zambia", "adopts", "Paris Agreement")


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nMalawi, along with Zambia, which signed it in 2016, is a party to the Paris Agreement.",
        "News\n\nThe report lists Malawi, along with Zambia and many others.",
    ],
)
def test_an_aside_with_no_shared_act_after_it_makes_no_partners(text):
    ex = run(text)
    assert {"Malawi", "Zambia"} <= {e.label for e in ex.entities}
    assert not has(ex, "Malawi", "partnersWith", "Zambia")


@pytest.mark.parametrize(
    "text",
    [
        "Thailand, along with Viet Nam, was hit hard by the floods.",
        "Thailand, along with Viet Nam, is among the countries most affected by trafficking.",
        "Chile, along with Peru, has been elected to the Human Rights Council.",
        "Thailand, along with Viet Nam, refused to sign the Paris Agreement.",
        "Chile, along with Peru, rejected the Paris Agreement.",
        "Thailand, along with Viet Nam and the IOM, said the talks, held in Bangkok, failed.",
    ],
)
def test_a_shared_state_refusal_or_statement_after_an_aside_makes_no_partners(text):
    ex = run(news(text))
    assert not any(r.predicate == "partnersWith" for r in ex.relations)


def test_a_joint_act_after_an_aside_still_makes_partners():
    ex = run(news("Chile, along with Peru, has also ratified the Paris Agreement."))
    assert has(ex, "Chile", "partnersWith", "Peru")
