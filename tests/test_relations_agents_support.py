"""Agents, support, participation and ties read from passive and prepositional phrases, from "its" and
"the meeting" carried over from the sentence before, and from clause shapes: each rule with a case
where it must fire and one where it must not."""

from __future__ import annotations

from extract_util import by_rules, has, news
from extract_util import run_titled as run

MEETING = (
    "Delegations from eight countries closed the Fourth Technical Meeting of the Bali Process in Bangkok."
)


def test_the_meeting_hosted_by_a_country_with_support_from_bodies():
    ex = run(
        news(
            MEETING,
            "The meeting was hosted by Thailand, with technical support from the International Labour "
            "Organization (ILO) and the United Nations Children's Fund (UNICEF).",
        )
    )
    assert has(ex, "Thailand", "participatesIn", "Fourth Technical Meeting")
    assert has(ex, "International Labour Organization", "participatesIn", "Fourth Technical Meeting")
    assert has(ex, "United Nations Children", "participatesIn", "Fourth Technical Meeting")


def test_it_co_chaired_by_two_persons_with_role_phrases():
    ex = run(
        news(
            MEETING,
            "It was co-chaired by Anna Berg, Director of the Swedish Migration Agency (SMA), "
            "and Kofi Mensah, Ghana's Deputy Minister of the Interior.",
        )
    )
    assert has(ex, "Anna Berg", "participatesIn", "Fourth Technical Meeting")
    assert has(ex, "Kofi Mensah", "participatesIn", "Fourth Technical Meeting")
    assert not has(ex, "Swedish Migration Agency", "participatesIn", "Fourth Technical Meeting")


def test_it_by_needs_the_event_in_the_sentence_right_before():
    ex = run(news(MEETING, "Rain fell all week.", "It was opened by Thailand."))
    assert not has(ex, "Thailand", "participatesIn", "Fourth Technical Meeting")


def test_a_person_who_chaired_the_talks_takes_part():
    ex = run(
        news(
            MEETING,
            "“We made progress,” said Maria Lopez, Peru's Vice-Minister of Justice, "
            "who chaired the three days of talks.",
        )
    )
    assert has(ex, "Maria Lopez", "participatesIn", "Fourth Technical Meeting")


def test_support_for_a_plan_at_an_event_is_no_participation():
    ex = run(
        news(
            "At the Fourth Technical Meeting of the Bali Process, Kenya launched the National Action Plan on "
            "Child Labour with technical support from the United Nations Development Programme (UNDP)."
        )
    )
    assert not has(ex, "United Nations Development", "participatesIn", "Fourth Technical Meeting")


def test_one_of_its_pathfinder_countries_is_a_member_of_the_body_named_before():
    ex = run(news("Alliance 8.7 met in Geneva.", "Ghana will continue as one of its pathfinder countries."))
    assert has(ex, "Ghana", "memberOf", "Alliance 8.7")


def test_its_member_needs_the_body_in_the_sentence_right_before():
    ex = run(
        news(
            "Alliance 8.7 met in Geneva.",
            "“Nothing” happened there.",
            "Ghana will continue as one of its pathfinder countries.",
        )
    )
    assert not has(ex, "Ghana", "memberOf", "Alliance 8.7")


def test_the_country_s_plan_is_the_country_named_before():
    ex = run(
        news(
            "Viet Nam has made progress.", "It builds on the country's National Action Plan on Child Labour."
        )
    )
    assert has(ex, "Viet", "adopts", "National Action Plan on Child Labour")


def test_to_which_a_country_acceded():
    ex = run(news("The Convention against Torture, to which Nepal acceded in 1991, was discussed."))
    assert has(ex, "Nepal", "adopts", "Convention against Torture")
    ex = run(news("The Convention against Torture, to which Nepal has not acceded, was discussed."))
    assert not has(ex, "Nepal", "adopts", "Convention against Torture")


def test_signed_at_a_ceremony_by_two_signatories():
    ex = run(
        news(
            "The Nairobi Action Plan was signed at a ceremony in Nairobi by Minister of Labour John Kamau "
            "and Jane Doe, IOM Chief of Mission."
        )
    )
    assert has(ex, "John Kamau", "adopts", "Nairobi Action Plan")
    assert has(ex, "Jane Doe", "adopts", "Nairobi Action Plan")


