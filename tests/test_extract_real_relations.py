"""Relation rules written from the wording of real news texts (sentences written for the tests)."""

from __future__ import annotations

import pytest
from extract_util import has, news, run


def test_attended_by_a_long_list_with_names_that_are_no_entities() -> None:
    x = run(
        news(
            "The Tenth Andean Leaders Summit was held in Cusco from 6 – 10 May 2022, and was attended by "
            "the Heads of State, Government, and Territories of Chile, the Falkland Islands, Bolivia, "
            "French Guiana, Ecuador, the Republic of Paraguay, and Uruguay."
        )
    )
    for country in ("Chile", "Bolivia", "Ecuador", "Paraguay", "Uruguay"):
        assert has(x, country, "participatesIn", "Tenth Andean Leaders Summit")


def test_participation_of_representatives_refers_back_to_the_event() -> None:
    x = run(
        news(
            "The Nairobi Workshop on Child Migration opened on Monday.",
            "The event took place on 3-4 May in Nairobi, with the participation of 25 representatives from "
            "Uganda, Rwanda, Burundi and the African Union as well as representatives of civil society "
            "organizations and experts from UNICEF and the International Organization for Migration (IOM).",
        )
    )
    for guest in (
        "Uganda",
        "Rwanda",
        "Burundi",
        "African Union",
        "United Nations Children",
        "International Org",
    ):
        assert has(x, guest, "participatesIn", "Nairobi Workshop on Child Migration")


def test_the_workshop_was_attended_by_officials_from() -> None:
    x = run(
        news(
            "The Regional Workshop on Labour Migration was opened on Monday.",
            "The workshop was attended by officials from Ghana, Togo and Benin.",
        )
    )
    for country in ("Ghana", "Togo", "Benin"):
        assert has(x, country, "participatesIn", "Regional Workshop on Labour Migration")


def test_organized_by_and_in_cooperation_with() -> None:
    x = run(
        news(
            "The Global Water Summit organized by Norway, Kenya and the United Nations in cooperation "
            "with Japan opened on Monday."
        )
    )
    for guest in ("Norway", "Kenya", "United Nations", "Japan"):
        assert has(x, guest, "participatesIn", "Global Water Summit")


def test_a_list_ends_at_a_clause_or_a_funder() -> None:
    x = run(
        news(
            "The Regional Seminar on Border Management was opened in Accra.",
            "The seminar is being organized by the African Union, through its Migration Division, with the "
            "financial support of the Government of Norway.",
        )
    )
    assert has(x, "African Union", "participatesIn", "Regional Seminar")
    assert not has(x, "Norway", "participatesIn", "Regional Seminar")


def test_the_meeting_is_not_a_named_summit() -> None:
    x = run(
        news(
            "Ghana will host the West Africa Climate Summit in June.",
            "The meeting was attended by officials from Togo and Benin.",
        )
    )
    assert not has(x, "Togo", "participatesIn", "West Africa Climate Summit")
    assert not has(x, "Benin", "participatesIn", "West Africa Climate Summit")


def test_two_governments_sign_an_unnamed_memorandum() -> None:
    x = run(
        news(
            "The Ghanaian government and the Kingdom of Morocco have signed a memorandum of understanding "
            "(MOU) on the recruitment of seasonal workers."
        )
    )
    assert has(x, "Ghana", "partnersWith", "Morocco") or has(x, "Morocco", "partnersWith", "Ghana")


def test_an_agreement_between_two_countries_was_signed() -> None:
    x = run(
        news(
            "A memorandum of understanding on fisheries between Senegal and Mauritania was signed "
            "today in Dakar."
        )
    )
    assert has(x, "Senegal", "partnersWith", "Mauritania")
    y = run(
        news(
            "Officials said workers can now apply following the signing of a new bilateral agreement between "
            "the government of Nepal and that of the State of Qatar."
        )
    )
    assert has(y, "Nepal", "partnersWith", "Qatar")


