"""Round four of relation rules: co-implementers, donors who are no partners, owned bodies."""

from __future__ import annotations

import pytest

from kg.extract.records import EntityRec
from kg.extract.relation_the_noun import the_noun_item
from kg.model import Extraction
from tests.extract_util import by_rules, has, run, run_titled


def exact(ex: Extraction, subject: str, predicate: str, obj: str) -> bool:
    """A fact between the entities labelled exactly so."""
    label = {e.iri: e.label for e in ex.entities}
    return any(
        r.predicate == predicate and label[r.subject] == subject and label[r.object] == obj
        for r in ex.relations
    )


_LAUNCH = (
    "Ministry Launches National Action Plan on Child Labour (2028–2032)\n\n"
    "The Ministry of Labour of Ghana today launched the National Action Plan on Child Labour (2028–2032). "
)


def test_implementation_led_by_lists_each_implementer() -> None:
    ex = run_titled(
        _LAUNCH + "The Chief Director said implementation would be led by the Child Labour Unit "
        "together with "
        "the Ghana Police Service, the Labour Department and the Commission on Human Rights and "
        "Administrative Justice."
    )
    for body in ("Child Labour Unit", "Ghana Police Service", "Labour Department", "Commission on Human"):
        assert has(ex, body, "implements", "National Action Plan on Child Labour"), body
    assert not has(ex, "Child Labour Unit", "partnersWith", "Labour Department")


def test_implementation_without_a_list_adds_nothing() -> None:
    ex = run_titled(_LAUNCH + "Implementation will be reviewed every year by the Ghana Police Service.")
    assert not has(ex, "Ghana Police Service", "implements", "National Action Plan on Child Labour")


def test_it_implemented_in_partnership_with_each() -> None:
    ex = run_titled(
        "UNDP starts resilience programme\n\n"
        "The United Nations Development Programme (UNDP) launched the National Resilience Programme "
        "(2028–2030) in Malawi. It will be implemented by UNDP in partnership with Malawi's Department "
        "of Disaster Management Affairs, the Malawi Red Cross Society and the World Food Programme."
    )
    for body in (
        "Department of Disaster Management Affairs",
        "Malawi Red Cross Society",
        "World Food Programme",
    ):
        assert has(ex, body, "implements", "National Resilience Programme"), body
        assert has(ex, "United Nations Development Programme", "partnersWith", body), body
    assert not exact(ex, "United Nations Development Programme", "partnersWith", "Malawi")


def test_donor_country_is_no_partner() -> None:
    ex = run_titled(
        "Report released\n\n"
        "The Programme was prepared with technical support from the International Labour Organization "
        "(ILO), and with financial support from the Government of Norway."
    )
    assert not has(ex, "International Labour Organization", "partnersWith", "Norway")


def test_country_of_the_venue_does_not_adopt() -> None:
    ex = run_titled(
        "Ministers meet\n\n"
        "The Ministers of Health of the East African Community (EAC) ended their meeting in "
        "Arusha, Tanzania, "
        "with the adoption of the Arusha Declaration on Health Workforce Mobility."
    )
    assert not exact(ex, "Tanzania", "adopts", "Arusha Declaration on Health Workforce Mobility")


def test_country_acting_is_still_the_subject() -> None:
    ex = run_titled("Plan adopted\n\nKenya announced the adoption of the National Migration Policy 2029.")
    assert has(ex, "Kenya", "adopts", "National Migration Policy")


def test_members_of_in_a_list_of_those_met_is_no_membership() -> None:
    ex = run_titled(
        "Visit ends\n\n"
        "In Peru, the expert met the Minister of Justice, members of the judiciary, the Ombudsman's Office "
        "and civil society organizations."
    )
    assert not any(r.predicate == "memberOf" for r in ex.relations)


def test_member_of_a_body_still_read() -> None:
    ex = run_titled("Membership\n\nPeru is a member of the International Organization for Migration.")
    assert has(ex, "Peru", "memberOf", "International Organization for Migration")


_STRATEGY = "Strategy launched\n\nNepal launched its National Strategy on Climate Mobility (2029–2034). "


