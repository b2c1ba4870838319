"""Relations given in list form and by a collective subject: attendance lists, lists of
recommendations and commitments, communiqué subjects, memberships by apposition, partners of a
drafting, backers of a plan's implementation. Each text is written for its test."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run

from kg.model import Extraction


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    label = {e.iri: e.label for e in extraction.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in extraction.relations}


COMMUNIQUE = (
    "Caribbean Community Trade Ministers Meeting: Communiqué\n\n"
    "1. Trade Ministers of the Caribbean Community met in Bridgetown on 3 May 2026. "
    "Ministers or their representatives from Jamaica, Barbados, Guyana, Suriname and Belize attended, "
    "as did the Director-General of the International Labour Organization.\n\n"
    "2. Ministers welcomed the Regional Labour Mobility Strategy (2026–2030).\n\n"
    "3. Ministers committed to:\n\n"
    "(a) raise awareness of safe migration;\n\n"
    "(b) protect domestic workers in line with the Domestic Workers Convention, 2011 (No. 189); and\n\n"
    "(c) meet again in 2027.\n"
)


def test_an_attendance_list_makes_each_a_participant_of_the_meeting():
    ex = run(COMMUNIQUE)
    for country in ("Jamaica", "Barbados", "Guyana", "Suriname", "Belize"):
        assert has(ex, country, "participatesIn", "Caribbean Community Trade Ministers Meeting"), country
    assert has(ex, "International Labour Organization", "participatesIn", "Caribbean Community Trade")


def test_the_body_whose_ministers_met_participates_and_acts_as_ministers():
    ex = run(COMMUNIQUE)
    assert has(ex, "Caribbean Community", "participatesIn", "Caribbean Community Trade Ministers Meeting")
    assert has(ex, "Caribbean Community", "supports", "Regional Labour Mobility Strategy")


def test_a_commitment_list_supports_what_its_items_follow():
    ex = run(COMMUNIQUE)
    assert has(ex, "Caribbean Community", "supports", "Domestic Workers Convention")


def test_an_attendance_list_with_other_words_is_not_read():
    ex = run(
        "Meeting on migration\n\n"
        "The Andean Migration Meeting opened in Lima. Officials from Peru, who had earlier visited Chile, "
        "attended the opening."
    )
    assert not has(ex, "Chile", "participatesIn", "Andean Migration Meeting")


def test_ministers_acting_without_a_named_body_give_nothing():
    ex = run("Talks\n\nMinisters welcomed the Regional Labour Mobility Strategy (2026–2030) on Monday.")
    assert not any(p == "supports" for _s, p, _o in facts(ex))


RECOMMENDATIONS = (
    "Briefing: migrant fishers in Thailand\n\n"
    "The Mekong Migration Network (MMN) reviewed conditions on fishing vessels. "
    "Thailand has yet to ratify the Work in Fishing Convention, 2007 (No. 188).\n\n"
    "MMN recommends that:\n\n"
    "1. the Government ratify the Work in Fishing Convention, 2007 (No. 188);\n\n"
    "2. the International Organization for Migration (IOM) support the Ministry of Labour in "
    "training inspectors.\n"
)


def test_a_list_of_recommendations_is_the_recommenders_call():
    ex = run(RECOMMENDATIONS)
    assert has(ex, "Mekong Migration Network", "callsFor", "Work in Fishing Convention")


def test_a_recommended_act_is_not_an_act():
    ex = run(RECOMMENDATIONS)
    assert not has(ex, "Thailand", "adopts", "Work in Fishing Convention")
    assert not has(ex, "International Organization for Migration", "supports", "Ministry of Labour")


def test_a_numbered_list_of_findings_keeps_its_acts():
    ex = run(
        "Review\n\nThe review found that:\n\n"
        "1. Thailand ratified the Work in Fishing Convention, 2007 (No. 188) in 2019;\n"
    )
    assert has(ex, "Thailand", "adopts", "Work in Fishing Convention")


def test_an_item_which_calls_for_an_end_to_an_issue_addresses_it():
    ex = run(
        "Programme on child labour\n\nKenya will use the grant to fight child labour and to advance the "
        "Sustainable Development Goals, which call for an end to child labour in all its forms."
    )
    assert has(ex, "Sustainable Development Goals", "addresses", "child labour")
    assert not has(ex, "Kenya", "callsFor", "child labour")


def test_a_subject_calling_for_an_end_keeps_its_call():
    ex = run("Appeal\n\nKenya called for an end to child labour in the tea sector.")
    assert has(ex, "Kenya", "callsFor", "child labour")


def test_a_functional_commission_of_a_council_is_its_member():
    ex = run(
        "Session opens\n\nThe Commission on the Status of Women, a functional commission of the "
        "Economic and Social Council, opened its session in New York."
    )
    assert has(ex, "Commission on the Status of Women", "memberOf", "Economic and Social Council")


def test_a_bodys_own_body_is_its_member():
    ex = run("Report\n\nThe African Union's Peace and Security Council met in Addis Ababa on migration.")
    assert has(ex, "Peace and Security Council", "memberOf", "African Union")


def test_a_country_s_ministry_is_no_member_of_another_ministry():
    ex = run(
        "Programme\n\nIt works with Kenya's Ministry of Labour and Social Protection and Uganda's Ministry "
        "of Gender, Labour and Social Development."
    )
    assert not any(p == "memberOf" and "Ministry" in o for _s, p, o in facts(ex))


def test_a_body_of_which_both_countries_are_members():
    ex = run(
        "Cooperation\n\nGhana and Togo agreed to share data. The plan supports the Economic Community of "
        "West African States (ECOWAS), of which both countries are members."
    )
    assert has(ex, "Ghana", "memberOf", "Economic Community of West African States")
    assert has(ex, "Togo", "memberOf", "Economic Community of West African States")


def test_the_drafter_partners_with_those_consulted():
    ex = run(
        "New plan\n\nThe Strategy was drafted by the Ministry of Labour over a year, in consultation with "
        "the International Labour Organization (ILO) and the International Organization for Migration (IOM)."
    )
    assert has(ex, "Ministry of Labour", "partnersWith", "International Labour Organization")
    assert has(ex, "Ministry of Labour", "partnersWith", "International Organization for Migration")


def test_backers_of_the_implementation_support_the_plan():
    ex = run(
        "Georgia adopts National Action Plan on Labour Migration (2026–2029)\n\n"
        "The Government of Georgia adopted the National Action Plan on Labour Migration (2026–2029). "
        "Implementation will be funded from the state budget, with support from the European Union and "
        "the International Labour Organization (ILO)."
    )
    assert has(ex, "European Union", "supports", "National Action Plan on Labour Migration")
    assert has(
        ex, "International Labour Organization", "supports", "National Action Plan on Labour Migration"
    )


def test_a_commitment_reaches_a_second_item_joined_by_and_to():
    ex = run(
        "Joint statement\n\nGhana and Togo reaffirmed their commitment to the Global Compact for Safe, "
        "Orderly and Regular Migration and to target 8.7 of the Sustainable Development Goals."
    )
    assert has(ex, "Ghana", "supports", "Sustainable Development Goals")


def test_a_new_clause_subject_is_not_the_body_before():
    ex = run(
        "Update\n\nIts National Anti-Trafficking Agency had a wider mandate, and Abuja was working closely "
        "with Niger and Chad on the desert routes."
    )
    assert not has(ex, "National Anti-Trafficking Agency", "partnersWith", "Niger")


def test_a_countrys_parliament_passing_a_law_is_the_countrys_adoption():
    ex = run(
        "Law passed\n\nGhana's Parliament on Tuesday passed the Labour Migration Act, 2026, after a debate."
    )
    assert has(ex, "Parliament", "adopts", "Labour Migration Act")
    assert has(ex, "Ghana", "adopts", "Labour Migration Act")


def test_a_parliament_without_a_country_named_gives_the_country_nothing():
    ex = run("Law passed\n\nThe Parliament passed the Labour Migration Act, 2026 while Ghana watched.")
    assert not has(ex, "Ghana", "adopts", "Labour Migration Act")


def test_money_contributed_to_a_fund_supports_it():
    ex = run(
        "Pledges\n\nFinally, Chile will contribute two million dollars to the Migration Multi-Partner "
        "Trust Fund this year."
    )
    assert has(ex, "Chile", "supports", "Migration Multi-Partner Trust Fund")


def test_a_contribution_without_money_to_a_fund_is_not_read():
    ex = run("Debate\n\nChile will contribute ideas to the Migration Multi-Partner Trust Fund debate.")
    assert not has(ex, "Chile", "supports", "Migration Multi-Partner Trust Fund")


def test_a_delegation_aligning_with_a_groups_statement_supports_the_group():
    ex = run(
        "Statement by the Permanent Representative of Peru to the United Nations\n\n"
        "Mr. Chair,\n\nMy delegation aligns itself with the statement delivered on behalf of the "
        "Group of Latin American and Caribbean States. We also note that we have ratified many instruments, "
        "and we will continue our work."
    )
    assert has(ex, "Peru", "supports", "Group of Latin American and Caribbean States")


def test_her_government_is_the_country_of_the_delegate_of_a_country():
    ex = run(
        "Session\n\nThe route had changed, said Ana Petrova of Bulgaria. Her Government was implementing "
        "the National Strategy for Combating Trafficking in Human Beings (2025–2028)."
    )
    assert has(ex, "Bulgaria", "implements", "National Strategy for Combating Trafficking")
    assert not has(ex, "Ana Petrova", "implements", "National Strategy for Combating Trafficking")


PROGRAMME = (
    "UNICEF launches Safe Schools Programme in Malawi\n\n"
    "LILONGWE, 3 March 2027 — The United Nations Children's Fund (UNICEF) today launched the Safe Schools "
    "Programme, a three-year programme to reduce child labour in Malawi.\n\n"
    "The programme is funded by Norway, through the Norwegian Agency for Development Cooperation (Norad), "
    "by Sweden and Japan, and by the European Union. It will be carried out together with the International "
    "Labour Organization (ILO) and the Ministry of Education."
)


def test_each_funder_of_a_list_of_funders_supports_the_programme():
    ex = run(PROGRAMME)
    for giver in ("Norway", "Norwegian Agency", "Sweden", "Japan", "European Union"):
        assert has(ex, giver, "supports", "Safe Schools Programme"), giver


def test_those_it_is_carried_out_with_implement_it_and_partner_the_lead():
    ex = run(PROGRAMME)
    assert has(ex, "International Labour Organization", "implements", "Safe Schools Programme")
    assert has(ex, "Ministry of Education", "implements", "Safe Schools Programme")
    assert has(ex, "United Nations Children's Fund", "partnersWith", "International Labour Organization")


def test_a_body_monitoring_an_agreement_implements_it():
    ex = run(
        "Agreement signed\n\nGhana and Togo signed the Memorandum of Understanding on Seasonal Work. A Joint "
        "Working Group of the two ministries will monitor the Memorandum of Understanding on Seasonal Work."
    )
    assert has(ex, "Joint Working Group", "implements", "Memorandum of Understanding on Seasonal Work")


def test_a_body_another_body_established_is_its_member():
    ex = run(
        "Data\n\nKenya hosts the East African Migration Data Centre, which the East African Community "
        "established in Nairobi in 2021."
    )
    assert has(ex, "East African Migration Data Centre", "memberOf", "East African Community")
    ex = run(
        "Data\n\nThe East African Migration Data Centre, set up by the East African Community, opened in "
        "Nairobi."
    )
    assert has(ex, "East African Migration Data Centre", "memberOf", "East African Community")


def test_a_body_established_by_a_country_is_no_member():
    ex = run("Data\n\nThe Migration Data Centre, set up by Kenya, opened in Nairobi.")
    assert not any(p == "memberOf" for _s, p, _o in facts(ex))


def test_both_parties_as_members_of_a_body_are_its_members_and_not_its_acts():
    ex = run(
        "Agreement\n\nGhana and Togo signed the Memorandum of Understanding on Labour Mobility. "
        "Both Parties, as members of the Economic Community of West African States (ECOWAS), "
        "welcomed the ECOWAS Protocol on Free Movement."
    )
    assert has(ex, "Ghana", "memberOf", "Economic Community of West African States")
    assert has(ex, "Togo", "memberOf", "Economic Community of West African States")
    assert has(ex, "Togo", "supports", "ECOWAS Protocol on Free Movement")
    assert not has(ex, "Economic Community of West African", "supports", "ECOWAS Protocol")


def test_the_drafter_partners_with_those_consulted_past_a_name_not_recognized():
    ex = run(
        "New plan\n\nThe Strategy was drafted by the Ministry of Labour, in consultation with the Zorvan "
        "Prosecutor's Office, the International Labour Organization (ILO) and local councils."
    )
    assert has(ex, "Ministry of Labour", "partnersWith", "International Labour Organization")


STATEMENT = (
    "Statement by the Permanent Representative of Peru to the United Nations\n\n"
    "Mr. Chair,\n\n"
    "We are proud of our record. Peru ratified the International Convention on the Protection of the "
    "Rights of All Migrant Workers and Members of Their Families in 2005. Few have followed since then. "
    "We call on all States that have not yet done so to join it. We will continue our work.\n"
)


def test_a_statement_calling_on_others_to_join_it_calls_for_the_instrument_before():
    ex = run(STATEMENT)
    assert has(ex, "Peru", "callsFor", "International Convention on the Protection of the Rights")


def test_a_call_to_join_it_outside_a_statement_is_not_read():
    ex = run(STATEMENT.replace("We ", "They ").replace("our", "their"))
    assert not has(ex, "Peru", "callsFor", "International Convention on the Protection of the Rights")


def test_a_call_for_cooperation_is_no_partnership():
    ex = run(
        "Scams\n\nThe Association of Southeast Asian Nations called for closer cooperation with INTERPOL."
    )
    assert not any(p == "partnersWith" for _s, p, _o in facts(ex))


def test_a_bulleted_list_of_urged_acts_is_the_urgers_call():
    ex = run(
        "Briefing\n\nThe Gulf Labour Observatory reviewed the law in Qatar.\n\nThe Gulf Labour Observatory "
        "urges the following:\n\n- the Government of Qatar to ratify the Domestic Workers Convention, 2011 "
        "(No. 189);\n\n- employers to work with the International Labour Organization (ILO).\n"
    )
    assert not has(ex, "Qatar", "adopts", "Domestic Workers Convention")
    assert not any(p == "partnersWith" for _s, p, _o in facts(ex))


def test_a_bodys_own_convention_is_its_adoption():
    ex = run(
        "Fishers\n\nFishers must be protected in line with the International Labour Organization's (ILO) "
        "Work in Fishing Convention, 2007 (No. 188)."
    )
    assert has(ex, "International Labour Organization", "adopts", "Work in Fishing Convention")


def test_a_countrys_convention_is_not_read_as_a_bodys():
    ex = run("Fishers\n\nGhana's support for the Work in Fishing Convention, 2007 (No. 188) was noted.")
    assert not has(ex, "Ghana", "adopts", "Work in Fishing Convention")


def test_attending_an_occasion_not_named_is_not_the_meeting():
    ex = run(
        "Caribbean Community Trade Ministers Meeting: Communiqué\n\n"
        "1. Trade Ministers of the Caribbean Community met in Bridgetown. Representatives of Jamaica and "
        "Barbados attended the launch of a report on the margins."
    )
    assert not has(ex, "Jamaica", "participatesIn", "Caribbean Community Trade Ministers Meeting")


def test_ministers_of_a_list_of_countries_who_met_for_a_meeting_participate():
    ex = run(
        "Pacific Trade Ministers Meeting ends\n\nTrade Ministers of Australia, Fiji, Kiribati and Samoa met "
        "in Suva on Monday for the Pacific Trade Ministers Meeting. Leaders of Tonga and Tuvalu met the "
        "press afterwards."
    )
    for country in ("Australia", "Fiji", "Kiribati", "Samoa"):
        assert has(ex, country, "participatesIn", "Pacific Trade Ministers Meeting"), country
    assert not has(ex, "Tonga", "participatesIn", "Pacific Trade Ministers Meeting")


def test_a_drafting_with_a_bodys_support_is_no_partnership():
    ex = run(
        "New plan\n\nThe National Labour Migration Strategy (2026–2030) was drafted by the Ministry of "
        "Labour with the European Union's support."
    )
    assert not has(ex, "Ministry of Labour", "partnersWith", "European Union")


FORUM = "Forum opens\n\nThe Andean Forum on Labour Migration opened in Lima on Monday. "


def test_who_speaks_attends_or_presents_at_the_meeting_named_before_takes_part():
    ex = run(
        FORUM
        + "Minister of Labour of Bolivia, Rosa Quispe, will deliver the keynote address "
        + "at the opening of the forum."
    )
    assert has(ex, "Rosa Quispe", "participatesIn", "Andean Forum on Labour Migration")
    ex = run(FORUM + "Agencies such as the ILO and UNICEF will present at the forum.")
    assert has(ex, "International Labour Organization", "participatesIn", "Andean Forum on Labour Migration")
    ex = run(FORUM + "Ecuador will attend the forum.")
    assert has(ex, "Ecuador", "participatesIn", "Andean Forum on Labour Migration")


def test_one_who_did_not_attend_takes_no_part():
    ex = run(FORUM + "Ecuador did not attend the forum.")
    assert not has(ex, "Ecuador", "participatesIn", "Andean Forum on Labour Migration")


def test_a_list_of_participants_before_taking_part_takes_part() -> None:
    text = (
        FORUM + "Some 70 senior prosecutors, police officers and representatives of ministries from Peru, "
        "Bolivia and Ecuador, as well as experts from the ILO, are taking part in the forum."
    )
    ex = run(text)
    for actor in ("Peru", "Bolivia", "Ecuador", "International Labour Organization"):
        assert has(ex, actor, "participatesIn", "Andean Forum on Labour Migration"), actor


def test_those_an_event_is_for_take_part() -> None:
    text = FORUM + "This two-day event for border officials from Peru, Bolivia and Ecuador opens today."
    ex = run(text)
    for country in ("Peru", "Bolivia", "Ecuador"):
        assert has(ex, country, "participatesIn", "Andean Forum on Labour Migration"), country


def test_a_forum_for_governments_in_another_clause_gets_no_guests() -> None:
    text = (
        "News\n\nThe Andean Refugee Forum is a forum for governments of all regions; "
        "Ecuador hosted a separate training for officials from Bolivia."
    )
    assert not has(run(text), "Bolivia", "participatesIn", "Andean Refugee Forum")
