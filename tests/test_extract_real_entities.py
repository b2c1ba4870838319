"""Name bounds and person forms of news text (kg.extract.name_bounds, kg.extract.person_forms)."""

from __future__ import annotations

import pytest
from extract_util import news, run, typed


def _labels(text: str, type_name: str) -> set[str]:
    return {label for t, label in typed(run(text)) if t == type_name}


# -- trailing phrases cut off ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "type_name", "name", "not_name"),
    [
        (
            "The House passed the Coastal Fisheries Protection Act on second and final reading.",
            "Framework",
            "Coastal Fisheries Protection Act",
            "Coastal Fisheries Protection Act on second and final reading",
        ),
        (
            "Ministers unveiled the National Water Security Plan at the Lakeside Convention Centre in May.",
            "Plan",
            "National Water Security Plan",
            "National Water Security Plan at the Lakeside Convention",
        ),
        (
            "The two governments signed the Labour Mobility Agreement at Nairobi last week.",
            "Framework",
            "Labour Mobility Agreement",
            "Labour Mobility Agreement at Nairobi",
        ),
        (
            "Leaders endorsed the Regional Framework on Ocean Health on the Occasion of the Island Summit.",
            "Framework",
            "Regional Framework on Ocean Health",
            "Regional Framework on Ocean Health on the Occasion of the Island Summit",
        ),
    ],
)
def test_trailing_phrase_is_cut(sentence: str, type_name: str, name: str, not_name: str) -> None:
    labels = _labels(news(sentence), type_name)
    assert name in labels
    assert not_name not in labels


def test_at_work_stays_in_the_name() -> None:
    text = news("The country ratified the Convention on Safety and Health at Work Standards in March.")
    assert not any(label.endswith("Safety and Health") for label in _labels(text, "Framework"))


# -- names cut short, completed ---------------------------------------------------------------


def test_law_number_is_part_of_the_name() -> None:
    text = news("The court applied the Fisheries Law No. 112-09 and its regulations.")
    assert "Fisheries Law No. 112-09" in _labels(text, "Framework")


def test_committee_serial_comma() -> None:
    text = news("As Senate Committee on Health, Sports, and Cultural Affairs chair, Reyes backed the bill.")
    assert "Senate Committee on Health, Sports, and Cultural Affairs" in _labels(text, "Organization")


def test_trafficking_in_persons_completes_the_name() -> None:
    text = news("Delegates attended the 2019 Andean Anti-Trafficking in Persons Training Seminar in Lima.")
    assert "2019 Andean Anti-Trafficking in Persons Training Seminar" in _labels(text, "Event")


# -- a body's name followed by its official ------------------------------------------------


def test_official_after_body_with_role_before() -> None:
    text = news(
        "Deputy Secretary at the Ministry of Water and Rural Development Tomasz Oleksy said the plan "
        "would be funded in full."
    )
    assert "Ministry of Water and Rural Development" in _labels(text, "Organization")
    assert "Tomasz Oleksy" in _labels(text, "Person")


def test_titled_official_inside_body_name() -> None:
    text = news(
        "The plan was signed by Ministry of Coastal Affairs Secretary Anil K. Perera and the partners."
    )
    assert "Ministry of Coastal Affairs" in _labels(text, "Organization")
    assert "Anil K. Perera" in _labels(text, "Person")


def test_unknown_end_of_body_name_is_not_split() -> None:
    text = news("Deputy Secretary at the Ministry of Water and Rural Sanitation Tomasz Oleksy said so.")
    assert "Ministry of Water and Rural" not in _labels(text, "Organization")


def test_body_name_without_role_is_kept() -> None:
    text = news("Staff of the Ministry of Water and Rural Sanitation met farmers in the valley.")
    assert "Ministry of Water and Rural Sanitation" in _labels(text, "Organization")


# -- persons -----------------------------------------------------------------------------


def test_quoted_nickname_and_suffix() -> None:
    text = news('Congress urged President Rodrigo "Digong" Reyes Jr. to sign the bill.')
    persons = _labels(text, "Person")
    assert any(p.startswith('Rodrigo "Digong" Reyes') for p in persons)
    assert "Rodrigo" not in persons


def test_names_after_plural_title() -> None:
    text = news("The bill was sponsored by Senators Ana Villamor, Lea Castro and Tomas Ibarra.")
    assert {"Ana Villamor", "Lea Castro", "Tomas Ibarra"} <= _labels(text, "Person")


def test_leading_title_dropped_from_person() -> None:
    text = news("The delegation was led by Counselor Marta Elena Quiroga of the embassy.")
    assert "Marta Elena Quiroga" in _labels(text, "Person")