def test_it_clause_after_a_passive_agent_is_not_the_agents() -> None:
    ex = run_titled(
        _STRATEGY + "It was developed by the Disaster Preparedness Agency with local councils, "
        "and it draws on "
        "the Paris Agreement."
    )
    assert not has(ex, "Disaster Preparedness Agency", "adopts", "Paris Agreement")
    assert not has(ex, "Disaster Preparedness Agency", "supports", "Paris Agreement")


@pytest.mark.parametrize(
    "text",
    [
        # a passive agent (relation_commitments): "by X, whereas it draws on"
        "It was developed by the Disaster Preparedness Agency, whereas it draws on the Paris Agreement.",
        # an active subject (subjects.subject): "X wrote it …, whereas it draws on"
        "The Disaster Preparedness Agency wrote it with local councils, whereas it draws on the Paris "
        "Agreement.",
    ],
)
def test_a_whereas_it_clause_is_not_the_agents(text: str) -> None:
    ex = run_titled(_STRATEGY + text)
    assert not has(ex, "Disaster Preparedness Agency", "adopts", "Paris Agreement")
    assert not has(ex, "Disaster Preparedness Agency", "supports", "Paris Agreement")


@pytest.mark.parametrize(
    ("text", "country", "obj"),
    [
        (
            "Kenya adopted the National Climate Change Action Plan in 2018, whereas it ratified the Paris "
            "Agreement in 2016.",
            "Kenya",
            "Paris Agreement",
        ),
        (
            "Kenya adopted the National Climate Change Action Plan in 2018, whereas it also ratified the "
            "Paris Agreement in 2016.",
            "Kenya",
            "Paris Agreement",
        ),
        (
            "Kenya adopted the National Climate Change Action Plan in 2018, whereas it formally ratified the "
            "Paris Agreement in 2016.",
            "Kenya",
            "Paris Agreement",
        ),
        (
            "Fiji signed the Paris Agreement, whereas it adopted the National Adaptation Plan a year later.",
            "Fiji",
            "National Adaptation Plan",
        ),
        ("The Government of Ghana, whereas it had signed the Paris Agreement, had not ratified it.", "Ghana",
         "Paris Agreement"),
    ],
)  # fmt: skip
def test_a_whereas_it_clause_with_a_past_act_is_the_actor_s(text: str, country: str, obj: str) -> None:
    assert has(by_rules(run(text)), country, "adopts", obj)


def test_a_whereas_it_clause_after_a_passive_agent_and_partner_is_the_plan_s() -> None:
    ex = run(
        "The National Climate Plan was developed by Kenya with UNDP, whereas it draws on the Paris Agreement."
    )
    assert not has(ex, "United Nations Development Programme", "supports", "Paris Agreement")
    assert not has(ex, "Kenya", "supports", "Paris Agreement")


def test_agent_and_its_own_act_still_read() -> None:
    ex = run_titled(_STRATEGY + "The Disaster Preparedness Agency welcomed the Paris Agreement.")
    assert has(ex, "Disaster Preparedness Agency", "supports", "Paris Agreement")


def test_deed_funded_by_a_country_makes_no_partner() -> None:
    ex = run_titled(
        "Bill\n\nThe ILO, which drafted the Domestic Workers Bill with funding from Denmark, "
        "welcomed the vote."
    )
    assert not has(ex, "International Labour Organization", "partnersWith", "Denmark")


def test_implementing_its_plan_is_implementing_not_adopting() -> None:
    ex = run_titled("Debate\n\nJordan was implementing its National Plan on Refugee Education (2027–2030).")
    assert has(ex, "Jordan", "implements", "National Plan on Refugee Education")
    assert not has(ex, "Jordan", "adopts", "National Plan on Refugee Education")


def test_its_plan_under_another_verb_is_still_adopted() -> None:
    ex = run_titled("Debate\n\nJordan presented its National Plan on Refugee Education (2027–2030).")
    assert has(ex, "Jordan", "adopts", "National Plan on Refugee Education")


_EXPERT = (
    "Visit ends\n\n"
    '"Workers told me their wages were withheld," said Lena Marquardt-Oduya, the Special Rapporteur on '
    "contemporary forms of slavery. "
)


