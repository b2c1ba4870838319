"""Help given to an act makes partners, with or without a plan named (kg/extract/relation_aid_partners.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_with_the_support_of_a_body_makes_the_doer_its_partner():
    ex = by_rules(run(news("The Ministry of Health, with the support of the WHO, trained nurses.")))
    assert has(ex, "Ministry of Health", "partnersWith", "World Health Organization")


def test_a_fronted_support_phrase_partners_the_subject_after_its_comma():
    ex = by_rules(run(news("With technical assistance from UNICEF, the Ministry of Education built it.")))
    assert has(ex, "Ministry of Education", "partnersWith", "United Nations Children")


def test_a_donor_government_is_no_partner_and_no_doer_means_no_link():
    ex = by_rules(run(news("The Ministry of Health, with funding from Norway, trained nurses.")))
    assert not has(ex, "Ministry of Health", "partnersWith", "Norway")
    ex = by_rules(run(news("The study was written with support from the WHO and cites Peru and Chile.")))
    assert not any(r.predicate == "partnersWith" for r in ex.relations)


def test_a_later_comma_does_not_close_a_fronted_support_phrase():
    ex = by_rules(run(news("With support from the ILO staff were trained in Kenya, Uganda and Tanzania.")))
    assert not any(r.predicate == "partnersWith" for r in ex.relations)


def test_help_to_a_body_that_launches_a_plan_makes_them_partners():
    ex = run(news("With the support of the ILO, the Ministry of Labour launched the National Action Plan."))
    assert has(ex, "Ministry of Labour", "partnersWith", "International Labour Organization")
