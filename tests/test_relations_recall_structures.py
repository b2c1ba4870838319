"""Commitments read from sentence structure that the first rules missed: "which the country
ratified", support given to an actor's work, a second object introduced by "and its", duties
"under" an instrument, and "we" after an event name in a country's statement."""

from __future__ import annotations

from extract_util import has, news
from extract_util import run_titled as run


def test_which_the_country_ratified_is_the_text_s_country():
    ex = run(
        "Malawi passes new law\n\nMalawi's parliament passed the Refugee Bill on Friday. The law follows "
        "the Convention relating to the Status of Refugees, which the country ratified in 1987."
    )
    assert has(ex, "Malawi", "adopts", "Convention relating to the Status of Refugees")


def test_welcoming_the_work_of_a_body_supports_the_body():
    ex = run("News\n\nViet Nam welcomed the valuable work of the International Organization for Migration.")
    assert has(ex, "Viet Nam", "supports", "International Organization for Migration")


def test_we_after_an_event_name_in_a_statement_are_the_country():
    ex = run(
        "Statement of Fiji\n\nFiji takes part in the Pacific Labour Mobility Forum, and we welcome the "
        "efforts of the Pacific Islands Forum Secretariat on worker welfare. We thank all partners. "
        "Our workers deserve protection."
    )
    assert has(ex, "Fiji", "supports", "Pacific Islands Forum Secretariat")


def test_a_second_instrument_after_and_its_is_an_object_too_and_not_adopted():
    ex = run(
        "News\n\nIndonesia continues to implement the ASEAN Convention on Labour Migration (ACLM) and "
        "its Jakarta Labour Migration Work Plan."
    )
    assert has(ex, "Indonesia", "implements", "Jakarta Labour Migration Work Plan")
    assert not has(ex, "Indonesia", "adopts", "Jakarta Labour Migration Work Plan")


def test_obligations_under_an_instrument_are_implemented_by_their_owner():
    ex = run(
        "News\n\nThe minister said the new law meets Bhutan's obligations under the Convention on the "
        "Rights of the Child."
    )
    assert has(ex, "Bhutan", "implements", "Convention on the Rights of the Child")


def test_no_relation_from_a_support_of_work_under_negation():
    ex = run("News\n\nPeru did not welcome the work of the International Organization for Migration.")
    assert not has(ex, "Peru", "supports", "International Organization for Migration")


def test_it_after_a_sentence_opened_by_a_government_is_that_government():
    ex = run(
        "Review\n\nThe Government of Jordan presented its national report. It reports progress in "
        "implementing the Global Compact on Refugees through the Jordan Response Plan."
    )
    assert has(ex, "Jordan", "implements", "Global Compact on Refugees")
    assert has(ex, "Jordan", "implements", "Jordan Response Plan")


def test_it_is_not_the_body_named_inside_a_longer_subject():
    ex = run(
        "Report\n\nThe study says all ECOWAS Member States endorsed the Abuja Declaration on Mobility. "
        "It also welcomes the adoption of the Accra Protocol on Transhumance."
    )
    assert not has(ex, "Economic Community of West African States", "supports", "Accra Protocol")


def test_agreements_signed_as_part_of_a_policy_implement_the_policy():
    ex = run(
        "News\n\nGhana has signed labour agreements with Qatar and Jordan as part of its National "
        "Labour Migration Policy."
    )
    assert has(ex, "Ghana", "implements", "National Labour Migration Policy")
    assert not has(ex, "Ghana", "adopts", "National Labour Migration Policy")


def test_a_deed_done_under_an_instrument_mid_sentence_implements_it():
    ex = run("News\n\nBhutan and India agreed to expand trade under the Agreement on Trade and Commerce.")
    assert has(ex, "Bhutan", "implements", "Agreement on Trade and Commerce")


def test_no_deed_under_an_instrument_for_an_actor_after_a_preposition_or_a_participle():
    ex = run(
        news(
            "Donors should channel money through the Green Climate Fund established under the United "
            "Nations Framework Convention on Climate Change."
        )
    )
    assert not has(ex, "Green Climate Fund", "implements", "United Nations Framework Convention")


def test_according_to_is_not_part_of_a_role():
    ex = run(news("According to ILO Director-General Gilbert Houngbo, forced labour is rising."))
    assert has(ex, "Gilbert Houngbo", "represents", "International Labour Organization")


