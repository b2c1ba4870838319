"""Relation precision on unseen wording: places, conjoined passives, topics of cooperation, short
forms named in quotations, doubts, relative clauses, "we" of a body, a report's voice, cues inside
names, bodies created by a law, helping a body, instruments cited as authority."""

from __future__ import annotations

import pytest

from tests.extract_util import by_rules, has, news, run


def test_partner_phrase_closing_a_clause_is_the_subjects_not_the_places():
    text = news(
        "NAIROBI, 3 May 2027 - The International Labour Organization (ILO) and the International "
        "Organization for Migration (IOM) today launched the Fair Harvest Programme, a scheme to end "
        "child labour in four districts of Kenya, together with the Ministry of Education."
    )
    got = run(text)
    assert has(got, "International Labour Organization", "partnersWith", "Ministry of Education")
    assert has(got, "International Organization for Migration", "partnersWith", "Ministry of Education")
    assert not has(got, "Kenya", "partnersWith", "Ministry of Education")


def test_country_named_as_where_people_come_from_is_no_partner():
    text = news(
        "Of this, EUR 50 million will go to schools for refugees from Sudan, delivered in partnership "
        "with the United Nations Children's Fund (UNICEF)."
    )
    assert not has(run(text), "Sudan", "partnersWith", "United Nations Children")


def test_country_acting_before_a_partner_phrase_still_partners():
    text = news(
        "Ghana, together with the International Organization for Migration, launched the Safe Roads Plan."
    )
    assert has(run(text), "Ghana", "partnersWith", "International Organization for Migration")


def test_second_passive_verb_is_said_of_the_sentence_subject():
    text = news(
        "The Safe Harbours Project will be implemented under the Regional Programme on Maritime Safety "
        "and is funded by Norway and Canada, which together gave US$5 million."
    )
    got = run(text)
    assert has(got, "Norway", "supports", "Safe Harbours Project")
    assert has(got, "Canada", "supports", "Safe Harbours Project")
    assert not has(got, "Norway", "supports", "Regional Programme on Maritime Safety")


def test_passive_after_the_item_itself_is_unchanged():
    text = news("Kenya launched the Safe Harbours Project, which is funded by Norway.")
    assert has(run(text), "Norway", "supports", "Safe Harbours Project")


def test_fight_listed_as_a_field_of_cooperation_is_no_call():
    text = news(
        "Norway and Tunisia today signed a Memorandum of Understanding on Maritime Security, setting out "
        "how they will work together on search and rescue, the fight against human trafficking and port "
        "safety."
    )
    got = run(text)
    assert not has(got, "Norway", "callsFor", "human trafficking")
    assert not has(got, "Tunisia", "callsFor", "human trafficking")
    assert has(got, "Norway", "adopts", "Memorandum of Understanding on Maritime Security")
    assert has(got, "Memorandum of Understanding on Maritime Security", "addresses", "human trafficking")


def test_fight_called_for_still_is_a_call():
    text = news("Tunisia urged its neighbours to step up the fight against human trafficking.")
    assert has(run(text), "Tunisia", "callsFor", "human trafficking")


def test_short_form_outside_a_quotation_skips_an_instrument_named_only_in_quoted_words():
    text = (
        "Kenya ratifies the Maritime Labour Convention\n\n"
        "NAIROBI - Kenya's Parliament approved the ratification of the Maritime Labour Convention, 2006. "
        "The Convention sets minimum standards for seafarers. "
        "The Minister said the Convention would protect crews.\n\n"
        '"We call on the Government to ratify the Work in Fishing Convention too," said the union leader.\n\n'
        "Opposition member Daniel Otieno said he supported the Convention but feared the State lacked the "
        "inspectors to enforce it."
    )
    got = run(text)
    assert has(got, "Daniel Otieno", "supports", "Maritime Labour Convention")
    assert not has(got, "Daniel Otieno", "supports", "Work in Fishing Convention")
    assert not has(got, "Daniel Otieno", "implements", "Maritime Labour Convention")