def test_an_office_in_a_country_signs_with_its_government() -> None:
    x = run(
        news(
            "The United Nations in Zambia and the Government of Zambia have signed a new United Nations "
            "Sustainable Development Cooperation Framework (UNSDCF) 2023-2027."
        )
    )
    assert has(x, "United Nations", "adopts", "United Nations Sustainable Development Cooperation Framework")
    assert has(x, "Zambia", "adopts", "United Nations Sustainable Development Cooperation Framework")
    assert has(x, "United Nations", "partnersWith", "Zambia")


def test_three_parties_sign_a_partnership_agreement() -> None:
    x = run(
        news(
            "The Government of Peru, the UNICEF Country Office and the International Labour Organization "
            "(ILO) today signed an innovative new partnership agreement."
        )
    )
    assert has(x, "Peru", "partnersWith", "UNICEF Country Office")
    assert has(x, "Peru", "partnersWith", "International Labour Organization")


def test_no_partners_without_a_signing_or_across_a_preposition() -> None:
    x = run(news("Ghana and Togo discussed a memorandum of understanding on seasonal workers."))
    assert not has(x, "Ghana", "partnersWith", "Togo")
    y = run(news("In talks with Ghana, Togo and Benin signed an agreement on border trade."))
    assert not has(y, "Ghana", "partnersWith", "Togo")
    z = run(news("The agreement between Ghana and Togo was discussed at length."))
    assert not has(z, "Ghana", "partnersWith", "Togo")


def test_instruments_of_ratification_deposited_with_a_depositary() -> None:
    x = run(
        news(
            "On 3 May 2015, the Government of the Republic of Ghana deposited with the International Labour "
            "Office the instrument of ratification of three international labour Conventions, the Labour "
            "Inspection Convention, 1947 (No.81), the Work in Fishing Convention, 2007 (No. 188), and the "
            "Domestic Workers Convention, 2011 (No. 189)."
        )
    )
    for convention in (
        "Labour Inspection Convention",
        "Work in Fishing Convention",
        "Domestic Workers Convention",
    ):
        assert has(x, "Ghana", "adopts", convention)
        assert not has(x, "International Labour", "adopts", convention)


def test_a_body_formed_by_countries_has_them_as_members() -> None:
    x = run(
        news(
            "Initially, SADC was formed by nine southern African countries Angola, Botswana, Lesotho, Malawi "
            "and Zambia, which took action to establish a regional body in 1980."
        )
    )
    for country in ("Angola", "Botswana", "Lesotho", "Malawi", "Zambia"):
        assert has(x, country, "memberOf", "Southern African Development Community")


def test_a_body_set_up_by_a_ministry_has_no_member_list() -> None:
    x = run(news("The task force was set up by the Ministry of Labour of Kenya, Uganda and Tanzania said."))
    assert not has(x, "Uganda", "memberOf", "Ministry of Labour")


def test_the_head_of_a_country_delegation_named_by_demonym() -> None:
    x = run(
        news(
            "Chile and Peru met in Lima.",
            "The Chilean delegation was headed by Vice-Admiral Jorge Alvarez Soto, Director General of "
            "Migration (DGM), who was supported by officers.",
        )
    )
    assert has(x, "Jorge Alvarez Soto", "represents", "Chile")  # the rank is no part of the name
    assert not has(x, "Jorge Alvarez Soto", "represents", "Peru")


def test_a_role_after_a_dash() -> None:
    x = run(
        news("Mr. Ravi Naidu – Head of the Climate Change Division, emphasised the need for partnerships.")
    )
    assert has(x, "Ravi Naidu", "represents", "Climate Change Division")
    y = run(news("Mr. Ravi Naidu – who met the Climate Change Division on Monday – emphasised partnerships."))
    assert not has(y, "Ravi Naidu", "represents", "Climate Change Division")


def test_backers_support_and_the_subject_adopts() -> None:
    x = run(
        news(
            "The Ministry of Labour with the support of the International Labour Organization (ILO) and "
            "funding from the Government of Norway officially kicked-off the process to develop a new "
            "National Action Plan against Child Labour in Ghana."
        )
    )
    assert has(x, "Norway", "supports", "National Action Plan against Child Labour")
    assert not has(x, "Norway", "adopts", "National Action Plan against Child Labour")
    assert has(x, "Ministry of Labour", "adopts", "National Action Plan against Child Labour")


