"""Shapes of wire and agency copy: UN bodies named by their field, acts on a list of actors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from extract_util import by_rules, cues, labels, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from reference_data.org_epithets import EPITHETS, alt_labels
from reference_data.organizations import ORGS


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The U.N. refugee agency said 10,000 people had fled.",
            "Office of the United Nations High Commissioner for Refugees",
        ),
        (
            "A project launched by the United Nations Labour Agency seeks to help.",
            "International Labour Organization",
        ),
        (
            "The UN labor agency estimates 28 million people are in forced labour.",
            "International Labour Organization",
        ),
        ("The UN children's agency warned of child marriage.", "United Nations Children's Fund"),
        (
            "The UN human rights office criticized the law.",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
        ("The UN nuclear watchdog met in Vienna.", "International Atomic Energy Agency"),
    ],
)
def test_a_un_body_named_by_its_field_is_that_body(text: str, label: str) -> None:
    assert labels(run(text), "Organization") == {label}


def test_the_field_name_and_the_acronym_are_one_node() -> None:
    x = run(
        "A new project was launched by the United Nations Labour Agency on Tuesday. "
        "The International Labour Organisation (ILO) Director-General Guy Ryder said the ILO would lead it."
    )
    assert labels(x, "Organization") == {"International Labour Organization"}


def test_a_shared_field_names_no_one_body() -> None:
    # the UN food agency may be FAO or WFP; a humanitarian agency may be any of several
    x = run("The UN food agency and the UN humanitarian agency appealed for funds.")
    assert not labels(x, "Organization") - {"United Nations"}


def test_every_epithet_names_a_known_body_and_all_three_un_forms() -> None:
    slugs = {row[0] for row in ORGS}
    assert set(EPITHETS) <= slugs
    forms = alt_labels("unhcr")
    assert {"UN refugee agency", "U.N. refugee agency", "United Nations refugee agency"} <= set(forms)
    assert alt_labels("no-such-body") == []


def test_support_for_a_list_of_countries_reaches_each() -> None:
    x = run(
        "The European Union and the United Nations Office on Drugs and Crime (UNODC) have launched a "
        "three-year project aimed at supporting Egypt, Libya, Morocco and Tunisia in dismantling "
        "smuggling networks."
    )
    helped = {o for s, o in cues(x, "supports") if s == "United Nations Office on Drugs and Crime"}
    assert helped == {"Egypt", "Libya", "Morocco", "Tunisia"}


def test_support_for_one_body_in_its_work_stays_a_partnership() -> None:
    x = run("The ILO will support UNICEF in monitoring child labour in Nepal.")
    assert ("International Labour Organization", "United Nations Children's Fund") in cues(x, "partnersWith")
    assert not cues(x, "supports")


def test_support_does_not_run_on_past_the_list() -> None:
    x = run("Japan is supporting Kenya, said the Ambassador of Norway.")
    assert set(cues(x, "supports")) == {("Japan", "Kenya")}


@pytest.mark.parametrize(
    "office",
    [
        "the ILO Country Office for the Philippines",
        "the ILO Country Office in Nepal",
        "the ILO Abuja Country Office",
        "the ILO Regional Office for Africa",
    ],
)
def test_a_known_bodys_office_is_the_body(office: str) -> None:
    x = run(f"Jane Mwangi, Director of {office}, said the project would start in May.")
    assert labels(x, "Organization") == {"International Labour Organization"}
    assert ("Jane Mwangi", "International Labour Organization") in cues(x, "represents")


def test_an_office_after_the_bodys_name_and_acronym_is_the_body() -> None:
    x = run(
        "The United Nations Office on Drugs and Crime (UNODC) Regional Office for the Middle East and "
        "North Africa has launched a project in Egypt."
    )
    assert labels(x, "Organization") == {"United Nations Office on Drugs and Crime"}


def test_an_office_of_an_unknown_body_stays_its_own() -> None:
    x = run("The ILO met the Kenya Country Office on Monday.")
    assert labels(x, "Organization") == {"International Labour Organization", "Kenya Country Office"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Nigeria Labour Congress (NLC) called for a new law on migrant workers.",
            "Nigeria Labour Congress",
        ),
        ("Migrant Forum Asia (MFA) calls for an end to forced labour.", "Migrant Forum Asia"),
        ("The Ghana Trades Union Congress said the law was overdue.", "Ghana Trades Union Congress"),
    ],
)
def test_a_workers_congress_or_a_regional_forum_is_a_body(text: str, body: str) -> None:
    x = run(text)
    assert body in labels(x, "Organization")
    assert body not in labels(x, "Event")


@pytest.mark.parametrize(
    "text",
    ["The U.S. Congress passed the bill in May.", "The bill died in Congress last year."],
)
def test_a_country_s_congress_is_the_legislature(text: str) -> None:
    x = run(text)
    assert labels(x, "Event") == set()
    assert labels(x, "Organization") & {"U.S. Congress", "Congress"}


def test_a_congress_or_forum_on_a_topic_stays_an_event() -> None:
    x = run("The World Congress on Labour Migration opened in Geneva. The Global Forum on Migration met.")
    assert "World Congress on Labour Migration" in labels(x, "Event")
    assert not labels(x, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "The ILO and the European Union (EU) are launching a new project on labour migration.",
        "The ILO and the European Union have launched a three-year project aimed at safer migration.",
        "A new project launched on Tuesday by the ILO and the European Union seeks to prevent trafficking.",
        "The ILO and the European Union have jointly launched a US$ 2 million initiative on migration.",
    ],
)
def test_two_bodies_starting_one_project_are_partners(text: str) -> None:
    found = cues(run(text), "partnersWith")
    assert set(found) == {("International Labour Organization", "European Union")}
    assert next(iter(found.values())) != "pair model"  # read by the launch rule, not guessed


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda launched plans to fight trafficking.",
        "Refugees from Kenya and Uganda launched a campaign for schools.",
        "Kenya and Uganda launched the National Action Plan of Kenya in May.",
    ],
)
def test_separate_launches_or_launchers_named_as_origin_are_not_partners(text: str) -> None:
    assert not cues(run(text), "partnersWith")


def test_states_listed_as_having_endorsed_an_instrument_each_support_it() -> None:
    x = run(
        "I have the honour to take the floor on behalf of the following States which have endorsed "
        "the Safe Schools Declaration: Albania, Andorra, Armenia, The Netherlands and Belgium."
    )
    backers = {s for s, o in cues(x, "supports") if o == "Safe Schools Declaration"}
    assert backers == {"Albania", "Andorra", "Armenia", "Netherlands", "Belgium"}
    assert not cues(x, "callsFor")  # "the honour to" is courtesy, not a call


def test_endorsing_states_of_an_instrument_including_a_list() -> None:
    x = run(
        "I speak for 38 Endorsing States of the Safe Schools Declaration, including Andorra, "
        "Argentina, Chile and Zambia."
    )
    backers = {s for s, o in cues(x, "supports") if o == "Safe Schools Declaration"}
    assert backers == {"Andorra", "Argentina", "Chile", "Zambia"}


def test_states_parties_named_after_a_treaty_adopt_it() -> None:
    x = run("The States Parties to the Paris Agreement, namely Ghana and Peru, met in Bonn.")
    assert {s for s, o in cues(x, "adopts") if o == "Paris Agreement"} == {"Ghana", "Peru"}


@pytest.mark.parametrize(
    "text",
    [
        "States that have ratified the Paris Agreement welcomed Kenya's plan.",
        "The States which have endorsed the Safe Schools Declaration met Kenya and Peru.",
    ],
)
def test_no_list_after_the_instrument_names_no_party(text: str) -> None:
    x = run(text)
    assert not cues(x, "adopts") and not cues(x, "supports")


def test_a_duty_to_honour_a_commitment_is_still_a_call() -> None:
    x = run("Kenya must honour the Paris Agreement.")
    assert set(cues(x, "callsFor")) == {("Kenya", "Paris Agreement")}


def test_the_heads_opening_a_declaration_take_part_in_its_summit() -> None:
    x = run(
        "WE, the Heads of State/Government of Brunei Darussalam, the Kingdom of Cambodia and the "
        "Republic of Indonesia, Member States of ASEAN, at the 18th ASEAN Summit in Jakarta, hereby "
        "adopt this Declaration."
    )
    guests = {s for s, o in cues(x, "participatesIn") if o == "18th ASEAN Summit"}
    assert {"Brunei", "Cambodia", "Indonesia"} <= guests
    assert cues(x, "participatesIn")[("Cambodia", "18th ASEAN Summit")] == "WE, the Heads of State/Government"


def test_authors_joined_on_take_part_but_are_not_members() -> None:
    x = run(
        "WE, the Heads of State/Government of the Member States of the Association of Southeast Asian "
        "Nations (ASEAN), together with Australia, Japan and New Zealand, on the occasion of the 11th "
        "East Asia Summit held in Vientiane, adopt this Declaration."
    )
    guests = {s for s, o in cues(x, "participatesIn") if o == "11th East Asia Summit"}
    assert guests == {"Association of Southeast Asian Nations", "Australia", "Japan", "New Zealand"}
    assert not {s for s, _o in cues(x, "memberOf")} & {"Australia", "Japan", "New Zealand"}


def test_an_opening_without_an_occasion_names_no_meeting() -> None:
    x = run("We, the Ministers of Labour of Kenya and Uganda, met the Bali Process Steering Group.")
    assert not cues(x, "participatesIn")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('"We are proud," said Achim Steiner, UNDP Administrator.', "United Nations Development Programme"),
        (
            "NPC Vice-Chairman Min Bahadur Shrestha said the plan is ready. The National Planning "
            "Commission (NPC) leads it.",
            "National Planning Commission",
        ),
    ],
)
def test_administrators_and_vice_chairs_represent_their_body(text: str, body: str) -> None:
    assert {o for _s, o in cues(run(text), "represents")} == {body}


def test_a_member_of_a_countrys_mission_represents_the_country() -> None:
    x = run(
        "Statement by Mr Tom Kelso, Adviser, Australian Mission to the UN. Australia supports the Protocol."
    )
    assert set(cues(x, "represents")) == {
        ("Tom Kelso", "Australian Mission to the UN"),
        ("Tom Kelso", "Australia"),
    }


def test_a_relative_clause_with_two_parties_and_two_treaties() -> None:
    x = run(
        "This is in line with the Paris Agreement, and the Palermo Protocol which both the Philippines "
        "and the UAE have ratified."
    )
    adopted = {(s, o) for s, o in cues(x, "adopts")}
    assert {s for s, _o in adopted} == {"Philippines", "United Arab Emirates"}
    assert {o for _s, o in adopted} == {
        "Paris Agreement",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    }


def test_a_relative_clause_with_one_party_is_unchanged() -> None:
    x = run("Kenya welcomed the Paris Agreement, which Armenia ratified in 2008.")
    assert cues(x, "adopts") == {("Armenia", "Paris Agreement"): "ratified"}
    assert cues(x, "supports") == {("Kenya", "Paris Agreement"): "welcomed"}


def test_a_weekday_between_a_passive_and_its_agent() -> None:
    x = run("The Paris Agreement was signed Wednesday by Kenya and Uganda in New York.")
    assert {s for s, _o in cues(x, "adopts")} == {"Kenya", "Uganda"}


def test_a_lender_supports_each_country_its_financing_is_for() -> None:
    x = run(
        "The Board of Directors of the Inter-American Development Bank (IDB) approved five operations "
        "this week, totaling $1.8 billion, to foster programs in Barbados, Brazil and the Dominican Republic."
    )
    assert {o for s, o in cues(x, "supports") if s == "Inter-American Development Bank"} == {
        "Barbados",
        "Brazil",
        "Dominican Republic",
    }
    assert labels(x, "Organization") == {"Inter-American Development Bank"}  # its board is the bank


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank has not approved a loan for Kenya.",
        "The World Bank approved a loan. Kenya welcomed it.",
    ],
)
def test_no_financing_read_when_refused_or_for_no_named_country(text: str) -> None:
    assert not cues(run(text), "supports")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Council held an interactive dialogue with the Special Rapporteur on trafficking "
            "in persons, especially women and children, and concluded its debate on health.",
            "interactive dialogue with the Special Rapporteur on trafficking in persons, "
            "especially women and children",
        ),
        (
            "The Council concluded its clustered interactive dialogue with the Special Rapporteur "
            "on the right to health and the Special Rapporteur on trafficking in persons.",
            "clustered interactive dialogue with the Special Rapporteur on the right to health "
            "and the Special Rapporteur on trafficking in persons",
        ),
        (
            "Statement by Ambassador Tore Hansen in the Open Debate on Children and armed conflict, "
            "31 October 2017",
            "Open Debate on Children and armed conflict",
        ),
        (
            "Security Council Holds Open Debate on Human Trafficking, Modern Slavery, Forced Labour "
            "in Conflict Situations",
            "Open Debate on Human Trafficking, Modern Slavery, Forced Labour in Conflict Situations",
        ),
        (
            "The Security Council held an open debate on human trafficking, modern slavery and "
            "forced labour in conflict situations, hearing from 60 speakers.",
            "open debate on human trafficking, modern slavery and forced labour in conflict situations",
        ),
        (
            "We welcome the Open Debate on “Protecting children today to prevent conflicts "
            "tomorrow”, organized by Sweden.",
            "Open Debate on “Protecting children today to prevent conflicts tomorrow”",
        ),
        (
            "Statement to the UN Security Council Open Debate on Children and Armed Conflict",
            "UN Security Council Open Debate on Children and Armed Conflict",
        ),
    ],
)
def test_a_council_meeting_is_named_by_its_format_and_topic(text: str, event: str) -> None:
    assert event in labels(run(text), "Event")


def test_an_open_debate_with_no_council_named_takes_no_topic() -> None:
    events = labels(run("The open debate on the matter will continue next year."), "Event")
    assert not any(" on " in e for e in events)


def test_a_statements_speaker_takes_part_in_its_meeting() -> None:
    x = run(
        "Statement by Ambassador Mark Lyall Grant Permanent Representative of the UK Mission to the UN, to "
        "the UN Security Council Open Debate on Children and Armed Conflict"
    )
    assert "Mark Lyall Grant" in labels(x, "Person")  # the office after the name is no part of it
    assert ("Mark Lyall Grant", "UN Security Council Open Debate on Children and Armed Conflict") in cues(
        x, "participatesIn"
    )


def test_whom_a_headline_presents_a_policy_to_is_no_part_of_its_name() -> None:
    x = run("IOM Nigeria Presents National Migration Policy to Government\n\nThe NMP was adopted in 2015.")
    assert labels(x, "Plan") == {"National Migration Policy"}


def test_an_undefined_acronym_names_the_one_plan_with_those_initials() -> None:
    x = run(
        "Kenya launched the National Labour Migration Policy in May. The NLMP was drafted with IOM. "
        "Officials said the NLMP will guide recruitment."
    )
    plan = next(e for e in x.entities if e.label == "National Labour Migration Policy")
    assert "NLMP" in plan.aliases
    assert len(plan.mentions) == 3


def test_initials_shared_by_two_names_name_neither() -> None:
    x = run("Kenya launched the National Migration Policy and the National Mining Plan. The NMP was praised.")
    assert all("NMP" not in e.aliases for e in x.entities)


def test_initials_that_are_a_known_bodys_acronym_stay_that_body() -> None:
    x = run("The Indigenous Land Office met in Nairobi. The ILO said it would help.")
    office = next(e for e in x.entities if e.label == "Indigenous Land Office")
    assert "ILO" not in office.aliases
    assert "International Labour Organization" in labels(x, "Organization")


@pytest.mark.parametrize(
    "written",
    [
        "Protocol to Prevent, Suppress, and Punish Trafficking in Persons, especially Women and Children",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children",
    ],
)
def test_a_treaty_written_with_or_without_the_serial_comma_is_the_reference_one(written: str) -> None:
    x = run(f"Nigeria ratified the {written} in 2001.")
    assert labels(x, "Framework") == {
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mr. Tran Van Binh, Director of the ILO Office in Ha Noi, said so.",
            ("Tran Van Binh", "International Labour Organization"),
        ),
        (
            '"It is good," said Ms Aiko Tanaka, IOM mission chief.',
            ("Aiko Tanaka", "International Organization for Migration"),
        ),
        (
            "Statement by Slovak Environment Minister Peter Novak on behalf of the EU",
            ("Peter Novak", "European Union"),
        ),
        (
            "Ana Costa, the Coordinator of the UN Network on Migration and Director General of the "
            "International Organization for Migration, spoke.",
            ("Ana Costa", "International Organization for Migration"),
        ),
    ],
)
def test_offices_written_in_wire_copy_shapes(text: str, pair: tuple[str, str]) -> None:
    assert pair in cues(run(text), "represents")


def test_a_verb_between_a_name_and_on_behalf_of_is_no_representation() -> None:
    assert not cues(run("Jane Doe said on behalf of the EU that it was fine."), "represents")


@pytest.mark.parametrize(
    "law",
    [
        "Child Labour (Prohibition and Regulation) Amendment Act, 2016",
        "Child and Adolescent Labour (Prohibition and Regulation) Rules, 1988",
    ],
)
def test_a_law_with_a_bracketed_part_is_one_name(law: str) -> None:
    assert labels(run(f"India notified the {law} last year."), "Framework") == {law}


def test_two_bodies_or_two_numbered_instruments_joined_by_and_are_two() -> None:
    x = run("The Ministry of Labour and Employment and V V Giri National Labour Institute organised it.")
    assert labels(x, "Organization") == {
        "Ministry of Labour and Employment",
        "V V Giri National Labour Institute",
    }
    x = run("Convention 190 and ILO Recommendation 206 were adopted in 2019.")
    assert labels(x, "Framework") == {
        "Violence and Harassment Convention, 2019 (No. 190)",
        "ILO Recommendation 206",
    }


@pytest.mark.parametrize(
    "body",
    [
        "Ministry of Women and Child Development",
        "Department of Immigration and Border Protection",
        "Commission on Human Rights and Administrative Justice",
    ],
)
def test_one_body_with_and_in_its_name_stays_whole(body: str) -> None:
    assert labels(run(f"The {body} said the plan was ready."), "Organization") == {body}


def test_red_cross_societies_and_foundations_are_bodies() -> None:
    x = run(
        "The Egyptian Red Crescent (ERC) and the Maria and Tomas Herrera Foundation helped the Kenya Red "
        "Cross Society."
    )
    assert labels(x, "Organization") == {
        "Egyptian Red Crescent",
        "Maria and Tomas Herrera Foundation",
        "Kenya Red Cross Society",
    }
    assert not labels(x, "Framework")


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Egypt launched the national strategy to combat and prevent human trafficking in 2022-2026.",
            "national strategy to combat and prevent human trafficking in 2022-2026",
        ),
        (
            "Kenya adopted a national action plan to combat human trafficking (2022-2026) last year.",
            "national action plan to combat human trafficking (2022-2026)",
        ),
        (
            "Kenya adopted a national action plan to combat human trafficking in 2022.",
            "national action plan to combat human trafficking",
        ),
    ],
)
def test_a_lower_case_plan_keeps_its_joined_verbs_and_its_period(text: str, plan: str) -> None:
    x = run(text)
    assert labels(x, "Plan") == {plan}
    assert set(cues(x, "adopts")) == {(text.split()[0], plan)}


def test_in_a_list_of_names_set_off_by_commas_each_role_is_the_name_before_it() -> None:
    x = run(
        "Attending were Pham Thi Hai Chuyen, Minister of Labor, Invalids and Social Affairs, "
        "Mr. Vu Tien Loc, President of the Viet Nam Chamber of Commerce and Industry, "
        "Mr. Dang Ngoc Tung, President of the Viet Nam General Confederation of Labour, and others."
    )
    assert "Invalids" not in labels(x, "Person")  # the portfolio's next word is no name
    assert set(cues(x, "represents")) >= {
        ("Vu Tien Loc", "Viet Nam Chamber of Commerce and Industry"),
        ("Dang Ngoc Tung", "Viet Nam General Confederation of Labour"),
    }
    assert ("Dang Ngoc Tung", "Viet Nam Chamber of Commerce and Industry") not in cues(x, "represents")


def test_a_role_then_a_name_with_no_name_before_is_the_names() -> None:
    x = run("Ana Ruiz, UK Prime Minister Tom Lee and others met in London.")
    assert set(cues(x, "represents")) == {("Tom Lee", "United Kingdom")}


def test_a_promise_to_ratify_is_no_ratification() -> None:
    x = run(
        "The ILO has welcomed commitments made by Argentina, Finland, Spain and Uruguay to ratify the "
        "Violence and Harassment Convention, 2019 (No. 190)."
    )
    assert not cues(x, "adopts")


def test_the_ratification_as_a_topic_is_no_ratification_by_a_rule() -> None:
    x = run(
        "In Sri Lanka, unions have conducted dialogue sessions on the ratification of the Paris Agreement."
    )
    assert "ratification of" not in cues(x, "adopts").values()
    x = run("Kenya called for the ratification of the Paris Agreement.")
    assert set(cues(x, "callsFor")) == {("Kenya", "Paris Agreement")}


def test_a_name_cut_at_its_venue_leaves_the_venue_meeting_found() -> None:
    x = run(
        "The Ministers of Brazil and India signed a Memorandum of Understanding on Environmental "
        "Cooperation at the 10th BRICS Summit in Johannesburg."
    )
    assert labels(x, "Framework") == {"Memorandum of Understanding on Environmental Cooperation"}
    assert labels(x, "Event") == {"10th BRICS Summit"}


# -- guards from the review of this change ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Unions criticised the Law on Freedom of Association adopted in 2019.",
            "Framework",
            "Law on Freedom of Association",
        ),
        (
            "The government adopted the National Policy on Civil Society.",
            "Plan",
            "National Policy on Civil Society",
        ),
        (
            "The UN Office for Outer Space Affairs held a meeting.",
            "Organization",
            "UN Office for Outer Space Affairs",
        ),
        (
            "Tanzania's Ministry of Defence and National Service set rules.",
            "Organization",
            "Ministry of Defence and National Service",
        ),
    ],
)
def test_names_the_new_rules_must_leave_alone(text: str, kind: str, name: str) -> None:
    assert name in labels(run(text), kind)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Security Council open debate on the protection of civilians heard 80 speakers.",
            "Security Council open debate on the protection of civilians",
        ),
        (
            "The Council held an open debate on the situation in Afghanistan, hearing from 30 speakers.",
            "open debate on the situation in Afghanistan",
        ),
        (
            "The Council held an open debate on peacekeeping, peacebuilding and sustaining peace.",
            "open debate on peacekeeping, peacebuilding and sustaining peace",
        ),
        (
            "The Council held an interactive dialogue with the Special Rapporteur on torture on Tuesday.",
            "interactive dialogue with the Special Rapporteur on torture",
        ),
        (
            "Delegates joined the interactive dialogue with the Special Rapporteur on the right to food "
            "and then adjourned.",
            "interactive dialogue with the Special Rapporteur on the right to food",
        ),
        (
            "The Security Council held an open debate on climate and security last Thursday.",
            "open debate on climate and security",
        ),
        (
            "Statement to the UN Security Council Open Debate on Children and Armed Conflict, New York, "
            "25 June 2019",
            "UN Security Council Open Debate on Children and Armed Conflict",
        ),
    ],
)
def test_council_meeting_names_end_where_their_topic_ends(text: str, event: str) -> None:
    assert event in labels(run(text), "Event")


def test_a_topic_run_is_bounded_on_text_without_punctuation() -> None:
    from kg.extract.council_meetings import council_meetings

    spans = list(council_meetings("Open Debate on " * 3000))
    assert all(end - start <= 400 for start, end, _kind in spans)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "Nigeria's Trafficking in Persons (Prohibition, Enforcement and Administration) Act was amended.",
            "Trafficking in Persons (Prohibition, Enforcement and Administration) Act",
        ),
        (
            "After the Child Labour (Prohibition and Regulation) Act, 2016 came into force, raids rose.",
            "Child Labour (Prohibition and Regulation) Act, 2016",
        ),
    ],
)
def test_words_before_a_bracketed_law_are_no_part_of_it(text: str, law: str) -> None:
    assert labels(run(text), "Framework") == {law}


def test_a_red_cross_society_takes_only_its_countrys_name() -> None:
    x = run("On Monday Kenya Red Cross volunteers delivered aid.")
    assert labels(x, "Organization") == {"Kenya Red Cross"}


def test_a_single_name_before_and_a_title_is_kept() -> None:
    x = run(
        "The Minister of Foreign Affairs, Retno and Australian Foreign Minister Penny Wong met in Jakarta."
    )
    assert {"Retno", "Penny Wong"} <= labels(x, "Person")


def test_letters_inside_a_longer_name_are_no_acronym() -> None:
    x = run("The Government adopted the Comprehensive Border Strategy. A CBS News report criticised it.")
    assert "CBS" not in next(e for e in x.entities if e.label == "Comprehensive Border Strategy").aliases


def test_a_year_then_a_number_is_no_period() -> None:
    x = run("Kenya adopted a national plan to combat human trafficking in 2019 - 25 victims were rescued.")
    assert labels(x, "Plan") == {"national plan to combat human trafficking"}


def test_a_venue_meeting_with_a_topic_is_found() -> None:
    x = run("Kenya adopted the Kigali Declaration at the 5th Africa Summit on Migration in Kigali.")
    assert labels(x, "Event") == {"5th Africa Summit on Migration"}


@pytest.mark.parametrize(
    "text",
    [
        "The ILO praised Kenya, and Uganda launched a campaign against child labour.",
        "Floods hit Malawi and Mozambique started a relief programme.",
        "Kenya and Uganda started a dispute over the project.",
        "Kenya said refugees from Kenya and Uganda have launched a campaign for schools.",
    ],
)
def test_no_joint_launch_without_a_joint_subject_and_one_new_thing(text: str) -> None:
    assert not [c for c in cues(run(text), "partnersWith").values() if c != "pair model"]


@pytest.mark.parametrize(
    "text",
    [
        "The IMF may approve a $3 billion loan for Sri Lanka next month.",
        "Kenya urged China to provide loans to Uganda.",
        "Israel extended its ground operations in Lebanon on Monday.",
        "Ethiopia signed a loan agreement with the World Bank to import electricity to Djibouti.",
        "The World Bank approved a loan, and the ILO opened a new office in Bangladesh last month.",
    ],
)
def test_no_lender_support_from_intentions_wars_borrowers_or_other_clauses(text: str) -> None:
    assert not [c for c in cues(run(text), "supports").values() if c != "pair model"]


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("The European Union is supporting Kenya, and Uganda has welcomed the new policy.", {"Kenya"}),
        ("Japan is supporting Ethiopia and Somalia has asked for help too.", {"Ethiopia"}),
    ],
)
def test_support_for_a_list_stops_at_a_new_clause(text: str, helped: set[str]) -> None:
    assert {o for _s, o in cues(run(text), "supports")} == helped


@pytest.mark.parametrize(
    "text",
    [
        "States that are not parties to the Paris Agreement, namely India, Israel and Pakistan, "
        "were invited.",
        "Non-parties to the Paris Agreement, such as the United States, Russia and China, "
        "continue to pollute.",
        "The Committee will review the parties to the Paris Agreement, including the reports of "
        "Kenya and Chad.",
    ],
)
def test_no_parties_from_denials_or_lists_that_do_not_follow_the_treaty(text: str) -> None:
    assert not cues(run(text), "adopts")


def test_only_joined_authors_right_after_the_list_and_not_a_recalled_meeting() -> None:
    x = run(
        "WE, the Heads of State/Government of Indonesia, Malaysia and Thailand, gathered at the 30th ASEAN "
        "Summit in Manila, pledge to work together with UNICEF and UNHCR to protect children."
    )
    guests = {s for s, _o in cues(x, "participatesIn")}
    assert guests == {"Indonesia", "Malaysia", "Thailand"}
    x = run(
        "WE, the Heads of State/Government of Indonesia, Malaysia and Thailand, recalling the "
        "decisions taken "
        "at the 20th ASEAN Summit, hereby adopt this Declaration at the 30th ASEAN Summit."
    )
    assert (
        cues(x, "participatesIn")[("Indonesia", "30th ASEAN Summit")] == "WE, the Heads of State/Government"
    )
    assert ("Indonesia", "20th ASEAN Summit") not in cues(x, "participatesIn")


def test_on_behalf_of_without_a_comma_only_in_a_statement_line() -> None:
    assert not cues(
        run("The Secretary-General congratulated Jane Mwangi on behalf of the United Nations."), "represents"
    )


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        (
            "Kenya has embarked on the implementation of the National Action Plan against "
            "Trafficking in Persons.",
            "implements",
            ("Kenya", "National Action Plan against Trafficking in Persons"),
        ),
        (
            "Despite commitments by the government, Kenya became the first country to ratify "
            "the Paris Agreement.",
            "adopts",
            ("Kenya", "Paris Agreement"),
        ),
        (
            "Kenya honoured its commitment to ratify the Paris Agreement in March.",
            "adopts",
            ("Kenya", "Paris Agreement"),
        ),
    ],
)
def test_acts_the_guards_of_this_change_must_not_lose(
    text: str, predicate: str, pair: tuple[str, str]
) -> None:
    assert pair in cues(run(text), predicate)


def test_a_relative_clause_after_a_comma_reaches_the_nearest_item_only() -> None:
    x = run(
        "Kenya signed the Convention on the Rights of the Child and the Paris Agreement, which "
        "Uganda ratified in 2016."
    )
    assert {o for s, o in cues(x, "adopts") if s == "Uganda"} == {"Paris Agreement"}
    x = run("Uganda welcomed the Paris Agreement, which Uganda and Kenya have ratified.")
    assert {s for s, _o in cues(x, "adopts")} == {"Uganda", "Kenya"}


_UNHCR = "Office of the United Nations High Commissioner for Refugees"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("UNHCR welcomed the UK's pledge to resettle refugees.", (_UNHCR, "United Kingdom")),
        ("UNHCR has today welcomed Australia's further support for people in Syria.", (_UNHCR, "Australia")),
    ],
)
def test_praise_of_another_actors_pledge_or_support_is_support(text: str, pair: tuple[str, str]) -> None:
    assert cues(run(text), "supports")[pair] == "welcomed"


def test_no_support_from_praise_denied() -> None:
    assert not cues(run("Kenya did not welcome Uganda's decision to leave."), "supports")


def test_ilo_conventions_cited_by_number_alone() -> None:
    x = run("Ireland ratified C190 and Convention 190 in 2023. Peru ratified Convention 189.")
    assert labels(x, "Framework") == {
        "Violence and Harassment Convention, 2019 (No. 190)",
        "Domestic Workers Convention, 2011 (No. 189)",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chinese foreign ministry spokesman Wang Wenbin said the law was wrong.",
        '"It is wrong," said Wang Wenbin, a Chinese foreign ministry spokesman.',
    ],
)
def test_a_ministrys_spokesman_named_with_the_countrys_adjective_represents_it(text: str) -> None:
    assert set(cues(run(text), "represents")) == {("Wang Wenbin", "China")}


@pytest.mark.parametrize(
    "text",
    [
        "Malaysian Human Resources Minister Steven Sim signed the memorandum.",
        "Malaysian Home Affairs Minister Steven Sim signed the memorandum.",
        "Malaysian Labour and Employment Minister Steven Sim signed the memorandum.",
    ],
)
def test_a_minister_named_with_the_countrys_adjective_and_a_portfolio_represents_it(text: str) -> None:
    """The portfolio in Title Case between the adjective and "Minister" still makes the adjective
    the state the minister serves."""
    assert set(cues(run(text), "represents")) == {("Steven Sim", "Malaysia")}


def test_the_head_of_a_body_named_with_the_countrys_adjective_serves_the_body() -> None:
    assert ("Lim Ah Kow", "Malaysia") not in set(
        cues(run("Malaysian Palm Oil Council chief Lim Ah Kow spoke in Kuala Lumpur."), "represents")
    )


def test_a_demonym_before_people_is_no_state() -> None:
    assert not labels(run("Many Chinese companies and migrant workers arrived in Lagos."), "Country")


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from Somalia welcomed Kenya's pledge to keep the camps open.",
        "Ukraine welcomed Russia's decision to withdraw its troops.",
        "Kenyan finance expert Jane Doe said the budget was flawed.",
    ],
)
def test_no_support_or_office_read_into_praise_by_others_or_a_field_of_expertise(text: str) -> None:
    x = run(text)
    assert not [c for c in cues(x, "supports").values() if c != "pair model"]
    assert not cues(x, "represents")


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled in Case C-182/15 that the law was void.",
        "Syrian refugees fleeing government forces arrived in Lebanon.",
        "A Nigerian oil company official said output had fallen.",
    ],
)
def test_no_convention_from_a_case_number_and_no_state_from_people(text: str) -> None:
    x = run(text)
    assert not labels(x, "Framework")
    assert labels(x, "Country") <= {"Lebanon"}


def test_the_chinese_side_is_still_the_state() -> None:
    assert labels(run("The Chinese side spoke of a new era of cooperation."), "Country") == {"China"}


@pytest.mark.parametrize(
    "text",
    [
        "The Inter-American Development Bank (IDB) and the United Nations Development Programme (UNDP) "
        "reaffirmed their long-standing cooperation through a new framework agreement.",
        "On Monday, the Inter-American Development Bank and the United Nations Development Programme "
        "joined forces against poverty.",
    ],
)
def test_two_bodies_whose_deed_is_their_tie_are_partners(text: str) -> None:
    found = cues(run(text), "partnersWith")
    assert set(found) == {("Inter-American Development Bank", "United Nations Development Programme")}
    assert "pair model" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "The ILO praised Kenya, and Uganda reaffirmed their ties with Rwanda.",
        "Refugees from Kenya and Uganda came together in Kampala.",
    ],
)
def test_no_tie_read_for_an_object_or_a_preposition_before_the_list(text: str) -> None:
    assert not [c for c in cues(run(text), "partnersWith").values() if c != "pair model"]


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        ("Japan ratified the Kyoto protocol in 2002.", "Kyoto Protocol"),
        ("Kenya joined the Paris agreement.", "Paris Agreement"),
    ],
)
def test_a_treaty_named_by_a_place_with_its_kind_in_lower_case(text: str, treaty: str) -> None:
    x = run(text)
    assert labels(x, "Framework") == {treaty}
    assert set(cues(x, "adopts")) == {(text.split()[0], treaty)}


def test_a_lower_case_tail_of_other_names_still_is_no_reference_name() -> None:
    assert not labels(run("Kenya spoke at the Paris peace forum and the General assembly."), "Framework")


def test_a_list_of_forty_endorsers_is_read_to_its_end() -> None:
    names = [
        "Albania", "Andorra", "Armenia", "Austria", "Belgium", "Brazil", "Bulgaria", "Canada", "Chile",
        "Costa Rica", "Cyprus", "Denmark", "Ecuador", "France", "Germany", "Greece", "Italy", "Jamaica",
        "Kenya", "Lebanon", "Liechtenstein", "Luxembourg", "Malaysia", "Malta", "Montenegro", "Norway",
        "Paraguay", "Poland", "Portugal", "Qatar", "Romania", "Serbia", "Slovakia", "Slovenia", "Spain",
        "Sweden", "Uruguay", "Yemen",
    ]  # fmt: skip
    x = by_rules(
        run(
            "I have the honour to speak on behalf of the following States which have endorsed the Safe "
            f"Schools Declaration: {', '.join(names)}, and my own country, Argentina."
        )
    )
    endorsers = {s for (s, o), _cue in cues(x, "supports").items() if o == "Safe Schools Declaration"}
    assert endorsers == {*names, "Argentina"}


def test_a_long_list_without_and_names_only_its_first() -> None:
    # no "and" closes it within reach: a run of names set off by commas may be anything (places, a
    # dateline); over 400 characters, so the longer reach is tried and finds no "and" either
    names = [
        "Albania", "Andorra", "Armenia", "Austria", "Belgium", "Brazil", "Bulgaria", "Canada", "Chile",
        "Costa Rica", "Cyprus", "Denmark", "Ecuador", "France", "Germany", "Greece", "Italy", "Jamaica",
        "Kenya", "Lebanon", "Liechtenstein", "Luxembourg", "Malaysia", "Malta", "Montenegro", "Norway",
        "Paraguay", "Poland", "Portugal", "Qatar", "Romania", "Serbia", "Slovakia", "Slovenia", "Spain",
    ]  # fmt: skip
    x = by_rules(
        run(
            "I speak on behalf of the following States which have endorsed the Safe Schools Declaration: "
            f"{', '.join(names)}. Others will follow."
        )
    )
    assert {s for (s, _o) in cues(x, "supports")} == {"Albania"}