def test_short_form_right_after_a_second_instrument_is_that_one():
    text = news(
        "Kenya ratified the Maritime Labour Convention in 2014. Peru ratified the Work in Fishing Convention "
        "in 2019. Chile supports the Convention."
    )
    got = run(text)
    assert has(got, "Chile", "supports", "Work in Fishing Convention")


def test_doubted_enforcement_is_no_implementation():
    text = news("Amina Yusuf said Nigeria could not enforce the Anti-Trafficking Act without more judges.")
    assert not has(run(text), "Nigeria", "implements", "Anti-Trafficking Act")


def test_stated_enforcement_is_implementation():
    text = news("Nigeria enforces the Anti-Trafficking Act in all states.")
    assert has(run(text), "Nigeria", "implements", "Anti-Trafficking Act")


def test_cue_in_a_relative_clause_does_not_reach_an_item_after_it():
    text = news(
        "Justice Minister Maria Okonkwo, who presented the bill to senators, said the Domestic Workers "
        "Convention would protect women across the country."
    )
    assert not has(run(text), "Maria Okonkwo", "adopts", "Domestic Workers Convention")


def test_cue_in_a_relative_clause_naming_its_item_stays():
    text = news(
        "Justice Minister Maria Okonkwo, who signed the Domestic Workers Convention in 2019, said the law "
        "would follow."
    )
    assert has(run(text), "Maria Okonkwo", "adopts", "Domestic Workers Convention")


def test_endorsement_by_unnamed_countries_is_not_the_speakers():
    text = news(
        "Our Foreign Minister launched the Coral Reef Initiative, and I thank the forty countries that have "
        "endorsed it, said Ambassador Lena Moss of Fiji."
    )
    got = run(text)
    assert not has(got, "Fiji", "supports", "Coral Reef Initiative")


def test_we_of_a_bodys_official_is_the_body():
    text = news(
        '"We call on the Government to ratify the Work in Fishing Convention," said Grace Atieno, '
        "secretary-general of the Kenya Seafarers Union."
    )
    got = run(text)
    assert has(got, "Kenya Seafarers Union", "callsFor", "Work in Fishing Convention")


def test_officials_own_call_without_we_is_not_the_bodys():
    text = news(
        '"The Government must ratify the Work in Fishing Convention," said Grace Atieno, '
        "secretary-general of the Kenya Seafarers Union."
    )
    assert not has(run(text), "Kenya Seafarers Union", "callsFor", "Work in Fishing Convention")


def test_a_report_speaks_for_its_author():
    text = news(
        'The report, "Broken Promises", by the Lagos-based Centre for Migrant Justice, says the law is '
        "ignored. The report urges the Ministry of Labour to inspect farms. It also calls for the full "
        "implementation of the Palermo Protocol."
    )
    assert has(run(text), "Centre for Migrant Justice", "callsFor", "Protocol")


def test_it_after_a_sentence_not_of_the_report_is_not_the_author():
    text = news(
        'The report, "Broken Promises", by the Lagos-based Centre for Migrant Justice, says the law is '
        "ignored. The Minister rejected the findings. It also calls for the full implementation of the "
        "Palermo Protocol."
    )
    assert not has(run(text), "Centre for Migrant Justice", "callsFor", "Protocol")


def test_cue_inside_a_name_is_no_cue():
    text = news(
        "Peru adopted the Migrant Protection Act in 2024. The Agency for the Fight against Smuggling, "
        "which the Act created to coordinate the response, has met twice."
    )
    got = run(text)
    assert not has(got, "Agency for the Fight against Smuggling", "callsFor", "Migrant Protection Act")
    assert has(got, "Agency for the Fight against Smuggling", "implements", "Migrant Protection Act")


def test_body_established_under_a_law_implements_it():
    text = news("The National Labour Inspectorate, established under the Decent Work Act, visited 300 farms.")
    assert has(run(text), "National Labour Inspectorate", "implements", "Decent Work Act")