def test_jointly_run_by_two_bodies():
    ex = run(
        news(
            "The Regional Border Programme is jointly run by UNICEF and "
            "the International Labour Organization (ILO)."
        )
    )
    assert has(ex, "United Nations Children", "implements", "Regional Border Programme")
    assert has(ex, "International Labour Organization", "implements", "Regional Border Programme")
    assert has(ex, "United Nations Children", "partnersWith", "International Labour Organization")


def test_a_body_and_a_country_launching_together_are_partners():
    ex = run(
        news(
            "UNICEF and the Government of Nepal on Monday launched a five-year "
            "National Programme on Child Protection."
        )
    )
    assert has(ex, "United Nations Children", "partnersWith", "Nepal")
    ex = run(news("Kenya and Uganda launched the East African Labour Migration Strategy."))
    assert not has(ex, "Kenya", "partnersWith", "Uganda")


def test_the_holder_of_the_presidency_is_a_member():
    ex = run(news("Thailand, which holds the rotating chairmanship of the Bali Process, opened the session."))
    assert has(ex, "Thailand", "memberOf", "Bali Process")


def test_it_was_prepared_by_with_funding_and_a_grant_channelled_through():
    ex = run(
        news(
            "Ghana launched the National Climate Resilience Strategy on Monday.",
            "It was prepared by the Ministry of Environment with funding from "
            "the Global Environment Facility (GEF), "
            "whose grant was channelled through the United Nations Development Programme (UNDP).",
        )
    )
    assert has(ex, "Ministry of Environment", "adopts", "National Climate Resilience Strategy")
    assert has(ex, "Global Environment Facility", "supports", "National Climate Resilience Strategy")
    assert has(ex, "United Nations Development Programme", "supports", "National Climate Resilience Strategy")


def test_funding_from_needs_it_and_the_plan_of_the_sentence_before():
    ex = run(
        news(
            "Ghana launched the National Climate Resilience Strategy on Monday.",
            "Separately, a clinic opened with funding from the Global Environment Facility (GEF).",
        )
    )
    assert not has(ex, "Global Environment Facility", "supports", "National Climate Resilience Strategy")


def test_an_apposition_its_programme_is_the_owner_s():
    ex = run(
        news(
            "Kenya described the National Action Plan on Child Labour, its flagship programme, "
            "to the Council."
        )
    )
    assert has(ex, "Kenya", "adopts", "National Action Plan on Child Labour")


def test_both_of_which_it_has_ratified():
    ex = run(
        news(
            "She said the plan would help Nepal meet its obligations under the Convention against Torture "
            "and the United Nations Convention against Corruption, both of which it has ratified."
        )
    )
    assert has(ex, "Nepal", "adopts", "Convention against Torture")
    assert has(ex, "Nepal", "adopts", "United Nations Convention against Corruption")


def test_of_which_it_is_a_founding_member():
    ex = run(
        news(
            "Nepal will also share data through the Bali Process in Bangkok, "
            "of which it is a founding member."
        )
    )
    assert has(ex, "Nepal", "memberOf", "Bali Process")
    ex = run(news("Nepal will also share data through the Bali Process, of which it is not a member."))
    assert not has(ex, "Nepal", "memberOf", "Bali Process")


def test_the_renewed_plan_is_no_act():
    ex = run(
        news(
            "Ghana and Togo met in Lome.",
            "Both sides noted the importance of the renewed EU Action Plan against Migrant Smuggling "
            "(2021–2025).",
        )
    )
    assert not has(ex, "Ghana", "adopts", "EU Action Plan")
    assert not has(ex, "Togo", "adopts", "EU Action Plan")


def test_the_meeting_between_two_parties():
    ex = run(
        news(
            "The Fourth Technical Meeting of the Bali Process between Thailand and the International Labour "
            "Organization (ILO) took place in Bangkok."
        )
    )
    assert has(ex, "Thailand", "participatesIn", "Fourth Technical Meeting")
    assert has(ex, "International Labour Organization", "participatesIn", "Fourth Technical Meeting")


def test_a_summit_named_after_its_two_parties():
    ex = run(
        news(
            "Ghana and the European Union (EU) agreed to meet again.",
            "Officials attended the EU-Ghana Summit on Migration in Brussels.",
        )
    )
    assert has(ex, "European Union", "participatesIn", "EU-Ghana Summit")
    assert has(ex, "Ghana", "participatesIn", "EU-Ghana Summit")
    ex = run(news("Ministers attended the Asia-Pacific Summit on Migration in Bangkok."))
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]