def test_a_backer_that_also_acts_keeps_its_act() -> None:
    x = run(
        news(
            "With funding from Norway, Ghana launched the National Action Plan against Child Labour, and "
            "Norway adopted the Strategy for Decent Work 2024-2028."
        )
    )
    assert has(x, "Ghana", "adopts", "National Action Plan against Child Labour")
    assert has(x, "Norway", "adopts", "Strategy for Decent Work")


def test_a_headline_in_the_present_tense_and_a_project_signed_to_support_a_plan() -> None:
    x = run("Ghana, Togo sign labour mobility deal\n\nThe deal was announced in Accra.")
    assert has(x, "Ghana", "partnersWith", "Togo")
    y = run(
        news(
            "Lima - The Peruvian Cooperation Agency and UNICEF signed, at the end of 2021, a new project to "
            "support the Regional Initiative on Child Migration."
        )
    )
    assert has(y, "Peruvian Cooperation Agency", "partnersWith", "United Nations Children")
    assert has(y, "Peruvian Cooperation Agency", "supports", "Regional Initiative on Child Migration")
    assert not has(y, "Peruvian Cooperation Agency", "adopts", "Regional Initiative on Child Migration")


def test_a_plan_launched_together() -> None:
    x = run(
        news(
            "Kenya and the UNHCR, the UN Refugee Agency, and 40 humanitarian partners, have launched the "
            "Kenya Refugee Response Plan 2023-2025."
        )
    )
    assert has(x, "Kenya", "adopts", "Kenya Refugee Response Plan")
    assert has(x, "Kenya", "partnersWith", "Office of the United Nations High Commissioner for Refugees")
    y = run(
        news(
            "Lima, 3 May 2022: The Government of Peru, in collaboration with the United Nations in Peru, "
            "launched the new Cooperation Framework for Sustainable Development for 2022–2026."
        )
    )
    assert has(y, "Peru", "adopts", "Cooperation Framework for Sustainable Development")
    assert not has(y, "United Nations", "adopts", "Cooperation Framework")  # a partner, not a launcher


def test_states_adopting_a_global_compact_are_not_partners() -> None:
    x = run(news("Kenya and Uganda have adopted the Global Compact for Migration."))
    assert has(x, "Kenya", "adopts", "Global Compact")
    assert not has(x, "Kenya", "partnersWith", "Uganda")


def test_co_leads_are_partners() -> None:
    x = run(
        news(
            "The Regional Platform for Migrants from Haiti (R4H), co-led by the International Organization "
            "for Migration (IOM) and the UN Refugee Agency (UNHCR), announced an appeal."
        )
    )
    assert has(
        x, "International Organization for Migration", "partnersWith", "Office of the United Nations High"
    )
    y = run(
        news(
            "The forum, co-led by the Government of Chad and UNHCR together with the UN family and "
            "humanitarian partners, appeals for support."
        )
    )
    assert has(y, "Chad", "partnersWith", "Office of the United Nations High")
    assert not has(y, "Office of the United Nations High", "partnersWith", "United Nations")
    z = run("UNICEF and IOM Host Youth Forum on Migration\n\nThe forum opened on Monday.")
    assert has(z, "United Nations Children", "partnersWith", "International Organization for Migration")


def test_bodies_that_organise_something_together_are_partners_but_not_their_collaborators() -> None:
    x = run(
        news(
            "Organized by the European Union (EU) and the International Labour Organization (ILO) in "
            "collaboration with UNICEF and UNHCR, the workshop trained 40 labour inspectors."
        )
    )
    assert not has(x, "United Nations Children", "partnersWith", "Office of the United Nations High")
    y = run(
        news(
            "Organized by the European Union and the International Labour Organization, the workshop on "
            "Monday trained 40 labour inspectors in Lima."
        )
    )
    assert has(y, "European Union", "partnersWith", "International Labour Organization")
    facilitated = run(news("The workshop in Lima was facilitated by the ILO and UNICEF."))
    assert has(facilitated, "International Labour Organization", "partnersWith", "United Nations Children")
    alone = run(news("The forum, hosted by Kenya and attended by Uganda, closed on Friday."))
    assert not has(alone, "Kenya", "partnersWith", "Uganda")


