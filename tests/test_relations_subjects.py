"""Actors the sentence does not name, objects by anaphora, and who a person speaks for."""

from __future__ import annotations

from extract_util import by_rules, has, run_titled, typed


def test_a_unit_of_a_ministry_is_two_bodies_and_its_head_represents_both() -> None:
    x = run_titled(
        "Moldova trains border guards\n\n"
        "Ion Rusu, head of the Border Police Service of the Ministry of Internal Affairs, opened the course. "
        "The Anti-Fraud Unit of the National Customs Directorate will implement the National Customs "
        "Strategy 2026-2030."
    )
    found = typed(x)
    assert ("Organization", "Border Police Service") in found
    assert ("Organization", "Ministry of Internal Affairs") in found
    assert ("Organization", "Anti-Fraud Unit") in found
    assert has(x, "Ion Rusu", "represents", "Border Police Service")
    assert has(x, "Ion Rusu", "represents", "Ministry of Internal Affairs")
    assert has(x, "Anti-Fraud Unit", "implements", "National Customs Strategy")
    assert not has(x, "National Customs Directorate", "implements", "National Customs Strategy")


def test_an_office_of_a_commissioner_stays_whole() -> None:
    x = run_titled("Talks\n\nThe Office of the Ombudsman for Children of Ghana opened a hotline.")
    assert not any(label == "Ombudsman for Children of Ghana" for _t, label in typed(x))


def test_an_apposition_with_a_possessive_office_gives_represents() -> None:
    x = run_titled(
        "Talks close\n\n"
        '"We leave with a plan," said Rosa Delgado Paz, Peru\'s Undersecretary of the Interior, who chaired '
        "the talks. Hugo Marin Soto, the WFP's Head of Programmes in Quito, spoke next."
    )
    assert has(x, "Rosa Delgado Paz", "represents", "Peru")
    assert has(x, "Hugo Marin Soto", "represents", "World Food Programme")


def test_an_apposition_without_an_office_gives_nothing() -> None:
    x = run_titled(
        "Talks close\n\n"
        "Ana Lima Costa, Brazil's best-known union leader, disagreed. "
        "Jose Paz Soto, Peru's capital city mayor, spoke."
    )
    assert not has(x, "Ana Lima", "represents", "Brazil")
    assert not has(x, "Jose Paz", "represents", "Peru")


def test_a_delegates_government_acts_for_the_country() -> None:
    x = run_titled(
        "Assembly debates labour migration\n\n"
        "The representative of Ecuador, Lucia Mendez Paz, said recruitment fraud was rising. "
        "Her Government had adopted the National Plan for Fair Recruitment (2026-2029), she said, and was "
        "working with Peru and Bolivia. The representative of Ghana, Kofi Mensah Boateng, said his "
        "Government had drafted a law together with the Federation of Ghanaian Trade Unions."
    )
    assert has(x, "Ecuador", "adopts", "National Plan for Fair Recruitment")
    assert has(x, "Ecuador", "partnersWith", "Peru") or has(x, "Peru", "partnersWith", "Ecuador")
    assert not has(x, "Lucia Mendez Paz", "adopts", "National Plan for Fair Recruitment")
    assert not has(x, "Lucia Mendez Paz", "partnersWith", "Peru")
    assert has(x, "Ghana", "partnersWith", "Federation of Ghanaian") or has(
        x, "Federation of Ghanaian", "partnersWith", "Ghana"
    )


def test_a_delegates_own_act_stays_the_delegates() -> None:
    x = run_titled(
        "Assembly debates labour migration\n\n"
        "The representative of Ecuador, Lucia Mendez Paz, said recruitment fraud was rising. "
        "She welcomed the Global Compact for Safe, Orderly and Regular Migration."
    )
    assert has(x, "Lucia Mendez Paz", "supports", "Global Compact")


JOINT = (
    "Joint Statement of the Second EU-Senegal Dialogue on Labour Migration\n\n"
    "1. The second dialogue between the European Union and the Republic of Senegal on labour migration "
    "took place in Dakar on 3 March 2026.\n\n"
    "2. Both sides welcomed the Global Compact for Safe, Orderly and Regular Migration.\n\n"
    "3. Spain and Italy presented their seasonal worker schemes.\n\n"
    "4. The two sides reaffirmed their support for the Rabat Process Action Plan.\n"
)