def test_her_government_s_act_is_the_country_s():
    ex = run(
        news(
            "Ambassador Ana Reyes, Permanent Representative of Chile to the United Nations, spoke next.",
            "Her Government had adopted the National Action Plan against Trafficking in Persons, she said, "
            "and was working with Peru and Bolivia.",
        )
    )
    assert has(ex, "Chile", "adopts", "National Action Plan against Trafficking")
    assert has(ex, "Chile", "partnersWith", "Peru")
    assert not has(ex, "Ana Reyes", "adopts", "National Action Plan against Trafficking")
    assert not has(ex, "Ana Reyes", "partnersWith", "Peru")


def test_its_pathfinder_countries_with_the_body_named_in_the_sentence():
    ex = run(
        news(
            "We support the work of Alliance 8.7 and confirm that Ghana will continue as one of its "
            "pathfinder countries."
        )
    )
    assert has(ex, "Ghana", "memberOf", "Alliance 8.7")


def test_the_bloc_s_framework_is_the_body_s():
    ex = run(
        news(
            "Speaking on behalf of the African Union, Amina Diallo said the bloc's "
            "Migration Policy Framework "
            "for Africa, revised in 2018, now covered labour migration."
        )
    )
    assert has(ex, "African Union", "adopts", "Migration Policy Framework for Africa")


def test_presenting_a_plan_at_an_event_is_taking_part():
    ex = run(news("She said Ghana would present the plan at COP31."))
    assert has(ex, "Ghana", "participatesIn", "COP31")
    ex = run(news("Kenya will not present the plan at COP31."))
    assert not has(by_rules(ex), "Kenya", "participatesIn", "COP31")


def test_inviting_others_to_join_a_body_is_support():
    ex = run(news("The European Union invited Ghana to join Alliance 8.7."))
    assert has(ex, "European Union", "supports", "Alliance 8.7")
    ex = run(news("Togo was not invited to join Alliance 8.7."))
    assert not [r for r in ex.relations if r.predicate == "supports"]


def test_welcoming_the_role_of_two_bodies_after_a_clause_with_must():
    ex = run(
        news(
            "Ghana and Togo met in Lome.",
            "Both sides stressed that the rights of migrants must come first, and welcomed the role of the "
            "International Organization for Migration (IOM) and the United Nations Children's Fund (UNICEF).",
        )
    )
    assert has(ex, "Ghana", "supports", "International Organization for Migration")
    assert has(ex, "Togo", "supports", "United Nations Children")
    ex = run(news("Ghana said donors must welcome the role of UNICEF."))
    assert not has(ex, "Ghana", "supports", "United Nations Children")


def test_work_run_under_a_regional_programme():
    ex = run(news("Previous UNICEF work there was run under the regional Programme for Central Asia."))
    assert has(ex, "United Nations Children", "implements", "Programme for Central Asia")


def test_both_sides_are_the_two_parties_named_most_often():
    ex = run(
        news(
            "The European Union and Ghana held talks in Accra.",
            "The European Union will fund border posts in Ghana.",
            "Ghana thanked the European Union, and Spain's police will train Ghana's officers.",
            "The two sides launched the Joint Border Management Programme.",
        )
    )
    assert has(ex, "European Union", "adopts", "Joint Border Management Programme")
    assert has(ex, "Ghana", "adopts", "Joint Border Management Programme")
    assert not has(ex, "Spain", "adopts", "Joint Border Management Programme")


def test_closing_the_meeting_the_person_named_after_takes_part():
    ex = run(
        news(
            "The Security Council held an open debate on trafficking in persons in armed conflict.",
            "Closing the meeting, the President of the Council, Ambassador Maria Ruiz of Ecuador, said the "
            "Council would act.",
        )
    )
    assert has(ex, "Maria Ruiz", "participatesIn", "open debate")


def test_closing_the_meeting_named_by_its_noun_is_that_meeting_not_the_latest():
    ex = run(
        news(
            "The Regional Consultation on Labour Migration opened in Nairobi on Monday.",
            "Delegates then attended the Pan-African Forum on Migration in Addis Ababa.",
            "Closing the consultation, the Chair, Ambassador Jane Doe of Ghana, said the region would act.",
        )
    )
    assert has(ex, "Jane Doe", "participatesIn", "Regional Consultation on Labour Migration")
    assert not has(ex, "Jane Doe", "participatesIn", "Pan-African Forum")