def test_supporting_a_body_in_doing_is_partnership():
    text = news(
        "Peru adopted the National Plan against Forced Labour in May. The International Labour Organization "
        "will also support the National Labour Inspectorate in monitoring the Plan."
    )
    got = run(text)
    assert has(got, "International Labour Organization", "partnersWith", "National Labour Inspectorate")
    assert not has(got, "National Labour Inspectorate", "implements", "National Plan against Forced Labour")


def test_instrument_cited_as_authority_is_supported_not_called_for():
    text = news(
        "We urge lenders to include debt pause clauses in their loans, as the Bridgetown Agenda for "
        "Small States recommends, said Fiji."
    )
    got = run(text)
    assert not any(
        r.predicate == "callsFor" and "Bridgetown Agenda" in o.label
        for r in got.relations
        for o in got.entities
        if o.iri == r.object
    )


def test_cooperating_with_a_body_is_partnership():
    text = news(
        "The minister said that Jordan, which is not a party to the Convention on Migrant Workers, would "
        "keep cooperating with IOM under the 2015 Framework Agreement."
    )
    assert has(run(text), "Jordan", "partnersWith", "International Organization for Migration")


def test_urged_to_cooperate_is_no_partnership():
    text = news("Amnesty International urged Jordan to cooperate with IOM.")
    assert not has(run(text), "Jordan", "partnersWith", "International Organization for Migration")
    assert not has(
        run(text), "Amnesty International", "partnersWith", "International Organization for Migration"
    )


def test_drawn_up_by_is_adoption():
    text = news(
        "The National Action Plan against Trafficking was drawn up by the National Anti-Trafficking Council."
    )
    assert has(
        run(text), "National Anti-Trafficking Council", "adopts", "National Action Plan against Trafficking"
    )


def test_report_of_two_authors_speaks_for_neither_alone():
    text = news(
        "A report released today by the International Organization for Migration (IOM) and the African "
        "Union finds more displacement. The report urges donors to act. It also calls for the rapid "
        "ratification of the Kampala Convention."
    )
    assert not has(run(text), "International Organization for Migration", "callsFor", "Kampala Convention")


def test_a_pledge_to_present_a_policy_is_not_its_adoption():
    text = news(
        "Ghana, which will host next year's summit in Accra, pledged to present its National Migration "
        "Policy before then."
    )
    assert not has(run(text), "Ghana", "adopts", "National Migration Policy")


def test_procedures_to_ratify_are_not_a_ratification():
    text = news(
        "We are now completing the domestic procedures to ratify the Maritime Labour Convention, said the "
        "delegate of Fiji."
    )
    assert not has(run(text), "Fiji", "adopts", "Maritime Labour Convention")


def test_a_ratification_stated_is_still_adoption():
    assert has(
        run(news("Fiji ratified the Maritime Labour Convention in 2014.")), "Fiji", "adopts", "Maritime"
    )


def test_must_ask_is_a_question_not_a_call():
    text = news(
        "Ten years on, we must ask what has changed for the workers the Global Compact for Migration was "
        "written for, said the delegate of Fiji."
    )
    assert not has(run(text), "Fiji", "callsFor", "Global Compact")


@pytest.mark.parametrize(
    "text",
    [
        "Chile asked whether Peru had ratified the Palermo Protocol.",
        "Chile asked Peru whether it had ratified the Palermo Protocol.",
        "Norway asks Kenya if it will sign the Global Compact for Migration.",
        "The delegate of Chile asked if Peru had adopted the National Plan against Child Labour.",
        "Canada asked if Mexico would ratify the Palermo Protocol.",
    ],
)
def test_asking_whether_someone_acted_is_a_question_not_a_call_nor_the_act(text):
    ex = run(news(text))
    assert not [r for r in ex.relations if r.predicate in ("callsFor", "adopts", "supports")]


@pytest.mark.parametrize(
    "text",
    [
        "It is not known whether Ghana has signed the Paris Agreement.",
        "It remains unclear whether Kenya ratified the Palermo Protocol.",
    ],
)
def test_an_act_after_unclear_whether_is_not_done(text):
    assert not [r for r in run(news(text)).relations if r.predicate == "adopts"]


