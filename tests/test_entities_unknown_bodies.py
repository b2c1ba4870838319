"""Names the reference does not know: lists of actors, currencies and regions, nested bodies,
bodies by head word, names that run on (participles, conjoined topics, dialogue partners,
ordinal sessions) or start and end too far, operations and campaigns, consultative processes."""

from __future__ import annotations

import pytest

from tests.extract_util import run, typed


def labels(text: str, type_name: str) -> set[str]:
    return {label for t, label in typed(run(text)) if t == type_name}


# --- a list of actors is not one body


def test_a_comma_after_a_body_s_head_ends_its_name():
    text = "Delegates came from the African Union, Ghana, Peru and the Republic of Moldova."
    assert "African Union" in labels(text, "Organization")
    assert {"Ghana", "Peru"} <= labels(text, "Country")
    assert not any("," in label for label in labels(text, "Organization"))


def test_a_country_with_a_body_s_head_in_a_list():
    text = "Trainers from the Swiss Confederation, Austria and Slovenia joined."
    assert {"Switzerland", "Austria", "Slovenia"} <= labels(text, "Country")
    assert not labels(text, "Organization")


def test_a_ministry_with_a_comma_in_its_name_stays_whole():
    text = "The Ministry of Gender, Labour and Social Development issued the guidance."
    assert "Ministry of Gender, Labour and Social Development" in labels(text, "Organization")


def test_two_ministries_joined_by_and_are_two_bodies():
    text = "The Ministry of Labour and Ministry of Human Services and Social Security (MHSSS) met in Lima."
    assert labels(text, "Organization") == {
        "Ministry of Labour",
        "Ministry of Human Services and Social Security",
    }
    text = "It was drafted by the State Department for Diaspora Affairs and State Department for Labour."
    assert labels(text, "Organization") == {
        "State Department for Diaspora Affairs",
        "State Department for Labour",
    }
    text = "It was signed by the Ministry of Foreign Affairs and National Migration Agency of Peru."
    assert {"Ministry of Foreign Affairs", "National Migration Agency of Peru"} <= labels(
        text, "Organization"
    )
    # a portfolio's second item before a head word is no second body's opener
    text = "The Ministry of Women and Child Development Council for Social Welfare signed on."
    assert "Ministry of Women" not in labels(text, "Organization")


def test_a_body_does_not_run_on_into_the_person_named_after_and():
    text = (
        "The loan was signed by Ana Karim, secretary at the Ministry of Finance and Tomasz Wendel, "
        "country director, for the Bank."
    )
    assert "Ministry of Finance" in labels(text, "Organization")
    assert "Tomasz Wendel" in labels(text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the Deputy Director of Social Services at the Ministry of Social Protection, spoke.",
        "The Director for Consular Affairs in the Ministry of Social Protection, Ana Ruiz, spoke.",
    ],
)
def test_a_portfolio_unit_at_a_ministry_is_no_body_of_its_own(text: str):
    assert labels(text, "Organization") == {"Ministry of Social Protection"}
    assert labels(text, "Person") == {"Ana Ruiz"}


def test_a_named_body_or_instrument_before_at_the_keeps_its_name():
    text = "They adopted Convention 190 and ILO Recommendation 206 at the International Labour Conference."
    assert "ILO Recommendation 206" in labels(text, "Framework")


# --- currencies and regions are not countries


@pytest.mark.parametrize(
    "text",
    [
        "The budget is US$4.5 million over three years.",
        "The budget is US $4.5 million over three years.",
        "The fund holds 20 million US dollars for shelters.",
        "Flows from Central America and South America rose.",
        "Experts from North America met in Lima.",
        "Latin American governments agreed to the plan.",
        "North American officials welcomed the plan.",
    ],
)
def test_a_currency_or_a_region_is_not_the_united_states(text):
    assert "United States" not in labels(text, "Country")


def test_the_country_itself_is_still_found():
    assert "United States" in labels("The US and Canada signed the statement.", "Country")


# --- nested bodies