def test_both_countries_are_never_a_body():
    ex = run(
        news(
            "The European Union and Ghana held talks in Accra.",
            "The European Union will fund border posts in Ghana.",
            "Ghana thanked the European Union, and Togo's police will train Ghana's officers.",
            "Both countries launched the Joint Border Management Programme.",
        )
    )
    assert not has(ex, "European Union", "adopts", "Joint Border Management Programme")


def test_a_meeting_chaired_by_someone_is_not_who_adopted_the_plan():
    ex = run(news("The Nairobi Action Plan was adopted at a meeting chaired by Ghana."))
    assert not has(by_rules(ex), "Ghana", "adopts", "Nairobi Action Plan")  # the rules' reading
    ex = run(news("The Convention against Torture was adopted in 1984 in New York by the General Assembly."))
    assert has(ex, "United Nations General Assembly", "adopts", "Convention against Torture")


def test_partner_countries_of_a_body_are_no_members():
    ex = run(news("UNICEF said Kenya is among its partner countries."))
    assert not has(ex, "Kenya", "memberOf", "United Nations Children")


def test_an_event_hosted_by_a_country_in_a_reduced_or_full_passive():
    ex = run(
        news(
            "The Fourth Technical Meeting of the Bali Process, hosted by Thailand, ended on Friday.",
            "The Bali Process Ministerial Conference was hosted by Indonesia.",
        )
    )
    assert has(ex, "Thailand", "participatesIn", "Fourth Technical Meeting")
    assert has(ex, "Indonesia", "participatesIn", "Bali Process Ministerial Conference")


def test_a_possessive_support_for_a_plan():
    ex = run(news("Japan's continued support for the National Action Plan on Child Labour was welcomed."))
    assert has(ex, "Japan", "supports", "National Action Plan on Child Labour")


def test_a_plan_financed_by_two_banks():
    ex = run(
        news(
            "The National Action Plan on Child Labour is financed by the World Bank and "
            "the Asian Development Bank."
        )
    )
    assert has(ex, "World Bank", "supports", "National Action Plan on Child Labour")
    assert has(ex, "Asian Development Bank", "supports", "National Action Plan on Child Labour")


def test_technical_assistance_provided_for_a_plan_and_its_negation():
    ex = run(
        news(
            "The United Nations Development Programme (UNDP) provided technical assistance for the "
            "National Action Plan on Child Labour."
        )
    )
    assert has(ex, "United Nations Development Programme", "supports", "National Action Plan on Child Labour")
    ex = run(news("Kenya did not provide funding for the National Action Plan on Child Labour."))
    assert not has(ex, "Kenya", "supports", "National Action Plan on Child Labour")


def test_a_country_chairing_a_body_is_a_member():
    ex = run(news("Chile currently chairs the Bali Process."))
    assert has(ex, "Chile", "memberOf", "Bali Process")


def test_an_event_held_with_the_participation_of_two_actors():
    ex = run(
        news(
            "The Regional Conference on Migration was held with the participation of Ghana and the "
            "International Labour Organization (ILO)."
        )
    )
    assert has(ex, "Ghana", "participatesIn", "Regional Conference on Migration")
    assert has(ex, "International Labour Organization", "participatesIn", "Regional Conference on Migration")


def test_an_event_that_brought_together_representatives_of_countries():
    ex = run(
        news(
            "The Regional Conference on Migration brought together representatives of Ghana, Togo and Benin."
        )
    )
    assert has(ex, "Ghana", "participatesIn", "Regional Conference on Migration")
    assert has(ex, "Benin", "participatesIn", "Regional Conference on Migration")


def test_the_organizer_of_an_event_takes_part():
    ex = run(
        news(
            "The International Labour Organization (ILO) organized the Regional Conference on Migration "
            "in Accra."
        )
    )
    assert has(ex, "International Labour Organization", "participatesIn", "Regional Conference on Migration")
    ex = run(news("Ghana has not organized the Regional Conference on Migration."))
    assert not has(ex, "Ghana", "participatesIn", "Regional Conference on Migration")


def test_co_financed_by_fronted_before_the_plan():
    ex = run(news("Co-financed by Japan and Norway, the Fair Recruitment Initiative covers five countries."))
    assert has(ex, "Japan", "supports", "Fair Recruitment Initiative")
    assert has(ex, "Norway", "supports", "Fair Recruitment Initiative")