def test_asking_someone_to_act_is_still_a_call():
    assert has(run(news("Chile asked Peru to ratify the Palermo Protocol.")), "Chile", "callsFor", "Protocol")


@pytest.mark.parametrize(
    "text",
    [
        "Norway asked Kenya, if possible, to ratify the Paris Agreement.",
        "Norway asked Kenya to ratify the Paris Agreement if possible.",
    ],
)
def test_an_aside_or_a_condition_after_asking_is_no_question(text):
    ex = run(news(text))
    assert has(ex, "Norway", "callsFor", "Paris Agreement") and not has(
        ex, "Kenya", "adopts", "Paris Agreement"
    )


def test_an_aside_with_its_own_if_after_asking_is_no_question():
    ex = run(
        news("Norway asked Kenya, even if it had not signed the Protocol, to ratify the Palermo Protocol.")
    )
    assert has(ex, "Norway", "callsFor", "Protocol") and not has(ex, "Kenya", "adopts", "Protocol")


def test_an_if_after_the_asked_act_leaves_the_asker_s_own_act():
    text = "Kenya has asked donors to help if needed and has adopted the National Climate Change Action Plan."
    assert has(run(news(text)), "Kenya", "adopts", "National Climate Change Action Plan")


def test_the_act_he_said_gives_effect_is_the_acts_not_the_speakers():
    text = news(
        "Minister Rohan Clarke welcomed the vote. The Act, he said, gives effect to the Protocol against "
        "the Smuggling of Migrants by Land, Sea and Air."
    )
    assert not has(run(text), "Rohan Clarke", "implements", "Protocol against the Smuggling")


def test_it_replaces_the_old_plan_and_was_developed_by_is_not_the_old_plans():
    text = news(
        "Kenya launched the National Action Plan against Trafficking (2026-2030) on Monday. It replaces the "
        "National Action Plan against Trafficking (2020-2024) and was developed by the Counter-Trafficking "
        "Secretariat after consultations."
    )
    got = run(text)
    assert has(
        got, "Counter-Trafficking Secretariat", "adopts", "National Action Plan against Trafficking (2026-"
    )
    assert not any(
        r.predicate == "adopts" and "2020" in o.label and "Secretariat" in s.label
        for r in got.relations
        for o in got.entities
        for s in got.entities
        if o.iri == r.object and s.iri == r.subject
    )


def test_instrument_named_as_the_response_to_an_issue_addresses_it():
    text = news(
        "We reaffirm our support for the Kampala Convention as the continental response to forced "
        "displacement."
    )
    assert has(run(text), "Kampala Convention", "addresses", "forced displacement")


def test_members_meeting_for_an_event_take_part_in_it():
    text = news(
        "We, the Heads of State of the member States of the Andean Community (CAN), meeting in Lima for the "
        "30th Andean Presidential Summit, declare the following."
    )
    assert has(run(text), "Andean Community", "participatesIn", "30th Andean Presidential Summit")


def test_a_review_presented_to_this_forum_is_participation():
    text = (
        "Statement by the Permanent Representative of Fiji at the 2026 session of the High-level Political "
        "Forum on Sustainable Development\n\n"
        "Madam President, two years ago my country presented its second Voluntary National Review to this "
        "Forum. We have adopted a new plan since then, and we thank our partners."
    )
    assert has(run(text), "Fiji", "participatesIn", "High-level Political Forum")


def test_an_act_stated_beats_support_of_the_same_item_in_the_sentence():
    text = news(
        "The Plan commits the Government to bring penalties in line with the Palermo Protocol, to which "
        "Kenya is a party."
    )
    got = run(text)
    assert has(got, "Kenya", "adopts", "Palermo Protocol")
    assert not has(got, "Kenya", "supports", "Palermo Protocol")


def test_the_obliged_actor_of_a_reported_must_is_not_the_caller():
    text = news(
        "The Haki Migrant Workers Alliance said the Government of Kenya must enforce the Employment Act."
    )
    got = run(text)
    assert has(got, "Haki Migrant Workers Alliance", "callsFor", "Employment Act")
    assert not has(got, "Kenya", "callsFor", "Employment Act")