def test_the_special_rapporteur_is_the_person_named_so() -> None:
    ex = run_titled(
        _EXPERT + "The Special Rapporteur urged the Government to ratify the Protocol of 2014 to the Forced "
        "Labour Convention. The expert welcomed the adoption of the Labour Migration Act 2027."
    )
    assert has(ex, "Lena Marquardt-Oduya", "callsFor", "Protocol of 2014 to the Forced Labour Convention")
    assert has(ex, "Lena Marquardt-Oduya", "supports", "Labour Migration Act 2027")


def test_a_title_the_person_does_not_bear_is_not_theirs() -> None:
    ex = run_titled(
        _EXPERT + "The Special Envoy urged the Government to ratify the Protocol of 2014 to the Forced "
        "Labour Convention."
    )
    assert not has(ex, "Lena Marquardt-Oduya", "callsFor", "Protocol of 2014")


def test_an_event_held_today_on_an_issue_addresses_it() -> None:
    ex = run_titled(
        "Council debate\n\nThe General Assembly held a high-level meeting today on child labour "
        "in supply chains."
    )
    assert has(ex, "high-level meeting", "addresses", "child labour")


def test_an_event_held_today_without_on_addresses_nothing() -> None:
    ex = run_titled(
        "Council debate\n\nThe General Assembly held a high-level meeting today after child labour."
    )
    assert not any(r.predicate == "addresses" for r in ex.relations)


_DEBATE = "Council debate\n\nThe Security Council held an open debate on climate and security. "


def test_who_presided_over_the_meeting_participates() -> None:
    ex = run_titled(
        _DEBATE
        + "The representative of Ecuador, Lucia Paredes-Vela, who presided over the meeting, said her "
        "country had convened the debate."
    )
    assert has(ex, "Lucia Paredes-Vela", "participatesIn", "open debate")


def test_who_criticised_the_meeting_does_not_participate() -> None:
    ex = run_titled(
        _DEBATE + "The analyst Lucia Paredes-Vela, who criticised the meeting, spoke to reporters in Quito."
    )
    assert not has(ex, "Lucia Paredes-Vela", "participatesIn", "open debate")


_MINISTERS = (
    "ECOWAS Ministers adopt Abuja Declaration\n\n"
    "The Ministers and Social Partners responsible for Health and Social Affairs of the Economic Community "
    "of West African States (ECOWAS) met in Abuja and adopted the Abuja Declaration on Health Worker "
    "Mobility.\n\n"
)


def test_ministers_list_under_the_declaration_is_the_bodys() -> None:
    ex = run_titled(
        _MINISTERS + "In the Declaration, Ministers:\n\n"
        "1. reaffirmed their commitment to the ECOWAS Protocol on Free Movement of Persons and urged the "
        "Member States that have not yet done so to sign and ratify it;\n"
        "2. welcomed the ECOWAS Regional Action Plan on Health Workforce (2027–2031)."
    )
    body = "Economic Community of West African States"
    assert has(ex, body, "supports", "ECOWAS Protocol on Free Movement of Persons")
    assert not has(ex, body, "adopts", "ECOWAS Protocol on Free Movement of Persons")
    assert has(ex, body, "supports", "ECOWAS Regional Action Plan on Health Workforce")


def test_a_list_led_by_someone_else_is_not_the_bodys() -> None:
    ex = run_titled(
        _MINISTERS + "In the Declaration, observers:\n\n"
        "1. welcomed the ECOWAS Regional Action Plan on Health Workforce (2027–2031)."
    )
    assert not has(ex, "Economic Community of West African States", "supports", "ECOWAS Regional Action Plan")


_STATEMENT = (
    "Statement by the Republic of Mozambique\n\n"
    "It is an honour to speak on behalf of Mozambique. We have made progress and we thank our partners. "
    "Our country is ready, and we will keep our promises to our people. "
)


def test_the_cabinet_of_a_statement_adopts_for_its_country() -> None:
    ex = run_titled(
        _STATEMENT + "Last week, the Council of Ministers adopted the National Plan on Coastal Resettlement "
        "(2028–2033)."
    )
    assert has(ex, "Mozambique", "adopts", "National Plan on Coastal Resettlement")