def test_a_unit_of_a_directorate_is_two_bodies():
    text = "Officers of the Cyber Crime Unit of the National Police Directorate testified."
    assert {"Cyber Crime Unit", "National Police Directorate"} <= labels(text, "Organization")


def test_a_service_of_a_ministry_is_two_bodies():
    text = "The Department for Countering Cybercrime of the Ministry of Digital Affairs reported."
    orgs = labels(text, "Organization")
    assert "Department for Countering Cybercrime" in orgs
    assert "Ministry of Digital Affairs" in orgs


@pytest.mark.parametrize(
    "name",
    [
        "Office of the United Nations High Commissioner for Human Rights",
        "Regional Office of the Pacific Islands Forum Secretariat",
    ],
)
def test_an_office_of_a_body_stays_whole(name):
    assert name in labels(f"The {name} welcomed the report.", "Organization")


# --- bodies by their head words


@pytest.mark.parametrize(
    "text, name",
    [
        ("Boats of the Senegalese Coast Guard patrolled.", "Senegalese Coast Guard"),
        ("The Moroccan Gendarmerie arrested two men.", "Moroccan Gendarmerie"),
        ("The Chilean Employers' Federation signed it.", "Chilean Employers' Federation"),
        ("The General Confederation of Labour objected.", "General Confederation of Labour"),
        (
            "The Directorate-General for International Partnerships (DG INTPA) paid.",
            "Directorate-General for International Partnerships",
        ),
        (
            "The report was drafted by the Office of the Prime Minister last year.",
            "Office of the Prime Minister",
        ),
    ],
)
def test_a_body_by_its_head_word(text, name):
    assert name in labels(text, "Organization")


def test_a_body_after_another_s_acronym_in_the_same_run():
    text = "Warnings come from the Flood Early Warning Unit (FEWU) in the Office of the President now."
    orgs = labels(text, "Organization")
    assert {"Flood Early Warning Unit", "Office of the President"} <= orgs


def test_a_role_closing_a_run_is_still_no_body():
    assert not labels("The Minister of Labour and Deputy Minister spoke.", "Organization") & {
        "Minister of Labour and Deputy Minister"
    }


# --- names that run on, or start and end too far


def test_an_instrument_named_by_its_participle():
    text = "The Framework Agreement establishing a Regional Fisheries Partnership was signed in Accra."
    assert "Framework Agreement establishing a Regional Fisheries Partnership" in labels(text, "Framework")


def test_a_plan_with_a_conjoined_topic():
    text = (
        "The Cabinet adopted the National Strategy on Safe Migration"
        " and the Protection of Migrant Workers for 2025–2029."
    )
    plans = labels(text, "Plan")
    assert any(
        p.startswith("National Strategy on Safe Migration and the Protection of Migrant Workers")
        for p in plans
    )


def test_a_plan_and_a_body_joined_by_and_the_stay_two():
    text = "The National Strategy on Safe Migration and the Ministry of Labour were praised."
    assert "Ministry of Labour" in labels(text, "Organization")
    assert "National Strategy on Safe Migration" in labels(text, "Plan")


def test_the_people_an_instrument_is_applied_to_is_not_its_name():
    text = "Lawyers urged the Regional Framework on Displacement to Haitians arriving by sea."
    assert "Regional Framework on Displacement" in labels(text, "Framework")


def test_a_year_and_the_do_not_open_a_name():
    text = "In a report published in 2021 the Clean Harvest Campaign described the abuses."
    assert "Clean Harvest Campaign" in labels(text, "Plan")
    assert not any(p.startswith("2021") for p in labels(text, "Plan"))


# --- events


def test_an_ordinal_session_in_lower_case_when_its_body_is_named_again():
    text = (
        "Peru spoke at the 68th session of the Commission on the Status of Women."
        " The Commission on the Status of Women closed."
    )
    assert "68th session of the Commission on the Status of Women" in labels(text, "Event")
    text = (
        "Egypt hosted the second ministerial meeting of the Lima Process on Labour Mobility in May."
        " The Lima Process on Labour Mobility was founded in 2019."
    )
    assert "second ministerial meeting of the Lima Process on Labour Mobility" in labels(text, "Event")