def test_a_member_of_a_convention_is_a_party_to_it() -> None:
    x = run(
        news(
            "Ghana is a member of the United Nations Convention against Transnational Organized Crime and "
            "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
            "Children, the minister said."
        )
    )
    assert has(x, "Ghana", "adopts", "United Nations Convention against Transnational Organized Crime")
    assert has(x, "Ghana", "adopts", "Protocol to Prevent")
    assert not has(x, "Ghana", "memberOf", "United Nations Convention")


def test_co_hosted_along_with_and_in_the_presence_of() -> None:
    x = run(
        news(
            "Ministers met in Rome for the Third Ministerial Conference of the Rabat Process.",
            "Italy co-hosted the Conference along with Morocco.",
        )
    )
    assert has(x, "Morocco", "participatesIn", "Third Ministerial Conference")
    assert has(x, "Italy", "partnersWith", "Morocco")
    y = run(
        news(
            "The Regional Conference on Migrant Workers opened in Manila, in the presence of the UN "
            "Secretary-General, Maria Olsen, and several heads of State."
        )
    )
    assert has(y, "Maria Olsen", "participatesIn", "Regional Conference on Migrant Workers")


def test_working_together_under_a_programme_and_endorsing_its_launch() -> None:
    x = run(
        news(
            "The Governing Body of the ILO concluded its session with a decision endorsing the launch of the "
            "Decent Work Country Programme for Ghana.",
            "Under this programme, the ILO and the Government of Ghana will work together to strengthen "
            "labour inspection.",
        )
    )
    assert has(x, "International Labour Organization", "supports", "Decent Work Country Programme")
    assert not has(x, "International Labour Organization", "adopts", "Decent Work Country Programme")
    assert has(x, "International Labour Organization", "implements", "Decent Work Country Programme")
    assert has(x, "Ghana", "implements", "Decent Work Country Programme")


def test_this_programme_is_not_a_convention_named_before() -> None:
    x = run(
        news(
            "Ghana ratified the Labour Inspection Convention, 1947 (No. 81) in 2020.",
            "Under this programme, the ILO and the Government of Ghana will work together on inspection.",
        )
    )
    assert not has(x, "International Labour Organization", "implements", "Labour Inspection Convention")


def test_the_event_organized_in_cooperation_with_partners_its_organiser() -> None:
    x = run(
        news(
            "The UNDP Office in Armenia held a two-day workshop on border management on 3 and 4 May.",
            "The event, held in Gyumri, brought together 20 officials, and was organized in co-operation "
            "with Armenia's Migration Service.",
        )
    )
    assert has(x, "UNDP Office", "partnersWith", "Migration Service")
    assert not has(x, "UNDP Office", "partnersWith", "Armenia")


def test_an_act_still_to_come_is_no_act() -> None:
    x = run(
        news(
            'The Law "On ratification of the Paris Agreement" has now to be signed by President '
            "Anna Kowalska."
        )
    )
    assert not has(x, "Anna Kowalska", "adopts", "Paris Agreement")
    y = run(news("The National Council for Migration is to adopt the Migration Strategy 2030 next year."))
    assert not has(y, "National Council for Migration", "adopts", "Migration Strategy")
    z = run(news("The National Council for Migration adopted the Migration Strategy 2030 last year."))
    assert has(z, "National Council for Migration", "adopts", "Migration Strategy")


def test_a_parent_body_in_an_apposition_does_not_act() -> None:
    x = run(
        news(
            "Lima - The Peruvian Cooperation Agency (APCI), of the Ministry of Foreign Affairs (MRE), and "
            "the International Labour Organization (ILO) signed, at the end of 2021, a new project to "
            "support the Regional Initiative on Child Migration."
        )
    )
    assert has(x, "Peruvian Cooperation Agency", "memberOf", "Ministry of Foreign Affairs")
    assert has(x, "Peruvian Cooperation Agency", "partnersWith", "International Labour Organization")
    assert not has(x, "Ministry of Foreign Affairs", "partnersWith", "International Labour Organization")
    assert not has(x, "Ministry of Foreign Affairs", "supports", "Regional Initiative")