def test_a_cabinet_without_a_country_of_the_text_gives_none() -> None:
    ex = run_titled(
        "Plan adopted\n\nThe Council of Ministers adopted the National Plan on Coastal Resettlement "
        "(2028–2033), officials in Mozambique and Malawi said."
    )
    assert not has(ex, "Mozambique", "adopts", "National Plan on Coastal Resettlement")


def test_an_office_with_a_listed_portfolio_before_the_name() -> None:
    ex = run_titled(
        "Pact signed\n\nThe pact was signed by Chile's Minister of Labour, Social Security and Pensions, "
        "Ms. Valentina Orrego-Sáez, in Santiago."
    )
    assert exact(ex, "Valentina Orrego-Sáez", "represents", "Chile")


def test_an_office_of_another_sentence_part_is_not_the_persons() -> None:
    ex = run_titled(
        "Pact signed\n\nChile's Minister of Labour did not attend the signing in Santiago; it was welcomed "
        "by the union leader Valentina Orrego-Sáez."
    )
    assert not exact(ex, "Valentina Orrego-Sáez", "represents", "Chile")


def test_appointed_by_a_body_represents_it() -> None:
    ex = run_titled(
        "Expert named\n\nMr. Tomas Lindqvist-Obi was appointed by the Human Rights Council as Independent "
        "Expert in 2027."
    )
    assert has(ex, "Tomas Lindqvist-Obi", "represents", "Human Rights Council")


def test_appointing_others_is_not_representing() -> None:
    ex = run_titled(
        "Expert named\n\nThe Human Rights Council appointed Mr. Tomas Lindqvist-Obi, and UNICEF welcomed it."
    )
    assert not has(ex, "Tomas Lindqvist-Obi", "represents", "United Nations Children")


def test_doers_of_a_tripartite_deed_are_partners() -> None:
    ex = run_titled(
        "Pilot\n\nMinisters noted that Ghana, Togo and Benin had concluded a tripartite pilot on skills "
        "recognition."
    )
    assert has(ex, "Ghana", "partnersWith", "Togo") or has(ex, "Togo", "partnersWith", "Ghana")
    assert has(ex, "Benin", "partnersWith", "Togo") or has(ex, "Togo", "partnersWith", "Benin")


def test_doers_of_separate_deeds_are_not_partners() -> None:
    ex = run_titled("Pilot\n\nGhana, Togo and Benin had concluded national pilots on skills recognition.")
    assert not any(r.predicate == "partnersWith" for r in ex.relations)


def test_welcoming_progress_in_implementing_is_not_implementing() -> None:
    ex = run_titled(
        "Ministers\n\nUNICEF welcomed progress in implementing the Regional Action Plan on Child Migrants "
        "(2027–2030)."
    )
    assert not has(ex, "United Nations Children", "implements", "Regional Action Plan on Child Migrants")


def test_implementing_is_still_implementing() -> None:
    ex = run_titled(
        "Ministers\n\nUNICEF is implementing the Regional Action Plan on Child Migrants (2027–2030)."
    )
    assert has(ex, "United Nations Children", "implements", "Regional Action Plan on Child Migrants")


_NAMED_PROGRAMME = (
    "UNDP launches programme\n\n"
    "The United Nations Development Programme (UNDP) today launched Agua Viva, a three-year programme "
    "to reduce child labour in Peru. "
)


def test_the_programme_is_the_plan_named_without_a_head_noun() -> None:
    ex = run_titled(
        _NAMED_PROGRAMME + "The programme is funded by Norway. It will be carried out together with the "
        "International Labour Organization and Peru's Ministry of Women and Vulnerable Populations."
    )
    assert has(ex, "Norway", "supports", "Agua Viva")
    assert has(ex, "International Labour Organization", "implements", "Agua Viva")
    assert has(ex, "Ministry of Women and Vulnerable Populations", "implements", "Agua Viva")


def test_the_programme_is_not_a_plan_named_with_another_head() -> None:
    plan = EntityRec(key="p", type="Plan", label="Agua Viva Strategy")
    assert the_noun_item("The programme is funded by Norway.", plan) is None
    bare = EntityRec(key="q", type="Plan", label="Agua Viva")
    assert the_noun_item("The programme is funded by Norway.", bare) is bare