def test_an_actors_own_must_is_its_call():
    text = news("Kenya must do more to implement the Employment Act, the minister said.")
    assert has(run(text), "Kenya", "callsFor", "Employment Act")


def test_quoted_we_of_a_group_is_not_the_texts_country():
    text = (
        "Thailand and Myanmar sign labour MoU\n\n"
        "BANGKOK - Thailand and Myanmar on Tuesday signed a Memorandum of Understanding on Labour "
        "Cooperation. "
        "The Migrant Working Group, a coalition of NGOs, said the MoU did not go far enough. "
        '"We call on both governments to implement the Fair Recruitment Initiative," said its coordinator.'
    )
    got = run(text)
    assert not has(got, "Thailand", "callsFor", "Fair Recruitment Initiative")
    assert not has(got, "Myanmar", "callsFor", "Fair Recruitment Initiative")


def test_financed_by_is_support():
    text = news(
        "Ecuador presented the National Mobility Response Plan, which is financed by the European Union "
        "and Spain."
    )
    got = run(text)
    assert has(got, "European Union", "supports", "National Mobility Response Plan")
    assert has(got, "Spain", "supports", "National Mobility Response Plan")


def test_countries_named_as_where_projects_run_are_no_partners():
    text = news(
        "The representative of France, speaking on behalf of the European Union, said the Union funds "
        "projects in Libya and Niger together with IOM."
    )
    got = run(text)
    assert not has(got, "Libya", "partnersWith", "International Organization for Migration")
    assert not has(got, "Niger", "partnersWith", "International Organization for Migration")


def test_an_act_done_despite_a_lack_stays():
    text = news("Despite lacking funds, Kenya implemented the National Action Plan against Trafficking.")
    assert has(run(text), "Kenya", "implements", "National Action Plan against Trafficking")


def test_place_phrase_after_an_object_gives_no_partner():
    text = news(
        "The Ministry of Foreign Affairs said Colombia would keep working with UNHCR in Ecuador and Peru, "
        "together with the Quito Process members."
    )
    got = run(text)
    assert not has(got, "Office of the United Nations High Commissioner", "partnersWith", "Quito Process")
    assert not has(got, "Peru", "partnersWith", "Quito Process")


def test_support_given_before_a_new_clause_is_for_the_clauses_item():
    text = news(
        "The Plan of Action on Free Movement was prepared by the ECOWAS Commission with technical support "
        "from IOM, and builds on the Protocol relating to Free Movement of Persons."
    )
    got = run(text)
    assert has(got, "International Organization for Migration", "supports", "Plan of Action on Free Movement")
    assert not has(got, "International Organization for Migration", "supports", "Protocol relating to Free")
    assert has(got, "ECOWAS Commission", "adopts", "Plan of Action on Free Movement")


def test_prepared_to_is_no_adoption():
    text = news("Kenya is prepared to ratify the Domestic Workers Convention next year.")
    assert not has(run(text), "Kenya", "adopts", "Domestic Workers Convention")


def test_an_aim_called_for_is_not_addressed_yet():
    text = news(
        "Civil society groups, led by the West African Migrants Network, called for the ECOWAS Plan of "
        "Action on Free Movement to address trafficking in persons."
    )
    assert not has(run(text), "ECOWAS Plan of Action", "addresses", "human trafficking")


def test_a_fight_discussed_is_no_call():
    text = news(
        "Italy and Tunisia held their second migration dialogue. The two sides discussed the fight against "
        "migrant smuggling and agreed to step up cooperation with Frontex."
    )
    got = run(text)
    assert not has(got, "Italy", "callsFor", "migrant smuggling")
    assert not has(got, "Tunisia", "callsFor", "migrant smuggling")


def test_an_aim_after_a_relative_clause_is_the_heads():
    text = news(
        "Bangladesh launched the National Plan of Action for Decent Work (2027-2032). The Plan, which "
        "replaces the 2012 National Labour Policy, aims to end hazardous child labour by 2030."
    )
    got = run(text)
    assert has(got, "National Plan of Action for Decent Work", "addresses", "child labour")
    assert not has(got, "2012 National Labour Policy", "addresses", "child labour")


