"""Relations: vote tallies, dash asides, fiscal-year periods, entering into agreements,
acting under a programme named in an aside, and lists of places."""

from __future__ import annotations

from kg.extract.names import period
from kg.extract.vote_tallies import in_tally
from tests.extract_util import has, labels, partners, run


def test_countries_in_a_vote_tally_adopt_nothing() -> None:
    ex = run(
        "The General Assembly adopted the Global Compact on Refugees by a recorded vote of 170 in favour "
        "to 3 against (Chile, Poland, Israel), with 5 abstentions (Peru, Nepal, Fiji, Togo, Oman)."
    )
    for country in ("Chile", "Poland", "Israel", "Peru", "Nepal", "Fiji", "Togo", "Oman"):
        assert not has(ex, country, "adopts", "Global Compact on Refugees"), country
        assert not has(ex, country, "supports", "Global Compact on Refugees"), country


def test_a_bracket_that_is_no_tally_keeps_its_actors() -> None:
    text = "Two countries (Chile and Peru) ratified the Paris Agreement."
    assert not in_tally(text, text.index("Chile"))
    ex = run(text)
    assert has(ex, "Chile", "adopts", "Paris Agreement")


def test_in_tally_reads_the_words_before_the_bracket() -> None:
    text = "voted 12 against (Chile, Peru) and 3 abstaining: (Fiji)"
    assert in_tally(text, text.index("Peru"))
    assert in_tally(text, text.index("Fiji"))
    assert not in_tally("Chile (against) signed", 0)


def test_a_backer_between_dashes_is_no_subject() -> None:
    ex = run(
        "After a review, the Government of Ghana – with support from the United Nations Children's Fund – "
        "drafted a new National Child Protection Strategy."
    )
    assert has(ex, "Ghana", "adopts", "National Child Protection Strategy")
    assert has(ex, "United Nations Children", "supports", "National Child Protection Strategy")
    assert not has(ex, "United Nations Children", "adopts", "National Child Protection Strategy")


def test_fiscal_year_periods_stay_in_the_plan_name() -> None:
    ex = run("Zambia approved the Eighth National Development Plan (2022/23 – 2026/27) in August.")
    plans = {e.label: (e.start_year, e.end_year) for e in ex.entities if e.type == "Plan"}
    assert plans == {"Eighth National Development Plan (2022/23 – 2026/27)": (2022, 2027)}
    ex = run("Kenya unveiled the Fourth Medium Term Plan 2023/24-2027/28 on Friday.")
    assert "Fourth Medium Term Plan 2023/24-2027/28" in labels(ex, "Plan")


def test_period_of_fiscal_years() -> None:
    assert period("Budget Strategy (2019/20 – 2021/22)") == (2019, 2022)
    assert period("Plan 2021-2025") == (2021, 2025)


def test_entering_into_an_agreement_with_makes_partners() -> None:
    ex = run("The Ministry of Labour will enter into a memorandum of understanding (MoU) with the ILO.")
    assert partners(ex, "Ministry of Labour", "International Labour Organization")
    ex = run("Jamaica entered into a labour mobility agreement with Canada last year.")
    assert partners(ex, "Jamaica", "Canada")
    ex = run("Jamaica has not entered into any talks with Canada.")
    assert not partners(ex, "Jamaica", "Canada")


def test_actor_before_an_aside_under_a_programme_implements_it() -> None:
    ex = run(
        "The IOM, under the Japan-funded Safe Journeys Programme (SJP), trained 80 border officials in Accra."
    )
    assert has(ex, "International Organization for Migration", "implements", "Safe Journeys Programme")
    ex = run("The IOM, under pressure from donors, said the Safe Journeys Programme would close.")
    assert not has(ex, "International Organization for Migration", "implements", "Safe Journeys Programme")


def test_the_last_of_a_list_of_places_is_no_subject() -> None:
    ex = run(
        "Three IOM programmes, to help returnees in Ghana and Togo, received funding from the "
        "European Union this year."
    )
    assert has(ex, "European Union", "supports", "International Organization for Migration")
    assert not has(ex, "European Union", "supports", "Togo")


def test_the_forum_a_delegation_went_to_is_not_what_its_head_leads() -> None:
    ex = run("Ghana's delegation to the African Union Commission was led by Minister Kofi Mensah.")
    assert not has(ex, "Kofi Mensah", "represents", "African Union")