def test_both_sides_are_the_two_parties_of_the_opening() -> None:
    x = run_titled(JOINT)
    assert has(x, "European Union", "supports", "Global Compact")
    assert has(x, "Senegal", "supports", "Global Compact")
    assert not has(x, "Spain", "supports", "Global Compact")
    assert not has(x, "Italy", "supports", "Rabat Process Action Plan")


AGENCIES = (
    "Agencies meet\n\n"
    "The conference was hosted by Peru, with support from the World Food Programme (WFP) and the "
    "United Nations Children's Fund (UNICEF). The two agencies jointly lead the Andean Nutrition Alliance. "
    "Both agencies welcomed the National Food Security Plan 2026-2030."
)


def test_the_two_agencies_are_the_two_bodies_named_together_before() -> None:
    x = run_titled(AGENCIES)
    assert has(x, "World Food Programme", "memberOf", "Andean Nutrition Alliance")
    assert has(x, "United Nations Children", "memberOf", "Andean Nutrition Alliance")
    assert has(x, "World Food Programme", "supports", "National Food Security Plan")
    assert has(x, "United Nations Children", "supports", "National Food Security Plan")
    assert not has(x, "Andean Nutrition Alliance", "supports", "National Food Security Plan")


def test_the_two_agencies_with_no_two_bodies_named_gives_nothing() -> None:
    x = run_titled(
        "Agencies meet\n\n"
        "The World Food Programme opened an office in Lima. "
        "The two agencies welcomed the National Food Security Plan 2026-2030."
    )
    assert not has(x, "World Food Programme", "supports", "National Food Security Plan")


def test_holding_the_presidency_of_a_body_is_membership() -> None:
    x = run_titled(
        "Summit\n\n"
        "The summit was hosted by Uruguay, which holds the pro tempore presidency of the Southern Common "
        "Market (MERCOSUR). The Secretariat was led by Ana Lima Costa."
    )
    assert has(x, "Uruguay", "memberOf", "Southern Common Market")


def test_welcomed_the_plan_is_the_texts_plan_not_one_named_in_passing() -> None:
    x = run_titled(
        "Malawi launches heat plan\n\n"
        "Malawi has launched its National Heat Resilience Plan 2026-2031. The plan sets out 30 actions. "
        "The plan was drafted with farmers. Officials said it is aligned with the Malawi Growth Plan. "
        "Implementation will cost $2 billion.\n\nGrace Phiri Banda, coordinator of the Malawi Farmers Union, "
        "welcomed the plan."
    )
    assert has(x, "Grace Phiri Banda", "supports", "National Heat Resilience Plan")
    assert not has(x, "Grace Phiri Banda", "supports", "Malawi Growth Plan")


def test_the_plan_named_last_in_the_same_sentence_is_the_plan() -> None:
    x = run_titled(
        "Malawi launches heat plan\n\n"
        "Malawi has launched its National Heat Resilience Plan 2026-2031. The plan sets out 30 actions. "
        "The plan was drafted with farmers. Donors funded the Malawi Growth Plan, and UNICEF welcomed "
        "the plan."
    )
    assert has(x, "United Nations Children", "supports", "Malawi Growth Plan")


def test_welcomed_the_agreement_is_the_roadmap_the_lead_names() -> None:
    x = run_titled(
        "Andean states agree roadmap\n\n"
        "Ministers from six Andean countries on Friday closed their meeting by agreeing the Lima Roadmap on "
        "Labour Mobility (2026-2029). Ana Lima Costa, the ILO's Director for the Andean Countries, welcomed "
        "the agreement."
    )
    assert has(x, "Ana Lima Costa", "supports", "Lima Roadmap on Labour Mobility")


def test_the_agreement_is_the_mou_when_one_is_named() -> None:
    x = run_titled(
        "Nepal and Qatar sign MoU\n\n"
        "Nepal adopted the National Migration Strategy 2026-2030 last year. Nepal and Qatar signed a "
        "Memorandum of Understanding on Labour Mobility on Monday. The ILO welcomed the agreement."
    )
    assert has(x, "International Labour Organization", "supports", "Memorandum of Understanding")
    assert not has(x, "International Labour Organization", "supports", "National Migration Strategy")