def test_a_session_alone_leaves_its_body_a_name():
    text = "She spoke at the 79th session of the UN General Assembly in New York."
    assert "United Nations General Assembly" in labels(text, "Organization")


def test_a_numbered_session_in_title_case():
    text = "Delegates met at the 42nd Session of the UNESCO General Conference in June."
    assert "42nd Session of the UNESCO General Conference" in labels(text, "Event")


def test_an_ordinal_and_a_dash_pair_belong_to_a_meeting():
    text = "The Second Ghana–Togo Senior Officials' Meeting on Cross-Border Trade was held in Lomé."
    assert "Second Ghana–Togo Senior Officials' Meeting on Cross-Border Trade" in labels(text, "Event")


@pytest.mark.parametrize(
    "name",
    [
        "Pacific Leaders’ Summit on Ocean Migration",
        "Foreign Ministers’ Meeting of the Steering Group of the Lima Process",
        "Asia Mayors' Meeting",
    ],
)
def test_the_people_who_meet_belong_to_the_meeting_s_name(name: str) -> None:
    # a plural possessive of the people who meet is no owner before the name ("Kenya's Plan")
    assert name in labels(f"Fiji chaired the {name} in Suva on Monday.", "Event")


def test_the_people_who_meet_own_a_name_with_a_place_before_its_head() -> None:
    text = "The African Ministers’ Kigali Declaration was signed in 2022."
    assert "Kigali Declaration" in labels(text, "Framework")
    # "for a" goes on in a plan's name, not in a meeting someone asks for something
    # (the reference's conference, by one of its names)
    text = "Bangladesh urged the UN Climate Conference for a Loss and Damage Fund to be created."
    assert labels(text, "Event") == {"United Nations Climate Change Conference"}


def test_a_dialogue_with_its_partner():
    text = (
        "Chile joined the Interactive Dialogue with the Independent Expert"
        " on Human Rights and International Solidarity."
    )
    events = labels(text, "Event")
    assert (
        "Interactive Dialogue with the Independent Expert on Human Rights and International Solidarity"
        in events
    )


def test_a_meeting_with_a_person_is_not_run_on():
    text = "The Regional Meeting with the Minister of Labour was postponed."
    assert not any("Minister" in e for e in labels(text, "Event"))


# --- operations, campaigns, consultative processes


def test_a_named_operation_is_a_plan():
    assert "Operation Sentinel" in labels("Police in Kenya launched Operation Sentinel in May.", "Plan")


def test_a_named_campaign_in_lower_case_is_a_plan():
    text = "The UNODC's Blue Heart campaign reached Peru."
    assert "Blue Heart campaign" in labels(text, "Plan")


@pytest.mark.parametrize(
    "text",
    ["The Government campaign failed.", "The new campaign started.", "The ILO campaign grew."],
)
def test_no_campaign_without_a_name(text):
    assert not any("campaign" in p for p in labels(text, "Plan"))


@pytest.mark.parametrize(
    "name, label",
    [
        ("the Quito Process", "Quito Process"),
        ("the Puebla Process", "Puebla Process"),
        ("the Prague Process", "Prague Process"),
        (
            "the Bali Process",
            "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime",
        ),
    ],
)
def test_regional_consultative_processes_are_bodies(name, label):
    assert label in labels(f"Ecuador hosted {name} meeting in 2024.", "Organization")


# --- short forms, generic offices, foreign-language heads, platforms, NDCs


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Guardia di Finanza seized the boat.", "Guardia di Finanza"),
        ("The Policía Nacional arrested four men.", "Policía Nacional"),
        ("Chile joined the Platform on Climate Mobility in 2020.", "Platform on Climate Mobility"),
        ("The Strategy Unit of the Cabinet Office wrote it.", "Cabinet Office"),
    ],
)
def test_more_bodies_by_head_word(text, name):
    assert name in labels(text, "Organization")