def test_a_long_call_on_others_to_ratify_is_the_caller_s_call_not_their_act():
    ex = run(
        "Statement of Chile\n\nWe call on all members of the Lima Group that have not yet done so to ratify "
        "the Inter-American Convention against Corruption. We thank our partners. Our region needs it."
    )
    assert not has(ex, "Lima Group", "adopts", "Inter-American Convention against Corruption")
    assert has(ex, "Chile", "callsFor", "Inter-American Convention against Corruption")


def test_calling_for_its_implementation_calls_for_the_instrument_named_before():
    ex = run(
        "Statement of Chad\n\nWe remain committed to the Global Compact on Refugees and we call for its "
        "full implementation. We thank all partners. Our people need it."
    )
    assert has(ex, "Chad", "callsFor", "Global Compact on Refugees")


def test_thanking_bodies_for_their_partnership_or_support():
    ex = run(
        "Statement of Niger\n\nWe thank UNHCR and IOM for their partnership. We also thank Germany for "
        "its generous support. Our country is grateful."
    )
    assert has(ex, "Niger", "partnersWith", "Office of the United Nations High")
    assert has(ex, "Niger", "partnersWith", "International Organization for Migration")
    assert has(ex, "Germany", "supports", "Niger")


def test_a_hyphenated_title_after_mr_is_not_a_person():
    ex = run(
        "Statement of Chad\n\nMr Co-Chair,\n\nWe support the Compact on Refugees. We thank you. Our plan."
    )
    assert not any(e.type == "Person" for e in ex.entities)


def test_an_opening_participle_is_no_part_of_the_name_and_its_act_is_the_subject_s():
    ex = run("News\n\nAdopting the Kampala Declaration on Migration, the ministers of Uganda agreed to act.")
    assert {e.label for e in ex.entities if e.type == "Framework"} == {"Kampala Declaration on Migration"}
    assert has(ex, "Uganda", "adopts", "Kampala Declaration on Migration")


def test_a_country_passing_a_law_adopts_it():
    ex = run(
        "News\n\nThe deal lapsed in 2016, with Malaysia passing the Anti-Trafficking in Persons Act in 2017."
    )
    assert has(ex, "Malaysia", "adopts", "Anti-Trafficking in Persons Act")


def test_countries_listed_after_an_instrument_s_comma_are_actors_not_its_name():
    ex = run("News\n\nUnder the Kampala Declaration, Uganda and Kenya will share data on migrants.")
    assert {e.label for e in ex.entities if e.type == "Framework"} == {"Kampala Declaration"}
    assert has(ex, "Uganda", "implements", "Kampala Declaration")
    assert has(ex, "Kenya", "implements", "Kampala Declaration")


def test_what_receives_funding_through_a_fund_is_supported_by_it():
    ex = run("News\n\nThe Coastal Resilience Programme receives funding through the Green Climate Fund.")
    assert has(ex, "Green Climate Fund", "supports", "Coastal Resilience Programme")


def test_it_co_financed_by_two_banks_is_the_plan_before_supported_by_both():
    ex = run(
        "News\n\nGhana launched the Coastal Resilience Programme in May. It will be co-financed by the "
        "Green Climate Fund and the Asian Development Bank."
    )
    assert has(ex, "Green Climate Fund", "supports", "Coastal Resilience Programme")
    assert has(ex, "Asian Development Bank", "supports", "Coastal Resilience Programme")


def test_every_agent_of_a_long_passive_list_with_acronyms_acts():
    ex = run(
        "News\n\nThe Pacific Labour Programme is implemented by the ILO, the International Organization "
        "for Migration (IOM), the United Nations Development Programme (UNDP), and the Office of the High "
        "Commissioner for Human Rights (OHCHR) along with the Pacific Islands Forum Secretariat."
    )
    for agent in (
        "International Labour Organization",
        "International Organization for Migration",
        "United Nations Development Programme",
        "Office of the United Nations High Commissioner for Human Rights",
        "Pacific Islands Forum Secretariat",
    ):
        assert has(ex, agent, "implements", "Pacific Labour Programme"), agent


def test_an_actor_and_its_partners_named_after_it_are_partners():
    ex = run("News\n\nUNHCR and its long-standing partners, Denmark and Norway, opened the centre.")
    for country in ("Denmark", "Norway"):
        assert has(ex, "Office of the United Nations High Commissioner for Refugees", "partnersWith", country)