def test_the_bodies_of_a_joint_initiative_are_partners() -> None:
    x = run(
        news(
            "The joint initiative by the UNODC and the European Union (EU) is supported by the International "
            "Organization for Migration (IOM) and UNICEF, and shall remain in effect until 2025."
        )
    )
    assert has(x, "United Nations Office on Drugs", "partnersWith", "European Union")
    assert not has(x, "European Union", "partnersWith", "International Organization for Migration")


def test_those_who_met_for_the_conference_take_part() -> None:
    x = run(
        news(
            "Ministers and representatives from all over the world, along with the African Union and "
            "international and UN organisations, met in Rabat for the sixth Ministerial Conference of the "
            "Rabat Process on 3-4 May 2024."
        )
    )
    assert has(x, "African Union", "participatesIn", "sixth Ministerial Conference")
    assert not has(x, "United Nations", "participatesIn", "sixth Ministerial Conference")
    y = run(
        news(
            "After Kenya said it would stay away, Uganda and Tanzania met in Nairobi for the East African "
            "Summit."
        )
    )
    assert not has(y, "Kenya", "participatesIn", "East African Summit")


def test_a_body_takes_part_in_its_own_meeting() -> None:
    x = run(
        news(
            "The Group of Experts on Migrant Rights (GEMR) has taken stock of its 10 years of monitoring, "
            "on the occasion of its 30th plenary meeting."
        )
    )
    assert has(x, "Group of Experts on Migrant Rights", "participatesIn", "30th plenary meeting")


def test_a_list_after_the_event_they_took_part_in() -> None:
    x = run(
        news(
            "Europol coordinated the Joint Action Days against trafficking.",
            "The following countries participated in the Joint Action Days: Austria, Bulgaria and Croatia.",
        )
    )
    for country in ("Austria", "Bulgaria", "Croatia"):
        assert has(x, country, "participatesIn", "Joint Action Days"), country


def test_a_colon_after_an_event_an_actor_took_part_in_lists_no_participants() -> None:
    x = run(news("Peru took part in the Andean Forum: Chile and Bolivia sent no one."))
    assert has(x, "Peru", "participatesIn", "Andean Forum")
    assert not has(x, "Chile", "participatesIn", "Andean Forum")


def test_a_list_of_those_who_did_not_take_part_is_no_participation() -> None:
    for sentence in (
        "Two countries did not take part in the Andean Forum: Chile and Bolivia.",
        "Five countries refused to take part in the Andean Forum: Chile, Bolivia and Peru.",
    ):
        assert not has(run(news(sentence)), "Chile", "participatesIn", "Andean Forum"), sentence


def test_an_acronym_between_the_event_and_its_list() -> None:
    x = run(
        news(
            "The following countries took part in the Joint Action Days (JAD): Austria, Bulgaria and Croatia."
        )
    )
    assert has(x, "Croatia", "participatesIn", "Joint Action Days")


@pytest.mark.parametrize(
    "text",
    [
        "Since May, the Ministry of Health has been working alongside UNICEF on vaccination.",
        "The Ministry of Health acted in coordination with UNICEF during the outbreak.",
    ],
)
def test_coordination_and_working_alongside_are_partnership(text: str) -> None:
    assert has(run(news(text)), "Ministry of Health", "partnersWith", "United Nations Children")


def test_partners_listed_after_an_unnamed_subject_are_not_each_other_s() -> None:
    # the sentence opens the text: no earlier subject to fall back on
    ex = run("The agency worked together with the Gender Policy Council and the Domestic Policy Council.")
    assert not has(ex, "Gender Policy Council", "partnersWith", "Domestic Policy Council")


@pytest.mark.parametrize(
    "text",
    [
        "The workshop, organized by UNODC, brought together officials from Ghana and Nigeria.",
        "Hosted by Kenya, representatives of Uganda and Tanzania discussed labour migration.",
        "The consultation was convened by UNHCR, and Jordan and Lebanon presented their plans.",
    ],
)
def test_one_organiser_and_a_later_list_are_no_partners(text: str) -> None:
    assert not [r for r in run(news(text)).relations if r.predicate == "partnersWith"]