def test_a_welcome_with_its_own_object_does_not_reach_the_next_clause():
    text = news(
        "Human Rights Watch welcomed the deal but said Qatar must extend the Domestic Workers Law to cover "
        "all workers and that Kenya should ratify the Domestic Workers Convention."
    )
    got = run(text)
    assert not has(got, "Human Rights Watch", "supports", "Domestic Workers Law")
    assert has(got, "Human Rights Watch", "callsFor", "Domestic Workers Convention")
    assert not has(got, "Kenya", "callsFor", "Domestic Workers Convention")


def test_a_welcome_of_an_item_stays():
    text = news("Human Rights Watch welcomed the Domestic Workers Law but said more was needed.")
    assert has(run(text), "Human Rights Watch", "supports", "Domestic Workers Law")


def test_speakers_next_verb_after_a_said_item_is_the_speakers():
    text = news(
        "UNODC Executive Director Ghada Waly said the Bangkok Declaration was a good step and urged members "
        "to ratify the Palermo Protocol."
    )
    assert has(run(text), "Ghada Waly", "callsFor", "Protocol to Prevent")


def test_said_item_acting_is_still_not_the_speakers():
    text = news("Ghada Waly said the Bangkok Declaration gives effect to the Palermo Protocol.")
    assert not has(run(text), "Ghada Waly", "implements", "Protocol to Prevent")


def test_the_framework_is_a_short_form_of_the_framework_named_before():
    text = (
        "Statement of Tuvalu\n\n"
        "We are a member of the Pacific Islands Forum, whose Leaders endorsed the Pacific Regional Framework "
        "on Climate Mobility in 2023. We urge all Forum members to implement the Framework."
    )
    assert has(run(text), "Tuvalu", "callsFor", "Pacific Regional Framework on Climate Mobility")


def test_the_agency_a_donor_gives_through_supports_too():
    text = news(
        "Ghana launched the National Labour Migration Policy with financial support from the Government "
        "of Ireland through Irish Aid. The Safe Routes Project is funded by Norway and the Government of "
        "Sweden, through the Swedish International Development Cooperation Agency (Sida)."
    )
    got = run(text)
    assert has(got, "Irish Aid", "supports", "National Labour Migration Policy")
    assert has(got, "Swedish International Development Cooperation Agency", "supports", "Safe Routes Project")


def test_through_after_other_words_is_no_channel():
    text = news(
        "The Safe Routes Project is funded by Norway to train border police through the International "
        "Organization for Migration."
    )
    # the rules; the pair model may read the agency as the project's channel
    ex = by_rules(run(text))
    assert not has(ex, "International Organization for Migration", "supports", "Safe Routes Project")


def test_a_bill_that_cleared_a_chamber_is_adopted_by_it():
    text = news(
        "Jamaica's Parliament is debating the Child Care and Protection (Amendment) Act, 2027. The Child "
        "Care and Protection (Amendment) Act, 2027, approved by the House of Representatives in May, "
        "cleared the Senate by 12 votes to 8."
    )
    got = run(text)
    assert has(got, "Senate", "adopts", "Child Care and Protection")
    assert has(got, "House of Representatives", "adopts", "Child Care and Protection")


def test_a_chamber_passing_a_bill_is_unchanged():
    text = news("The Senate passed the Child Care and Protection (Amendment) Act, 2027 on Friday.")
    assert has(run(text), "Senate", "adopts", "Child Care and Protection")


def test_a_share_of_what_the_sentence_before_gave_is_its_givers():
    text = news(
        "The European Union will provide EUR 200 million to Jordan until 2030. Of this, EUR 90 million will "
        "go to schools for refugees from Syria, delivered in partnership with the United Nations Children's "
        "Fund (UNICEF)."
    )
    got = run(text)
    assert has(got, "European Union", "partnersWith", "United Nations Children")
    assert not has(got, "Syria", "partnersWith", "United Nations Children")