@pytest.mark.parametrize(
    "text, not_a_name",
    [
        ("The International Labour Organization said the Organization would help.", "Organization"),
        ("The OSCE, whose Project Office in Tbilisi helps, agreed.", "Project Office"),
        ("Regional Office Director Ana Ortiz spoke for UNICEF.", "Regional Office"),
        ("The OSCE, whose Office in Dushanbe helps, agreed.", "Office"),
    ],
)
def test_short_forms_and_generic_offices_are_no_names(text, not_a_name):
    assert not_a_name not in labels(text, "Organization")


def test_a_permanent_mission_s_geneva_wording_names_the_un_office():
    text = (
        "She is Permanent Representative of Fiji to the United Nations Office"
        " and other international organizations in Geneva."
    )
    assert "United Nations Office at Geneva" in labels(text, "Organization")


def test_a_nationally_determined_contribution_is_a_plan():
    text = "The plan serves Malawi's Nationally Determined Contribution under the Paris Agreement."
    assert "Nationally Determined Contribution" in labels(text, "Plan")


def test_a_country_s_ndc_by_its_acronym_is_a_plan():
    assert "NDC" in labels("Chile submitted its first NDC to the secretariat in 2016.", "Plan")
    assert "NDC" in labels("Kenya's updated NDC commits to cut emissions.", "Plan")


def test_the_ndc_acronym_in_a_body_s_name_or_beside_the_long_form_is_no_second_plan():
    assert "NDC" not in labels("The NDC Partnership supports Peru.", "Plan")
    text = "Chile submitted its Nationally Determined Contribution. Chile said the updated NDC aims high."
    assert labels(text, "Plan") == {"Nationally Determined Contribution"}


def test_the_last_two_items_of_a_list_are_two_names():
    text = "The Asian Development Bank, OPEC and Islamic Development Bank pledged funds."
    orgs = labels(text, "Organization")
    assert not any(" and " in o for o in orgs)


def test_two_sessions_of_one_body_leave_the_body_a_name():
    text = (
        "Fiji spoke at the 57th session of the Human Rights Council"
        " and at the 58th session of the Human Rights Council."
    )
    assert "United Nations Human Rights Council" in labels(text, "Organization")


def test_a_session_of_something_that_is_no_body():
    text = "The first meeting of the Parties was held. Parties agreed. The Parties met again."
    assert not labels(text, "Event")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Norway backs the Safe Cities initiative.", "Safe Cities initiative"),
        ("Chile joined the Action for Ocean Health agenda in 2023.", "Action for Ocean Health agenda"),
    ],
)
def test_a_named_initiative_or_agenda_in_lower_case_is_a_plan(text, name):
    assert name in labels(text, "Plan")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Government initiative stalled.",
        "He praised the Secretary-General's initiative.",
        "The Government's reform agenda slipped.",
    ],
)
def test_no_initiative_or_agenda_without_a_name(text):
    assert not any(w in p for p in labels(text, "Plan") for w in ("initiative", "agenda"))


# --- an apposition says what a name names


def test_a_campaign_that_is_a_coalition_is_a_body():
    text = "The Clean Harvest Campaign, a coalition of unions and investors, ended its boycott."
    assert "Clean Harvest Campaign" in labels(text, "Organization")


def test_an_alliance_that_is_an_initiative_is_a_plan():
    text = "The Ocean Action Alliance, an initiative of ten coastal states, met in Lisbon."
    assert "Ocean Action Alliance" in labels(text, "Plan")


def test_an_apposition_about_something_else_changes_nothing():
    text = "The Ocean Action Alliance, a year after its founding, met in Lisbon."
    assert "Ocean Action Alliance" in labels(text, "Organization")


def test_a_participle_that_names_no_instrument_does_not_run_on():
    text = "The Labour Act regarding the Minister of Labour was amended."
    assert not any("Minister" in f for f in labels(text, "Framework"))


def test_migrants_from_a_country_inside_a_body_s_name():
    text = "UNICEF leads the Regional Platform for Refugees and Migrants from Haiti."
    assert "Regional Platform for Refugees and Migrants from Haiti" in labels(text, "Organization")


def test_from_joins_no_other_run():
    text = "Experts from the Ministry of Labour met Delegates from Ghana."
    assert "Ministry of Labour" in labels(text, "Organization")
    assert "Ghana" in labels(text, "Country")


