"""A person's name as it is written: "Md." or initials before it, the period of "Jr." after it, a
name that follows a two-word office's body ("Secretary General of the Ministry of … Ana Ruiz"),
and where the office written after a name ends.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import has, run


def person_names(text: str) -> set[str]:
    return {n for e in run(text).entities if e.type == "Person" for n in (e.label, *e.aliases)}


def labels(text: str, kind: str) -> set[str]:
    return {e.label for e in run(text).entities if e.type == kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Secretary Md. Shahidul Karim met the envoys in Dhaka.", "Md. Shahidul Karim"),
        ("Senior Secretary Md Anwar Hossain opened the workshop.", "Md Anwar Hossain"),
        ("Deputy Minister Mohd. Rafiq Ismail said the plan was ready.", "Mohd. Rafiq Ismail"),
    ],
)
def test_an_abbreviated_muhammad_opens_the_name(text, name):
    assert name in person_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ramon Villareal Jr. said the bill would pass.",
        "The bill was signed by President Ramon Villareal Jr.",
    ],
)
def test_the_period_of_jr_belongs_to_the_name(text):
    assert "Ramon Villareal Jr." in person_names(text)


def test_a_period_after_another_last_name_is_not_taken():
    names = person_names("The bill was signed by Senator Ramon Villareal.")
    assert "Ramon Villareal" in names
    assert not any(n.endswith(".") for n in names)


def test_a_name_after_a_two_word_office_and_its_body_is_a_person():
    text = (
        "The Government of Morocco, represented by the Secretary General of the Ministry of "
        "Foreign Affairs Youssef Alami, signed the agreement."
    )
    assert "Youssef Alami" in labels(text, "Person")
    assert "Ministry of Foreign Affairs" in labels(text, "Organization")
    assert not any("Alami" in o for o in labels(text, "Organization"))


def test_a_body_named_after_the_general_office_keeps_its_name_without_a_given_name():
    text = "The Director General of the Water Resources Authority Kisumu Branch, spoke."
    assert not labels(text, "Person")


def test_a_name_with_particles_after_a_body_is_the_person_of_the_office():
    ex = run(
        "The pact was signed by Prime Minister Lucia Ferri, the President of the European Commission "
        "Ingrid von der Heide, and President Omar Saadi."
    )
    people = {e.label: e for e in ex.entities if e.type == "Person"}
    assert "Ingrid von der Heide" in people
    assert "European Commission" in {e.label for e in ex.entities if e.type == "Organization"}
    assert has(ex, "Ingrid von der Heide", "represents", "European Commission")
    assert not has(ex, "Lucia Ferri", "represents", "European Commission")


def test_spanish_surnames_keep_their_particles():
    assert "Georgina Salas de los Ríos" in person_names(
        "Minister Georgina Salas de los Ríos opened the forum."
    )


def test_a_founder_is_an_office_before_a_name():
    ex = run("Safe Passage Foundation Founder Andrew Whitlock commended MPs for passing the bill.")
    assert "Andrew Whitlock" in {e.label for e in ex.entities if e.type == "Person"}
    assert not any("Whitlock" in e.label for e in ex.entities if e.type == "Organization")


def test_a_role_that_opens_a_longer_role_is_not_given_to_the_person_before():
    ex = run(
        "Andrew Whitlock, chairman of the Safe Passage Foundation, said so. "
        "The director of the Coastal Rescue Agency, Amina Odhiambo, spoke next."
    )
    whitlock = next(e for e in ex.entities if e.label == "Andrew Whitlock")
    assert "director" not in {a.lower() for a in whitlock.aliases}


def test_a_person_of_a_body_is_not_the_start_of_the_bodys_name():
    ex = run(
        "Panellists will include: Meredith Holm of NYU Marron Institute of Urban Management; and "
        "Ilias Kostas, Chief of Section, UNODC."
    )
    assert "Meredith Holm" in {e.label for e in ex.entities if e.type == "Person"}
    assert "NYU Marron Institute of Urban Management" in {
        e.label for e in ex.entities if e.type == "Organization"
    }


def test_maryland_after_a_city_is_no_part_of_the_next_name():
    names = person_names(
        "The forum was held in Bethesda, Md. Maria Lopez of the IOM said the plan was ready."
    )
    assert "Maria Lopez" in names
    assert not any(n.startswith("Md") for n in names)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Director General of the National Police Service Coast Region, said the raid was lawful.",
            "National Police Service Coast Region",
        ),
        (
            "The Coordinator of the Kenya Wildlife Service Tsavo East, said the park was closed.",
            "Kenya Wildlife Service Tsavo East",
        ),
    ],
)
def test_a_region_after_a_bodys_name_is_no_person(text, body):
    assert not labels(text, "Person")
    assert body in labels(text, "Organization")


def test_a_hyphenated_surname_after_a_two_word_office_and_its_body():
    text = "The Secretary General of the Ministry of Interior Ahmed Al-Mansouri said the law was ready."
    assert "Ahmed Al-Mansouri" in labels(text, "Person")
    assert "Ministry of Interior" in labels(text, "Organization")


def test_two_given_names_and_a_surname_with_particles_after_a_body():
    text = "The Philippine Commission on Women Maria Elena de los Reyes Cruz welcomed the law."
    assert "Maria Elena de los Reyes Cruz" in labels(text, "Person")
    assert "Philippine Commission on Women" in labels(text, "Organization")


def test_md_opening_a_name_after_a_title_leaves_the_title_its_role():
    ex = run("Bangladeshi Foreign Secretary Md. Shahidul Karim said the deal was good.")
    karim = next(e for e in ex.entities if e.type == "Person")
    assert karim.label == "Md. Shahidul Karim"
    assert "Bangladeshi Foreign Secretary" in karim.aliases
    assert has(ex, "Md. Shahidul Karim", "represents", "Bangladesh")


def test_a_managing_director_before_a_name_is_still_a_title():
    ex = run("The Unilever MD Anna Ruiz said the deal was good.")
    assert has(ex, "Anna Ruiz", "represents", "Unilever")


def test_un_names_are_found_written_with_dots():
    ex = run("U.N. High Commissioner for Refugees Filippo Moretti said the deal was good.")
    assert has(
        ex, "Filippo Moretti", "represents", "Office of the United Nations High Commissioner for Refugees"
    )


def test_the_label_keeps_the_period_of_jr():
    assert "Ramon Villareal Jr." in labels("Senator Ramon Villareal Jr. said the bill would pass.", "Person")


def test_the_split_after_a_body_reads_offsets_from_the_text_not_from_single_spaces():
    text = "The Philippine Commission on Women Maria  Elena de los Reyes Cruz welcomed the law."
    assert "Philippine Commission on Women" in labels(text, "Organization")
    assert "Maria Elena de los Reyes Cruz" in labels(text, "Person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. D.M.S. Perumal, Secretary of the Ministry of Labour, signed it.", "D.M.S. Perumal"),
        ("Minister A.K. Abdul Rahim said Ghana would sign.", "A.K. Abdul Rahim"),
        ("The deal was signed by Mr. N.P. Wickrama, Director of the Bureau.", "N.P. Wickrama"),
    ],
)
def test_initials_written_together_open_the_name(text, name):
    assert labels(text, "Person") == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of Security the Honourable Ana Ruiz M.P. presented the letters.", "Ana Ruiz"),
        ("Remarks by H.E. Ana Ruiz, President of the Assembly, on refugees.", "Ana Ruiz"),
        ("The U.S. Ambassador Ana Ruiz said the U.N. must act.", "Ana Ruiz"),
    ],
)
def test_a_title_or_country_in_initials_is_not_the_name(text, name):
    assert labels(text, "Person") == {name}


def _roles(text: str) -> dict[str, set[str]]:
    return {e.label: set(e.aliases) for e in run(text).entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # no comma closes the office: it ends before the verb
        ("Ana Ruiz, Minister of the Interior of Chile signed the agreement.",
         {"Ana Ruiz": {"Minister of the Interior of Chile"}}),
        # … or before "and" and an honorific, or the next person
        ("Ana Ruiz, Secretary of the Ministry of Labour of Chile and the Hon. Lea Cruz, Minister of "
         "the Interior of Peru signed the agreement while officials watched.",
         {"Ana Ruiz": {"Secretary of the Ministry of Labour of Chile"},
          "Lea Cruz": {"Minister of the Interior of Peru"}}),
        ("Ana Ruiz, Minister of Labour of Chile and Lea Cruz, Minister of the Interior of Peru, signed it.",
         {"Ana Ruiz": {"Minister of Labour of Chile"}, "Lea Cruz": {"Minister of the Interior of Peru"}}),
    ],
)  # fmt: skip
def test_an_office_after_a_name_ends_where_the_clause_goes_on(text, roles):
    assert _roles(text) == roles


def test_an_office_with_lower_case_words_keeps_them():
    text = "Ana Ruiz, Special Rapporteur on trafficking in persons, said so."
    assert _roles(text) == {"Ana Ruiz": {"Special Rapporteur on trafficking in persons"}}


@pytest.mark.parametrize(
    "text",
    [
        # "General" of "Secretary-General" is no military rank before a name
        "Secretary-General Underlines Collective Responsibility to ‘Stop These Crimes’\n\nHe spoke.",
        # a phrase in quotation marks before an office is a quotation, not a name
        "Citing ‘Abject Poverty’, Secretary-General Urges Social Protections\n\nThe Secretary-General spoke.",
    ],
)
def test_headline_words_after_a_title_or_in_quotes_are_no_person(text):
    assert labels(text, "Person") == set()


def test_a_military_rank_still_opens_a_name():
    assert labels("General Ana Ruiz Lopez said the army would help.", "Person") == {"Ana Ruiz Lopez"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Detective Superintendent Jayne Morrow said the couple had been charged.", "Jayne Morrow"),
        ("Chief Inspector Ana Ruiz of the Police said so.", "Ana Ruiz"),
        ("Inspector General of Police Ana Ruiz said the force would act.", "Ana Ruiz"),
    ],
)
def test_a_police_rank_is_a_title_not_the_name(text, name):
    assert labels(text, "Person") == {name}
    assert not any("Ana Ruiz" in label for label in labels(text, "Organization"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hon. Ana Ruiz M.P. Minister of Labour and Foreign Employment said the bill would pass.",
            "Ana Ruiz",
        ),
        ("Remarks by H.M. King Letsie III at the SADC Summit.", "Letsie III"),
        ("Keynote by Dr. E.M. Perera, Director of the Institute.", "E.M. Perera"),
        ("Mr. U.B. Wijekoon, Secretary of Labour, opened the session.", "U.B. Wijekoon"),
        ("Lieutenant-General Ana Ruiz Vela of the Air Force said so.", "Ana Ruiz Vela"),
    ],
)
def test_initials_and_ranks_around_a_name(text, name):
    assert labels(text, "Person") == {name}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a comma closes the office: lower-case words in it stay
        ("Ana Ruiz, Chair of the Working Group on enforced disappearances, said so.",
         {"Ana Ruiz": {"Chair of the Working Group on enforced disappearances"}}),
        ("Ana Ruiz, Special Adviser on forced displacement, said so.",
         {"Ana Ruiz": {"Special Adviser on forced displacement"}}),
        # no comma: an irregular verb or "and the" another office ends it
        ("Ana Ruiz, Minister of Labour of Chile led the delegation to Geneva.",
         {"Ana Ruiz": {"Minister of Labour of Chile"}}),
        ("Ana Ruiz, Minister of Labour of Chile and the Minister of the Interior of Peru signed it.",
         {"Ana Ruiz": {"Minister of Labour of Chile"}}),
        # a quotation that opens with a name keeps the name's office
        ("“Lea Cruz, Minister of Labour of Peru, signed the agreement yesterday,” the statement said.",
         {"Lea Cruz": {"Minister of Labour of Peru"}}),
    ],
)  # fmt: skip
def test_where_the_office_after_a_name_ends_in_more_shapes(text, roles):
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # a head word closes the body, a verb follows the person
        ("Vice-Chair of the National Planning Commission Tashi Raj Dorji presented the report.",
         "National Planning Commission", "Tashi Raj Dorji"),
        # the body ends with its country
        ("Director of the Immigration Services Agency of Japan Shiori Tanabe spoke.",
         "Immigration Services Agency of Japan", "Shiori Tanabe"),
        # a person after "and" a whole body, an office after the name
        ("It was signed by the Ministry of Finance and Edimar Sitompul, country director of ADB.",
         "Ministry of Finance", "Edimar Sitompul"),
        # an office before the body, a given name opens the person, the sentence ends
        ("The delegation was led by State Secretary at the Ministry of Justice Andrej Kovac.",
         "Ministry of Justice", "Andrej Kovac"),
    ],
)  # fmt: skip
def test_a_person_named_right_after_a_body(text: str, body: str, person: str):
    assert body in labels(text, "Organization")
    assert person in labels(text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Industry and Mineral Wealth attended the talks.",
        "The Ministry of Trade and Industry welcomed the plan.",
        # an office after the comma that is no office of a body, or a clause
        "Saudi Arabia's Ministry of Industry and Mineral Wealth, whose minister chaired the talks, signed.",
        "It was signed by the Ministry of Finance and Mineral Wealth, the deputy minister said.",
    ],
)
def test_a_portfolio_after_and_is_no_person(text: str):
    assert not labels(text, "Person")


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "The forum was attended by Hon. Nimal Perera Jr., PC, Minister of Justice of Sri Lanka, and "
            "by the envoys of the region.",
            "Nimal Perera Jr.",
            "Sri Lanka",
        ),
        (
            "The bill was tabled by Ruth Okafor, SAN, Minister of Justice of Nigeria, on Monday.",
            "Ruth Okafor",
            "Nigeria",
        ),
        (
            "The talks were opened by Tomas Berg Jr., Minister of Labour of Norway, in Oslo.",
            "Tomas Berg Jr.",
            "Norway",
        ),
    ],
)
def test_letters_or_a_suffix_between_the_name_and_its_office_keep_the_office_the_persons(
    text: str, person: str, country: str
) -> None:
    assert has(run(text), person, "represents", country)


def test_set_off_letters_before_another_persons_title_give_no_office() -> None:
    # the office after the letters is the next person's title
    ex = run("The forum heard Ruth Okafor, SAN, and Minister of Labour of Norway Tomas Berg on Monday.")
    assert not has(ex, "Ruth Okafor", "represents", "Norway")


def test_a_name_word_before_md_is_the_names_first_word():
    names = person_names("The workshop was opened by Chowdhury Md. Anwar Hossain, Joint Secretary.")
    assert "Chowdhury Md. Anwar Hossain" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joint Secretary Md. Anwar Hossain opened the workshop.", "Md. Anwar Hossain"),
        ("In Dhaka Md. Anwar Hossain opened the workshop.", "Md. Anwar Hossain"),
        ("Barrister Md. Shameem Haider Patwary spoke at the launch.", "Md. Shameem Haider Patwary"),
        ("Advocate Md. Shameem Haider Patwary spoke at the launch.", "Md. Shameem Haider Patwary"),
        ("Professor Md. Shameem Haider Patwary spoke at the launch.", "Md. Shameem Haider Patwary"),
        ("Engineer Md. Shameem Haider Patwary spoke at the launch.", "Md. Shameem Haider Patwary"),
        ("Alhaj Md. Shameem Haider Patwary spoke at the launch.", "Md. Shameem Haider Patwary"),
        ("Colonel Md. Shameem Haider Patwary spoke at the launch.", "Md. Shameem Haider Patwary"),
        ("Bangladeshi Md. Sohel Rana was convicted.", "Md. Sohel Rana"),
        ("Malaysian Mohd. Najib Razak was sentenced.", "Mohd. Najib Razak"),
        ("Speaking in Chittagong Md. Alamgir Hossain said the project was on track.", "Md. Alamgir Hossain"),
        # "Member Md. Alamgir Hossain" is no one's: the name from "Md." on is kept
        ("Standing Committee Member Md. Alamgir Hossain said the plan was ready.", "Md. Alamgir Hossain"),
    ],
)
def test_an_office_or_a_place_before_md_is_not_the_names(text, name):
    names = person_names(text)
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_a_demonym_before_md_is_the_country():
    assert "Bangladesh" in labels("Bangladeshi Md. Sohel Rana was convicted.", "Country")


@pytest.mark.parametrize(
    "text",
    [
        "Khandaker Md. Abdul Karim, Senior Secretary of the Ministry of Home Affairs, opened the workshop.",
        "The workshop was opened by Khandaker Md. Abdul Karim, Senior Secretary of the Ministry of"
        " Home Affairs.",
    ],
)
def test_the_role_after_a_name_opened_by_a_word_before_md_is_the_names(text):
    ex = run(text)
    assert has(ex, "Khandaker Md. Abdul Karim", "represents", "Ministry of Home Affairs")


def test_a_glottal_stop_opens_a_polynesian_name_word():
    assert "Sione Tupou ‘Akauola" in person_names(
        "Foreign Affairs Minister Sione Tupou ‘Akauola opened the talks."
    )


def test_a_single_quoted_title_after_a_name_is_not_the_names():
    names = person_names("Minister Ana Ruiz ‘Safe Homes’ campaign was launched on Monday.")
    assert "Ana Ruiz" in names
    assert not any("Safe" in n for n in names)


def test_a_place_kind_in_the_plural_after_a_list_of_places_is_no_surname():
    names = person_names("The Governors of Obock, Dikhil and Arta Regions of Djibouti attended the launch.")
    assert not any("Regions" in n for n in names)


def test_a_singular_place_word_after_a_given_name_can_still_be_a_surname():
    assert "Andy Street" in person_names("West Midlands Mayor Andy Street said the plan was ready.")


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Ruiz ‘Deeply concerned’ about rising trafficking cases, the ministry said.",
        "President Ana Ruiz ‘Committed to ending child labour by 2025’, says spokesperson.",
        "Minister Ana Ruiz ‘Welcomed the Decision of the Council’ according to the headline.",
    ],
)
def test_a_single_quote_opening_after_a_name_is_no_glottal_stop(text):
    names = person_names(text)
    assert "Ana Ruiz" in names
    assert not any("‘" in n for n in names)


def test_an_apostrophe_later_in_the_sentence_keeps_the_glottal_stop():
    text = "UN High Representative Fekitamoeloa ‘Utoikamanu said the country’s plan works."
    assert "Fekitamoeloa ‘Utoikamanu" in person_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a style of the lexicon (lexicon.STYLES) before "Md." is the person's style, not a name word
        ("Barr Md. Abdul Karim said the plan was ready.", "Md. Abdul Karim"),
        ("The meeting was opened by Gov Md. Rafiqul Islam in Dhaka.", "Md. Rafiqul Islam"),
    ],
)
def test_a_style_before_md_is_not_the_name(text, name):
    assert person_names(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Advocate Mary Phiri, Commissioner for Social Affairs of the African Union, opened it.",
            "Mary Phiri",
        ),
        ("Barrister Musa Bello filed the case in Abuja.", "Musa Bello"),
    ],
)
def test_a_lawyers_title_before_the_name_is_no_part_of_it(text, name):
    assert labels(text, "Person") == {name}