def test_to_which_it_acceded_is_the_sentence_s_subject():
    ex = run(news("Peru welcomed the Convention against Torture, to which it acceded in 1988."))
    assert has(ex, "Peru", "adopts", "Convention against Torture")


def test_the_consultation_hosted_by_is_the_event_of_that_name():
    ex = run(
        news(
            "Ministers met on the margins of the Fifth Regional Consultation on Mixed Migration.",
            "The Bali Process Ministerial Conference is next year.",
            "The consultation was hosted by Panama.",
            "“This is a concrete step,” said Elena Vargas, who opened the consultation.",
        )
    )
    assert has(ex, "Panama", "participatesIn", "Fifth Regional Consultation")
    assert not has(ex, "Panama", "participatesIn", "Bali Process Ministerial")
    assert has(ex, "Elena Vargas", "participatesIn", "Fifth Regional Consultation")
    assert not has(ex, "Elena Vargas", "participatesIn", "Bali Process Ministerial")


def test_one_of_the_body_s_pathfinder_countries_in_apposition():
    ex = run(
        news(
            "Ethiopia, one of the Alliance 8.7 pathfinder countries, has ratified the Forced Labour Protocol."
        )
    )
    assert has(ex, "Ethiopia", "memberOf", "Alliance 8.7")


def test_it_refers_to_the_plan_opening_the_sentence_before():
    ex = run(
        news(
            "The Safe Migration Programme builds on the National Action Plan on Child Labour.",
            "It was negotiated with financial support from the Government of Sweden.",
        )
    )
    assert has(ex, "Sweden", "supports", "Safe Migration Programme")
    assert not has(ex, "Sweden", "supports", "National Action Plan on Child Labour")


def test_work_with_two_countries_under_a_framework_is_not_theirs():
    ex = run(
        news(
            "Ethiopia will work with Kenya and Djibouti on labour mobility under the IGAD Regional "
            "Migration Policy Framework."
        )
    )
    assert not has(ex, "Kenya", "implements", "IGAD Regional Migration Policy Framework")
    assert not has(ex, "Djibouti", "implements", "IGAD Regional Migration Policy Framework")


def test_co_chaired_by_a_person_and_a_body_s_titled_person():
    ex = run(
        news(
            MEETING,
            "It was co-chaired by Anna Berg, Director of the Swedish Migration Agency, and IOM's Director "
            "General Amy Pope.",
        )
    )
    assert has(ex, "Anna Berg", "participatesIn", "Fourth Technical Meeting")
    assert has(ex, "Amy Pope", "participatesIn", "Fourth Technical Meeting")
    assert not has(
        ex, "International Organization for Migration", "participatesIn", "Fourth Technical Meeting"
    )


def test_an_address_to_an_event_and_a_meeting_on_its_sidelines():
    ex = run(
        news(
            "In her address to the Regional Conference on Migration, Minister Anna Berg of Sweden "
            "called for action."
        )
    )
    assert has(ex, "Anna Berg", "participatesIn", "Regional Conference on Migration")
    ex = run(news("Ghana and Togo met on the sidelines of the Regional Conference on Migration."))
    assert has(ex, "Ghana", "participatesIn", "Regional Conference on Migration")
    assert has(ex, "Togo", "participatesIn", "Regional Conference on Migration")
    ex = run(news("The launch took place on the margins of the Regional Conference on Migration."))
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]


def test_members_listed_after_the_body_and_a_possessive_membership():
    ex = run(news("IGAD member states, including Kenya, Uganda and Ethiopia, endorsed the plan."))
    assert has(ex, "Kenya", "memberOf", "Intergovernmental Authority on Development")
    assert has(ex, "Ethiopia", "memberOf", "Intergovernmental Authority on Development")
    ex = run(news("The Bali Process, whose members include Fiji and Samoa, met in Bangkok."))
    assert has(ex, "Samoa", "memberOf", "Bali Process")
    ex = run(news("Timor-Leste's membership of ASEAN was confirmed in 2025."))
    assert has(ex, "Timor-Leste", "memberOf", "Association of Southeast Asian Nations")
    ex = run(news("IGAD welcomed observers, including Norway, to the summit."))
    assert not has(ex, "Norway", "memberOf", "Intergovernmental Authority on Development")