def test_the_named_few_of_an_unnamed_many_attend() -> None:
    ex = run("Some 30 countries attended the Rabat Process Ministerial Conference, including Mali and Niger.")
    assert has(ex, "Mali", "participatesIn", "Rabat Process Ministerial Conference")
    assert has(ex, "Niger", "participatesIn", "Rabat Process Ministerial Conference")
    ex = run(
        "Delegates from Mali attended the Rabat Process Ministerial Conference, including its side events "
        "with Niger."
    )
    assert not has(ex, "Niger", "participatesIn", "Rabat Process Ministerial Conference")


def test_a_body_whose_leaders_gathered_for_a_meeting_takes_part() -> None:
    ex = run(
        "Leaders of the Pacific Islands Forum gathered in Port Vila for the 50th Pacific Islands Forum "
        "Leaders Meeting."
    )
    assert has(ex, "Pacific Islands Forum", "participatesIn", "50th Pacific Islands Forum Leaders Meeting")


def test_a_partner_of_an_earlier_cue_is_not_the_subject_of_the_next() -> None:
    ex = run(
        "The Ministry said Chile would keep working with UNICEF in Bolivia, together with the Lima Group "
        "members."
    )
    assert not partners(ex, "United Nations Children", "Lima Group")
    assert partners(ex, "Chile", "Lima Group")


def test_the_chamber_a_bill_was_passed_in_adopts_it() -> None:
    ex = run(
        "The Anti-Trafficking in Persons Bill 2024 was passed with the backing of the opposition in the "
        "National Assembly of Zambia on Tuesday."
    )
    assert has(ex, "National Assembly", "adopts", "Anti-Trafficking in Persons Bill 2024")
    ex = run("The Climate Change Bill was approved in Parliament last week.")
    assert has(ex, "Parliament", "adopts", "Climate Change Bill")


def test_a_support_cue_needs_its_helper_next_to_it() -> None:
    ex = run("The Refugee Bill was passed with the support of the opposition in the Senate on Friday.")
    assert not has(ex, "Senate", "supports", "Refugee Bill")
    ex = run("The National Action Plan was drafted with technical support from partners including UNICEF.")
    assert has(ex, "United Nations Children", "supports", "National Action Plan")


def test_signers_on_behalf_of_each_side_adopt_the_agreement_named_before() -> None:
    ex = run(
        "Nepal and Malaysia signed the Agreement on Labour Recruitment in Kathmandu. Minister Sita Rai "
        "signed on behalf of Nepal while Malaysia was represented by its Human Resources Minister "
        "Ahmad Razak."
    )
    assert has(ex, "Sita Rai", "adopts", "Agreement on Labour Recruitment")
    assert has(ex, "Ahmad Razak", "adopts", "Agreement on Labour Recruitment")


def test_a_bodys_leaders_act_for_it() -> None:
    ex = run(
        "The Boe Declaration on Regional Security was adopted by Pacific Islands Forum Leaders in Nauru."
    )
    assert has(ex, "Pacific Islands Forum", "adopts", "Boe Declaration on Regional Security")


def test_co_chairs_who_open_a_statement_take_part_and_are_partners() -> None:
    ex = run(
        "We, the Foreign Ministers of Fiji and New Zealand, had the honour to co-chair the Third Pacific "
        "Climate Mobility Dialogue in Suva on 4 May 2025."
    )
    assert has(ex, "Fiji", "participatesIn", "Third Pacific Climate Mobility Dialogue")
    assert has(ex, "New Zealand", "participatesIn", "Third Pacific Climate Mobility Dialogue")
    assert partners(ex, "Fiji", "New Zealand")


def test_who_inaugurated_the_event_named_before_took_part() -> None:
    ex = run(
        "The Fourth Regional Dialogue on Labour Migration opened in Dhaka. The event was inaugurated by the "
        "Foreign Minister of Bangladesh, Rashed Karim."
    )
    assert has(ex, "Rashed Karim", "participatesIn", "Fourth Regional Dialogue on Labour Migration")