def test_the_unfccc_funds_are_bodies():
    text = "Donors should channel money through the Loss and Damage Fund and the Adaptation Fund."
    orgs = labels(text, "Organization")
    assert {"Fund for responding to Loss and Damage", "Adaptation Fund"} <= orgs


def test_a_meeting_s_lower_case_ordinal_is_its_name_s():
    text = "The fifth Regional Ministerial Conference will be held in Dakar."
    assert "fifth Regional Ministerial Conference" in labels(text, "Event")


def test_the_next_meeting_of_a_named_process():
    text = "Talks resume at the next meeting of the Prague Process. The Prague Process was founded in 2009."
    assert "next meeting of the Prague Process" in labels(text, "Event")
    assert "Prague Process" in labels(text, "Organization")


def test_an_acronym_after_a_comma_is_the_next_item_of_a_list():
    text = "Delegates of the Council of Europe, OSCE and UNHCR met in Vienna."
    orgs = labels(text, "Organization")
    assert "Council of Europe" in orgs
    assert not any("," in o for o in orgs)


def test_a_named_programme_in_lower_case_is_a_plan():
    text = "Italy will fund the Better Labour Migration programme in the Sahel."
    assert "Better Labour Migration programme" in labels(text, "Plan")


def test_a_year_and_the_before_a_lone_head_leave_no_name():
    text = "In 2018 the Convention was praised by Chile."
    assert not labels(text, "Framework")


def test_a_numbered_meeting_of_a_body_leaves_the_body_s_name_without_the_number():
    text = "The 2nd Kenya–Uganda Joint Permanent Commission on Trade met in Kampala."
    assert "Kenya–Uganda Joint Permanent Commission on Trade" in labels(text, "Organization")


def test_a_conjoined_topic_that_names_an_instrument_is_not_the_plan_s():
    text = "We discussed the National Action Plan on Smuggling and the Implementation of the Kampala Treaty."
    assert "National Action Plan on Smuggling" in labels(text, "Plan")


def test_a_dialogue_with_another_actor_is_not_run_on():
    text = "Kenya held the Strategic Dialogue with the European Union in Brussels."
    assert "European Union" in labels(text, "Organization")


@pytest.mark.parametrize(
    "text", ["Operation Centres were set up in Mombasa.", "The Operation Manual was revised."]
)
def test_no_operation_without_a_name(text):
    assert not any(p.startswith("Operation") for p in labels(text, "Plan"))


def test_a_platform_for_action_is_no_body():
    text = "Chile reaffirmed the Beijing Platform for Action. The Platform for Action was praised."
    assert not any("Platform" in o for o in labels(text, "Organization"))


def test_a_portfolio_s_acronym_after_a_comma_stays_in_a_ministry_s_name():
    text = "The Ministry of Posts, ICT and Innovation issued the rules."
    assert "Ministry of Posts, ICT and Innovation" in labels(text, "Organization")


def test_a_ministry_then_agencies_by_acronym_are_a_list():
    text = "The Ministry of Labour, ILO and IOM signed the plan."
    orgs = labels(text, "Organization")
    assert "Ministry of Labour" in orgs
    assert not any("," in o for o in orgs)


def test_a_portfolio_with_a_body_s_head_stays_in_a_ministry_s_name():
    text = "The Ministry of Public Service, Gender and Youth Affairs drafted it."
    assert "Ministry of Public Service, Gender and Youth Affairs" in labels(text, "Organization")


def test_the_ndc_acronym_modifying_a_noun_is_no_plan():
    assert "NDC" not in labels("Chile presented its NDC implementation plan to donors.", "Plan")