def test_her_government_moves_only_the_acts_said_after_it():
    ex = run(
        news(
            "Ambassador Ana Reyes, Permanent Representative of Chile to the United Nations, spoke next.",
            "She welcomed the Global Compact for Migration and said her Government had adopted the "
            "National Action Plan against Trafficking in Persons.",
        )
    )
    assert has(ex, "Ana Reyes", "supports", "Global Compact for Safe")
    assert has(ex, "Chile", "adopts", "National Action Plan against Trafficking")
    assert not has(ex, "Ana Reyes", "adopts", "National Action Plan against Trafficking")


def test_her_country_amended_its_law():
    ex = run(
        news(
            "The representative of Peru, Ana Torres, said her country had amended its Law on "
            "Trafficking in Persons."
        )
    )
    assert has(ex, "Peru", "adopts", "Law on Trafficking in Persons")
    assert not has(ex, "Ana Torres", "adopts", "Law on Trafficking in Persons")


def test_a_statement_delivered_by_a_person_under_a_title_naming_the_event():
    text = (
        "Ghana Statement at the Regional Conference on Migration\n\n"
        "Statement delivered by Ambassador Kwame Mensah, Permanent Representative of Ghana to the United "
        "Nations Office at Geneva\n\nMr. President,\n\nWe welcome the report."
    )
    ex = run(text)
    assert has(ex, "Kwame Mensah", "participatesIn", "Regional Conference on Migration")


def test_a_plan_launched_at_an_event_is_no_participation_of_the_speaker():
    ex = run(news("Kenya said the Safe Migration Programme, launched at COP31 in 2026, was working."))
    assert not has(by_rules(ex), "Kenya", "participatesIn", "COP31")


def test_the_giver_must_follow_the_wording_directly():
    ex = run(
        news(
            "The National Action Plan on Child Labour is financed by fees that employers pay to "
            "the World Bank."
        )
    )
    assert not has(ex, "World Bank", "supports", "National Action Plan on Child Labour")


def test_co_chairing_the_consultation_named_before():
    ex = run(
        news(
            "Ministers met on the margins of the Fifth Regional Consultation on Mixed Migration.",
            "Ghana and Togo co-chaired the consultation.",
            "Kenya did not attend the consultation.",
            "Uganda attended the ceremony.",
        )
    )
    assert has(ex, "Ghana", "participatesIn", "Fifth Regional Consultation")
    assert has(ex, "Togo", "participatesIn", "Fifth Regional Consultation")
    assert not has(ex, "Kenya", "participatesIn", "Fifth Regional Consultation")
    assert not has(ex, "Uganda", "participatesIn", "Fifth Regional Consultation")


def test_support_of_an_actor_funded_by_or_receiving_funding_from_others():
    ex = run(news("The Haqq Centre for Migrant Rights, funded by the European Union, published a report."))
    assert has(ex, "European Union", "supports", "Haqq Centre")
    ex = run(
        news(
            "The Office of the United Nations High Commissioner for Refugees (UNHCR) receives funding "
            "from Norway."
        )
    )
    assert has(ex, "Norway", "supports", "Office of the United Nations High Commissioner")
    ex = run(news("Ghana did not receive support from the World Bank."))
    assert not has(ex, "World Bank", "supports", "Ghana")


def test_hosted_by_after_another_participle():
    ex = run(
        news("The Regional Conference on Migration, held in Quito and hosted by Ecuador, ended on Friday.")
    )
    assert has(ex, "Ecuador", "participatesIn", "Regional Conference on Migration")


def test_partnerships_named_by_a_noun():
    ex = run(news("Kenya's partnership with the International Organization for Migration (IOM) has grown."))
    assert has(ex, "Kenya", "partnersWith", "International Organization for Migration")
    ex = run(news("Cooperation between Ghana and Togo on border management has improved."))
    assert has(ex, "Ghana", "partnersWith", "Togo")
    ex = run(news("EU–Ghana cooperation on migration has deepened since 2018."))
    assert has(ex, "European Union", "partnersWith", "Ghana")
    ex = run(news("There is no cooperation between Ghana and Togo on border management."))
    assert not has(ex, "Ghana", "partnersWith", "Togo")


def test_it_funded_by_is_not_about_the_last_of_several_items():
    ex = run(
        news(
            "Kenya said the new policy builds on the National Action Plan on Child Labour and on the "
            "Safe Migration Programme.",
            "It is funded by Sweden.",
        )
    )
    assert not has(ex, "Sweden", "supports", "Safe Migration Programme")