def test_a_programme_that_contributed_towards_the_fight_against_an_issue_addresses_it() -> None:
    ex = run(
        "The ECOWAS Regional Action Plan (2016-2020) has contributed towards the fight against child labour."
    )
    assert has(ex, "ECOWAS Regional Action Plan", "addresses", "child labour")


def test_the_body_that_approved_the_policy_named_before_adopts_it() -> None:
    ex = run(
        "Zambia launched the National Labour Migration Policy in Lusaka. The policy, which was approved by "
        "the Cabinet of Zambia in March, aims to protect migrant workers."
    )
    assert has(ex, "Cabinet", "adopts", "National Labour Migration Policy")


def test_the_body_a_programme_is_implemented_through_implements_it() -> None:
    ex = run("Sweden funds the Green Jobs Programme, which will be implemented through the ILO and UNDP.")
    assert has(ex, "International Labour Organization", "implements", "Green Jobs Programme")
    assert has(ex, "United Nations Development Programme", "implements", "Green Jobs Programme")


def test_the_sides_of_a_meeting_between_them_take_part() -> None:
    ex = run(
        "The deal follows a Virtual Summit between President Ana Ruiz and Prime Minister Kofi Mensah in May."
    )
    assert has(ex, "Ana Ruiz", "participatesIn", "Virtual Summit")
    assert has(ex, "Kofi Mensah", "participatesIn", "Virtual Summit")
    ex = run("The Lusaka Migration Summit between sessions of the Council drew praise from Kenya.")
    assert not has(ex, "Kenya", "participatesIn", "Lusaka Migration Summit")


def test_a_day_in_brackets_between_a_passive_and_its_agent() -> None:
    ex = run("The National Youth Strategy 2025-2029 was launched yesterday (17) by the Government of Fiji.")
    assert has(ex, "Fiji", "adopts", "National Youth Strategy 2025-2029")


def test_limiting_and_reducing_are_purposes() -> None:
    ex = run("The Glasgow Climate Pact was adopted in 2021 to limit global warming to 1.5 degrees.")
    assert has(ex, "Glasgow Climate Pact", "addresses", "climate change")
    ex = run("The Rural Growth Programme contributes to the reduction of poverty in the north.")
    assert has(ex, "Rural Growth Programme", "addresses", "poverty")


def test_a_commitment_with_an_adverb_before_the_fight_is_a_call() -> None:
    ex = run("Kenya and Uganda expressed their commitment to aggressively combating human trafficking.")
    assert has(ex, "Kenya", "callsFor", "human trafficking")


def test_new_issues_of_the_scheme() -> None:
    ex = run("The Child Rights Strategy aims to end immigration detention of children in Mexico.")
    assert has(ex, "Child Rights Strategy", "addresses", "immigration detention")
    ex = run("The Roadmap seeks to mobilise climate finance. Climate finance remains scarce.")
    assert "climate finance" in labels(ex, "Issue")


def test_members_named_after_a_bodys_member_states() -> None:
    ex = run("SADC member states Zambia, Malawi and Botswana endorsed the plan in Lusaka.")
    for country in ("Zambia", "Malawi", "Botswana"):
        assert has(ex, country, "memberOf", "Southern African Development Community"), country
    ex = run(
        "Bhutan is one of the eight member countries of the South Asian Association for Regional Cooperation."
    )
    assert has(ex, "Bhutan", "memberOf", "South Asian Association for Regional Cooperation")
    ex = run("The SADC member states, Kenya said, agreed on the plan.")
    assert not has(ex, "Kenya", "memberOf", "Southern African Development Community")
    ex = run("SADC member states Ministers of Labour met with delegates of Kenya in Lusaka.")
    assert not has(ex, "Kenya", "memberOf", "Southern African Development Community")


def test_a_deed_that_halts_the_work_is_done_under_no_programme() -> None:
    ex = run("Funding\n\nUNODC, under the EU-funded Global Action Programme, suspended its work in Libya.")
    assert not any(r.predicate == "implements" for r in ex.relations)


def test_heads_who_convened_a_summit_are_no_co_chairs() -> None:
    ex = run("Summit\n\nWe, the Heads of State of Kenya and Uganda, convened the 5th EAC Summit in Arusha.")
    assert has(ex, "Kenya", "participatesIn", "5th EAC Summit")
    assert not has(ex, "Kenya", "partnersWith", "Uganda")