def test_it_prepared_with_funding_from_gives_author_and_backers() -> None:
    x = run_titled(
        "Malawi launches heat plan\n\n"
        "Malawi has launched the National Heat Resilience Plan 2026-2031. It was prepared by the Ministry "
        "of Natural Resources with funding from the Global Environment Facility (GEF), whose grant was "
        "channelled through the United Nations Children's Fund (UNICEF)."
    )
    assert has(x, "Ministry of Natural Resources", "adopts", "National Heat Resilience Plan")
    assert has(x, "Global Environment Facility", "supports", "National Heat Resilience Plan")
    assert has(x, "United Nations Children", "supports", "National Heat Resilience Plan")


def test_funding_from_without_it_gives_no_backer_here() -> None:
    x = run_titled(
        "Malawi launches heat plan\n\n"
        "Malawi has launched the National Heat Resilience Plan 2026-2031. "
        "Farmers said they had seen no funding from the Global Environment Facility (GEF)."
    )
    assert not has(x, "Global Environment Facility", "supports", "National Heat Resilience Plan")


def test_a_role_in_a_bodys_unit_represents_the_unit_too() -> None:
    x = run_titled(
        "Talks\n\nThe meeting was opened by Anna Berg Holm, Director of the Ministry of Labour's Labour "
        "Inspection Department."
    )
    assert has(x, "Anna Berg Holm", "represents", "Ministry of Labour")
    assert has(x, "Anna Berg Holm", "represents", "Labour Inspection Department")


def test_it_was_co_chaired_by_gives_participation_in_the_meeting_before() -> None:
    x = run_titled(
        "Talks\n\nThe Second Andean Labour Mobility Forum took place in Lima on 3 May. It was co-chaired by "
        "Anna Berg Holm, Director of the Ministry of Labour, and Jose Paz Soto, Secretary-General of the "
        "Andean Community."
    )
    assert has(x, "Anna Berg Holm", "participatesIn", "Second Andean Labour Mobility Forum")
    assert has(x, "Jose Paz Soto", "participatesIn", "Second Andean Labour Mobility Forum")


def test_it_was_chaired_by_refers_to_the_meeting_named_just_before() -> None:
    x = run_titled(
        "Talks\n\nPeru said on Monday that it had sent ministers to the Second Andean Labour Mobility Forum. "
        "It was chaired by Anna Berg Holm."
    )
    assert has(x, "Anna Berg Holm", "participatesIn", "Second Andean Labour Mobility Forum")


def test_it_was_chaired_by_with_no_meeting_in_reach_gives_nothing() -> None:
    x = run_titled(
        "Talks\n\nThe Second Andean Labour Mobility Forum opened in Lima. Peru sent four ministers and "
        "promised more funds for inspectors. It was chaired by Anna Berg Holm."
    )
    assert not has(x, "Anna Berg Holm", "participatesIn", "Second Andean Labour Mobility Forum")


def test_an_agreement_introduced_unnamed_is_not_the_lead_plan() -> None:
    x = run_titled(
        "Andean states agree roadmap\n\n"
        "Ministers from six Andean countries on Friday agreed the Lima Roadmap on Labour Mobility "
        "(2026-2029). Separately, Peru and Chile signed an agreement on fisheries. The ILO welcomed the "
        "agreement."
    )
    assert not has(x, "International Labour Organization", "supports", "Lima Roadmap")


def test_coordinating_a_ministry_is_no_membership() -> None:
    x = run_titled("Talks\n\nUNICEF will coordinate the Ministry of Health and the Ministry of Education.")
    assert not has(x, "United Nations Children", "memberOf", "Ministry of Health")


def test_speaking_as_coordinator_of_a_group_represents_it() -> None:
    x = run_titled(
        "Assembly debate\n\n"
        "The representative of Portugal, Rui Costa Lima, said the text had broad support. Speaking also as "
        "coordinator of the Group of Friends of Migrant Workers, he said the group would meet in May. "
        "Speaking as Chair of the African Group, Ambassador Kofi Mensah Boateng said more was needed."
    )
    assert has(x, "Rui Costa Lima", "represents", "Group of Friends of Migrant Workers")
    assert has(x, "Kofi Mensah Boateng", "represents", "African Group")
    assert not has(x, "Rui Costa Lima", "represents", "African Group")