def test_military_rank_before_name() -> None:
    text = news("The talks included General Pedro Luis Arce Molina of the Army and civil officials.")
    assert "Pedro Luis Arce Molina" in _labels(text, "Person")


def test_name_after_honourable() -> None:
    text = news("The plan was launched by the Minister of Finance, Hon. Kofi Mensah-Boateng, in Accra.")
    assert "Kofi Mensah-Boateng" in _labels(text, "Person")
    assert "Hon" not in _labels(text, "Person")


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks with Member States continued, officials said.",
        "In Lisbon, Portuguese Prime Minister Rui Matos said the plan was ready.",
    ],
)
def test_not_persons(sentence: str) -> None:
    persons = _labels(news(sentence), "Person")
    assert "Member States" not in persons
    assert "Lisbon" not in persons


# -- context: the UN as a modifier, headline fragments, a union's congress ------------------


def test_un_as_modifier_is_not_an_actor() -> None:
    text = news("The hotline was set up by the United Nations migration agency with the Ministry of Labour.")
    assert "United Nations" not in _labels(text, "Organization")


def test_un_as_actor_is_kept() -> None:
    text = news("The United Nations welcomed the plan adopted by Peru.")
    assert "United Nations" in _labels(text, "Organization")


def test_un_country_team_is_a_body() -> None:
    text = news("The UN Country Team signed the framework with the Government of Peru.")
    assert "UN Country Team" in _labels(text, "Organization")


def test_headline_fragment_with_verb_dropped() -> None:
    text = (
        "Regional Council Statement Condemns Attacks on Border Posts in Chad\n\n"
        "The council met on Monday and adopted a statement."
    )
    orgs = _labels(text, "Organization")
    assert not any("Condemns" in label for label in orgs)


def test_union_congress_is_an_organization() -> None:
    text = news("The Kenyan Trades Union Congress (KTUC) called for the protection of domestic workers.")
    assert "Kenyan Trades Union Congress" in _labels(text, "Organization")
    assert "Kenyan Trades Union Congress" not in _labels(text, "Event")


def test_name_after_title_and_place() -> None:
    text = news(
        "The deal was welcomed by the Peruvian Ambassador to Chile Rosa Elvira Mendoza, who attended.",
        "It was presented by the Minister of Energy of Ecuador Jorge Paredes who chaired the talks.",
    )
    persons = _labels(text, "Person")
    assert "Rosa Elvira Mendoza" in persons
    assert "Jorge Paredes" in persons


def test_no_name_after_title_and_unknown_place() -> None:
    text = news("The Director of Operations Support Unit Alpha said the work was over.")
    assert "Unit Alpha" not in _labels(text, "Person")


def test_plural_head_is_a_class_of_bodies() -> None:
    text = news(
        "Officials of the Ministries of Justice and the Border Police Departments met the "
        "Council of Civil Society Organisations in Quito."
    )
    orgs = _labels(text, "Organization")
    assert "Ministries of Justice" not in orgs
    assert "Border Police Departments" not in orgs
    assert "Council of Civil Society Organisations" in orgs


def test_two_events_joined_by_and() -> None:
    text = news(
        "The Fifth Regional Ministerial Meeting and Second Youth and Labour Forum of the Andean "
        "Migration Dialogue opened in Quito."
    )
    events = {label for t, label in typed(run(text)) if t == "Event"}
    assert "Fifth Regional Ministerial Meeting" in events
    assert "Second Youth and Labour Forum" in events


def test_one_event_with_and_is_kept() -> None:
    text = news("The Third Conference on Trade and Development opened in Lima.")
    events = {label for t, label in typed(run(text)) if t == "Event"}
    assert "Third Conference on Trade and Development" in events


def test_plural_head_listing_named_bodies_is_kept() -> None:
    text = news("The plan needs the Ministries of Health and Social Protection and of Finance to act.")
    assert any(label.startswith("Ministr") for label in _labels(text, "Organization"))


def test_honorific_ends_a_plan_name() -> None:
    text = news("The strategy follows the Vision of His Majesty King Omar II for the coast.")
    assert "King Omar II" in _labels(text, "Person")
    assert not any("Majesty" in label for label in _labels(text, "Plan"))


def test_names_after_lower_case_plural_role() -> None:
    text = news("The visit was led by consular officers Rosa Maria Ortega and Luis Pena Soto of the embassy.")
    assert {"Rosa Maria Ortega", "Luis Pena Soto"} <= _labels(text, "Person")


def test_name_after_portfolio_and_comma() -> None:
    text = news(
        "The Undersecretary for Coastal Tourism Policy, Marta Ibarra; the mayor and the governor attended."
    )
    assert "Marta Ibarra" in _labels(text, "Person")