@pytest.mark.parametrize(
    ("text", "type_name", "name"),
    [
        ("Through the National Action Plan, the Government will act.", "Plan", "National Action Plan"),
        ("Named the Integrated Programme on Fair Recruitment (FAIR) the project runs to 2025.", "Plan",
         "Integrated Programme on Fair Recruitment"),
        ("Through the Temporary Statute of Protection, Colombia regularized migrants.", "Framework",
         "Temporary Statute of Protection"),
    ],
)  # fmt: skip
def test_a_word_that_opens_a_sentence_opens_no_name(text: str, type_name: str, name: str):
    assert labels(text, type_name) == {name}


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        ("The ILO has launched in Accra, a two-year project that promotes fair recruitment.", set()),
        ("Rwanda launched Safe Homes, a three-year programme to protect children.", {"Safe Homes"}),
        ("On the programme, Maeve Sherlock, Chief Executive of the Refugee Council, spoke.", set()),
        ("Uzbekistan approved the Concept and the Action Plan for its implementation.", {"Action Plan"}),
        (
            "Chile adopted the National Action Plan for the elimination of child labour.",
            {"National Action Plan for the elimination of child labour"},
        ),
    ],
)
def test_a_place_a_person_or_a_possessive_is_no_plan_s_name(text: str, plans: set[str]):  # fmt: skip
    assert labels(text, "Plan") == plans


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Opening the 25th Session of the Commission on Crime Prevention, the Director spoke.",
         "25th Session of the Commission on Crime Prevention"),
        ("Remarks to General Assembly Dialogue on Human Trafficking\n\nThe Secretary-General spoke.",
         "General Assembly Dialogue on Human Trafficking"),
    ],
)  # fmt: skip
def test_a_participle_or_remarks_before_a_meeting_open_no_name(text: str, event: str):
    assert labels(text, "Event") == {event}


def test_a_participle_before_a_framework_opens_no_name():
    text = "Achieving the 2030 Agenda for Sustainable Development requires safe migration."
    assert "2030 Agenda for Sustainable Development" in labels(text, "Framework")
    assert not any(label.startswith("Achieving") for label in labels(text, "Framework"))


def test_people_named_by_their_work_are_no_name():
    text = "IOM trained Law Enforcement Officials and Labour Inspectors from Djibouti."
    assert not labels(text, "Framework") and not labels(text, "Organization") - {
        "International Organization for Migration"
    }


@pytest.mark.parametrize(
    ("text", "type_name", "name"),
    [
        # a preposition opens a name when no "the" follows it
        ("The EU launched the Towards Zero Hunger Programme.", "Plan", "Towards Zero Hunger Programme"),
        ("Across Borders Alliance works with IOM.", "Organization", "Across Borders Alliance"),
        # people of a body are no name, but a name "of" them is
        ("The Code of Conduct for Law Enforcement Officials was adopted in 1979.", "Framework",
         "Code of Conduct for Law Enforcement Officials"),
        ("The International Association of Women Judges partnered with UN Women.", "Organization",
         "International Association of Women Judges"),
        # a programme set off by commas keeps its name when an office follows it
        ("Under the programme, Safe Homes, Prime Minister Ali opened shelters.", "Plan", "Safe Homes"),
        # "in" a programme is no place
        ("Ghana takes part in Better Migration Management, a regional programme funded by the EU.", "Plan",
         "Better Migration Management"),
        # a portfolio's head word before "and" a body closes the ministry
        ("The Ministry of Labour and Social Services and World Vision signed an agreement.", "Organization",
         "World Vision"),
        # an office whose body has a head of its own keeps the body
        ("Commander of Ghana Navy Ana Ruiz said 30 migrants were rescued.", "Organization", "Ghana Navy"),
    ],
)  # fmt: skip
def test_names_that_open_or_end_like_the_cut_shapes_stay_whole(text: str, type_name: str, name: str):
    assert name in labels(text, type_name)


def test_a_body_s_name_then_its_office_holder_s_name_are_two():
    text = (
        "It was signed by Ana Ruiz, President of the Peruvian Federation of Industries Omar Khalil "
        "al-Tamimi, and by the Minister of Labour."
    )
    assert "Peruvian Federation of Industries" in labels(text, "Organization")
    assert "Omar Khalil al-Tamimi" in labels(text, "Person")
    # a given name inside a body's name, after "of", stays the body's
    assert "University of Georgia" in labels("Experts from the University of Georgia spoke.", "Organization")