def test_both_of_which_it_has_ratified_and_of_which_it_is_a_member() -> None:
    x = run_titled(
        "Talks\n\n"
        "An official said the plan would help Ghana meet its duties under the Domestic Workers Convention, "
        "2011 (No. 189) and the ECOWAS Protocol on Free Movement, both of which it has ratified. Ghana will "
        "share data through the West African Police Information System (WAPIS), of which it is a founding "
        "member."
    )
    assert has(x, "Ghana", "adopts", "Domestic Workers Convention")
    assert has(x, "Ghana", "adopts", "ECOWAS Protocol on Free Movement")
    assert has(x, "Ghana", "memberOf", "West African Police Information System")


def test_which_it_has_not_ratified_gives_nothing() -> None:
    x = run_titled(
        "Talks\n\n"
        "Officials said Ghana still lacked the Domestic Workers Convention, 2011 (No. 189), which it has not "
        "ratified. Ghana and Togo discussed the ECOWAS Protocol on Free Movement, which it signed."
    )
    assert not has(x, "Ghana", "adopts", "Domestic Workers Convention")
    # "which it signed" after two countries: the rules take no side; the pair model may
    assert not has(by_rules(x), "Ghana", "adopts", "ECOWAS Protocol on Free Movement")


def test_the_parties_of_a_bilateral_text_are_its_two_countries() -> None:
    x = run_titled(
        "Ghana and Togo sign labour accord\n\n"
        "Ghana and Togo on Monday signed the Accra Accord on Labour Mobility. The parties also welcomed the "
        "Global Compact for Safe, Orderly and Regular Migration. Several parties to the Convention spoke."
    )
    assert has(x, "Ghana", "supports", "Global Compact")
    assert has(x, "Togo", "supports", "Global Compact")


def test_his_government_opening_a_sentence_is_the_delegates_country() -> None:
    x = run_titled(
        "Council debate\n\n"
        "The representative of Denmark, Lars Holm Berg, said the situation was grave. His Government had "
        "adopted the National Action Plan against Human Trafficking 2026-2029."
    )
    assert has(x, "Denmark", "adopts", "National Action Plan against Human Trafficking")
    assert not has(x, "Lars Holm Berg", "adopts", "National Action Plan against Human Trafficking")


def test_the_two_sides_after_a_second_pair_of_countries_are_that_pair() -> None:
    x = run_titled(
        "Regional news\n\n"
        "Ghana and Togo met in Lome on Monday to discuss fisheries. In a separate meeting, India and Nepal "
        "discussed labour mobility. The two sides welcomed the Global Compact for Safe, Orderly and Regular "
        "Migration."
    )
    assert has(x, "India", "supports", "Global Compact")
    assert has(x, "Nepal", "supports", "Global Compact")
    assert not has(x, "Ghana", "supports", "Global Compact")


def test_the_plan_right_after_a_new_plan_is_named_is_the_new_plan() -> None:
    x = run_titled(
        "Malawi launches heat plan\n\n"
        "Malawi has launched its National Heat Resilience Plan 2026-2031. The plan sets out 30 actions. "
        "The plan was drafted with farmers. UNICEF also presented the Malawi Child Nutrition Plan. "
        "Norway welcomed the plan."
    )
    assert has(x, "Norway", "supports", "Malawi Child Nutrition Plan")
    assert not has(x, "Norway", "supports", "National Heat Resilience Plan")


def test_a_body_which_a_country_chairs_has_it_as_member() -> None:
    x = run_titled(
        "Talks\n\n"
        "Officials will report to the Southern African Development Community (SADC), which Malawi chairs. "
        "The Lilongwe Forum on Migration, which Zambia chaired, closed on Friday."
    )
    assert has(x, "Malawi", "memberOf", "Southern African Development Community")
    assert not has(x, "Zambia", "memberOf", "Lilongwe Forum")


def test_a_unit_named_with_its_body_is_its_member() -> None:
    x = run_titled(
        "Talks\n\n"
        "The Anti-Fraud Unit of the National Customs Directorate met staff of the ILO's International "
        "Labour Standards Department. Kenya's Ministry of Labour attended. The Council of the European "
        "Union sent observers."
    )
    assert has(x, "Anti-Fraud Unit", "memberOf", "National Customs Directorate")
    assert has(x, "International Labour Standards Department", "memberOf", "International Labour Org")
    assert not has(x, "Ministry of Labour", "memberOf", "Kenya")