def test_portfolio_list_is_not_a_name() -> None:
    text = news("The Minister of Labour, Social Security and Family said the law was ready.")
    assert "Social Security" not in _labels(text, "Person")


def test_event_purpose_is_not_part_of_the_name() -> None:
    text = news("Chile hosts the Second Ministerial Meeting of Pioneer States for Implementation of the Pact")
    assert "Second Ministerial Meeting of Pioneer States" in _labels(text, "Event")


def test_participle_after_body_name_is_cut() -> None:
    text = news("The African Development Bank Funded project opened in Dakar.")
    assert "African Development Bank Funded" not in _labels(text, "Organization")


def test_treaty_body_of_the_parties() -> None:
    text = news("The Committee of the Parties to the Convention met in Oslo to review progress.")
    assert "Committee of the Parties" in _labels(text, "Organization")


def test_signed_lower_case_memorandum() -> None:
    text = news("Peru and Chile signed a memorandum of understanding (MoU) on seasonal workers on Monday.")
    assert "memorandum of understanding" in _labels(text, "Framework")


def test_memorandum_not_signed_is_not_named() -> None:
    text = news("Officials said a memorandum of understanding could follow next year.")
    assert "memorandum of understanding" not in _labels(text, "Framework")


def test_acronym_lower_case_plan_and_treaty() -> None:
    text = news(
        "The UNDP climate resilience programme in Fiji is on track, and the SADC free trade protocol "
        "was cited as a model."
    )
    assert "UNDP climate resilience programme" in _labels(text, "Plan")
    assert "SADC free trade protocol" in _labels(text, "Framework")


def test_acronym_before_capitalized_name_is_left_alone() -> None:
    text = news("The UNDP support programme Coastal Futures began in Samoa.")
    assert "UNDP support programme" not in _labels(text, "Plan")


def test_governing_body() -> None:
    text = news("The WHO Governing Body endorsed the new programme in Geneva.")
    assert "WHO Governing Body" in _labels(text, "Organization")


def test_session_ordinal_cut_from_body() -> None:
    text = news("The Eighty-first General Assembly adopted the resolution on migrant workers.")
    orgs = _labels(text, "Organization")
    assert any(label.endswith("General Assembly") for label in orgs)
    assert not any("Eighty-first" in label for label in orgs)


def test_acronym_then_clause_is_not_a_name() -> None:
    text = news("Kenya and UNHCR signed an agreement on refugee returns on Friday.")
    assert not any("signed" in label for label in _labels(text, "Framework"))


def test_signed_memorandum_without_short_form_is_left() -> None:
    text = news("Peru and Chile signed a memorandum of understanding on seasonal workers on Monday.")
    assert "memorandum of understanding" not in _labels(text, "Framework")


# -- a person's name run into the body before it --------------------------------------------


def test_given_name_opens_the_official_after_a_body() -> None:
    text = news("Director of the Regional Bureau for Europe Maria Keller represented the agency.")
    assert typed(run(text)) == {("Organization", "Regional Bureau for Europe"), ("Person", "Maria Keller")}


def test_unknown_first_word_keeps_the_body_whole() -> None:
    # "Ostrava" is no given name: where the body's name ends stays unknown, so nothing is split off
    text = news("Director of the Regional Bureau for Europe Ostrava Keller represented the agency.")
    assert _labels(text, "Organization") == {"Regional Bureau for Europe Ostrava Keller"}
    assert not _labels(text, "Person")


def test_given_name_without_role_before_is_not_split() -> None:
    # no role before the body: the words after it may be the body's own, even with a given name
    text = news("Staff of the Bureau for Europe Maria Keller said the plan works.")
    assert not _labels(text, "Person")


def test_second_role_inside_a_body_name() -> None:
    text = news(
        "Deputy Minister for Home Affairs and Chief of Ghana Police Service Kofi Mensah convened a meeting."
    )
    assert _labels(text, "Organization") == {"Ghana Police Service"}


def test_two_bodies_joined_by_and_are_not_cut_as_a_second_role() -> None:
    text = news("The Ministry of Trade and Industry and the Ministry of Labour signed it.")
    assert {"Ministry of Trade and Industry", "Ministry of Labour"} <= _labels(text, "Organization")


def test_a_plural_subject_before_at_is_no_part_of_the_body() -> None:
    orgs = _labels(news("Students at Makerere University protested on Monday."), "Organization")
    assert orgs == {"Makerere University"}


def test_a_body_named_with_a_plural_and_at_stays_whole() -> None:
    assert "Scholars at Risk Network" in _labels(
        news("The Scholars at Risk Network condemned the arrests."), "Organization"
    )