_MOU = (
    "MoU signed\n\n"
    "The Government of Ghana and the Government of Italy today signed a Memorandum of Understanding on "
    "Seasonal Work (the MoU). "
)


def test_signed_for_a_by_x_and_for_b_by_y() -> None:
    ex = run_titled(
        _MOU + "The MoU was signed for Ghana by the Minister of Employment and Labour Relations, Kwesi "
        "Adomako-Mensah, and for Italy by the Minister of Labour, Giulia Ferraresi."
    )
    assert has(ex, "Kwesi Adomako-Mensah", "adopts", "Memorandum of Understanding on Seasonal Work")
    assert has(ex, "Giulia Ferraresi", "adopts", "Memorandum of Understanding on Seasonal Work")


def test_a_person_named_after_the_signing_did_not_sign() -> None:
    ex = run_titled(
        _MOU + "The MoU was signed for Ghana by the Minister of Employment and Labour Relations, Kwesi "
        "Adomako-Mensah. Giulia Ferraresi, a trade unionist, criticised it."
    )
    assert not has(ex, "Giulia Ferraresi", "adopts", "Memorandum of Understanding on Seasonal Work")


def test_minister_for_a_portfolio_represents_the_ministry_of_it() -> None:
    ex = run_titled(
        "Plan launched\n\nThe Ministry of Internal Affairs launched the plan in Zambia. It was presented "
        "by the Minister for Internal Affairs, Chanda Mwape-Lungu, in Lusaka."
    )
    assert has(ex, "Chanda Mwape-Lungu", "represents", "Ministry of Internal Affairs")


def test_minister_for_another_portfolio_does_not() -> None:
    ex = run_titled(
        "Plan launched\n\nThe Ministry of Internal Affairs launched the plan in Zambia. It was presented "
        "by the Minister for Health, Chanda Mwape-Lungu, in Lusaka."
    )
    assert not has(ex, "Chanda Mwape-Lungu", "represents", "Ministry of Internal Affairs")


def test_partners_set_off_by_commas_are_not_the_subject() -> None:
    ex = run_titled(
        "Law\n\nThe Government of Kenya had drafted amendments, together with the Central Organization "
        "of Trade "
        "Unions and the Federation of Kenya Employers, to bring the law in line with the Violence and "
        "Harassment Convention, 2019 (No. 190)."
    )
    assert not has(ex, "Federation of Kenya Employers", "supports", "Violence and Harassment Convention")
    assert not has(
        ex, "Central Organization of Trade Unions", "supports", "Violence and Harassment Convention"
    )


def test_a_body_that_is_the_subject_still_acts() -> None:
    ex = run_titled(
        "Law\n\nThe Federation of Kenya Employers brought its code in line with the Violence and Harassment "
        "Convention, 2019 (No. 190)."
    )
    assert has(ex, "Federation of Kenya Employers", "supports", "Violence and Harassment Convention")


def test_a_partner_beyond_a_comma_after_with_is_not_one() -> None:
    ex = run_titled(
        "Statement\n\nNepal has signed agreements on recruitment with several countries, and the Department "
        "of Foreign Employment now places workers directly."
    )
    assert not has(by_rules(ex), "Nepal", "partnersWith", "Department of Foreign Employment")


def test_a_partner_right_after_with_is_one() -> None:
    ex = run_titled("Statement\n\nNepal is working closely with the International Labour Organization.")
    assert has(ex, "Nepal", "partnersWith", "International Labour Organization")


def test_addressing_this_conference_on_behalf_of_a_country() -> None:
    ex = run_titled(
        "Statement by the Minister of Health of Fiji at the Pacific Health Conference\n\n"
        "Madam Chair,\n\nIt is an honour to address this Conference on behalf of the Government of Fiji."
    )
    assert has(ex, "Fiji", "participatesIn", "Pacific Health Conference")


def test_addressing_an_issue_is_no_participation() -> None:
    ex = run_titled(
        "Fiji plan\n\nFiji will address this problem through the Pacific Health Conference follow-up, "
        "officials said."
    )
    assert not has(ex, "Fiji", "participatesIn", "Pacific Health Conference")