def test_a_report_backed_by_a_donor_makes_its_author_a_partner() -> None:
    x = run_titled(
        "NGO report\n\n"
        "Ghana is failing domestic workers, according to a report released on Monday by the Accra Centre "
        "for Labour Rights. The report was produced with support from the European Union."
    )
    assert has(x, "Accra Centre for Labour Rights", "partnersWith", "European Union") or has(
        x, "European Union", "partnersWith", "Accra Centre for Labour Rights"
    )


def test_a_backed_report_without_a_named_author_gives_nothing() -> None:
    x = run_titled(
        "NGO report\n\n"
        "Ghana and the Accra Centre for Labour Rights discussed a new report. The report was produced with "
        "support from the European Union."
    )
    assert not has(x, "Accra Centre for Labour Rights", "partnersWith", "European Union")
    assert not has(x, "European Union", "partnersWith", "Accra Centre for Labour Rights")


def test_to_which_a_country_acceded_is_its_adoption() -> None:
    x = run_titled(
        "Talks\n\n"
        "Both sides underlined the importance of the Convention on the Rights of the Child, to which Ghana "
        "acceded in 1990. Officials recalled the Labour Migration Charter, to which Togo signed up."
    )
    assert has(x, "Ghana", "adopts", "Convention on the Rights of the Child")
    assert not has(by_rules(x), "Togo", "adopts", "Labour Migration Charter")  # "signed up": no rule reads it


def test_critics_and_supporters_of_an_actor_speak_for_themselves() -> None:
    x = run_titled(
        "Reactions\n\n"
        "Kenya welcomed the National Action Plan on Monday. "
        "Critics of Minister Ana Ruiz stressed the need to end child labour. "
        "Opponents of the current Government of Uganda called for the repeal of the Refugee Act 2021. "
        "Supporters of Ghana welcomed the National Action Plan. "
        "Critics of Chile, Peru and Bolivia called for an end to forced labour. "
        "An ally of President Ali Musa called for the repeal of the Refugee Act 2021."
    )
    assert not has(x, "Ana Ruiz", "callsFor", "child labour")
    assert not has(x, "Uganda", "callsFor", "Refugee Act 2021")
    assert not has(x, "Ghana", "supports", "National Action Plan")
    for country in ("Chile", "Peru", "Bolivia"):
        assert not has(x, country, "callsFor", "forced labour")
    assert not has(x, "Ali Musa", "callsFor", "Refugee Act 2021")
    assert not has(x, "Kenya", "callsFor", "Refugee Act 2021")  # nobody else takes the critics' call
    y = run_titled("Reactions\n\nThe Government of Kenya called for the repeal of the Refugee Act 2021.")
    assert has(y, "Kenya", "callsFor", "Refugee Act 2021")  # the actor itself still acts


def test_the_pair_model_leaves_an_actor_its_critics_or_allies_name() -> None:
    x = run_titled(
        "Charter signed\n\n"
        "Allies of Kenya signed the Labour Migration Charter. "
        "Ghana signed a memorandum of understanding with the allies of Mali on labour migration."
    )
    assert not has(x, "Kenya", "adopts", "Labour Migration Charter")
    assert not has(x, "Ghana", "partnersWith", "Mali")


def test_the_backers_of_an_instrument_named_after_it_are_its_signatories() -> None:
    x = run_titled(
        "Compact\n\nSupporters of the Global Compact for Migration, Chile and Peru, signed it on Monday."
    )
    assert has(x, "Chile", "adopts", "Global Compact for Migration")
    assert has(x, "Peru", "adopts", "Global Compact for Migration")


def test_the_countries_of_a_body_act_not_the_body() -> None:
    x = run_titled(
        "Reviews\n\n"
        "Ghana was among the 40 countries of the United Nations that presented a Voluntary National Review "
        "on the implementation of the 2030 Agenda for Sustainable Development at the High-level Political "
        "Forum."
    )
    assert not has(x, "United Nations", "implements", "2030 Agenda for Sustainable Development")
    assert not has(x, "United Nations", "participatesIn", "High-level Political Forum")
