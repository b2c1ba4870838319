"""Offices named next to a person in the shapes news and UN texts use: a body's acronym in brackets
closing the office, the dotted style "Eng.", the body as an item of its own after the office, a
lower-case title after a body's acronym, the office inside a longer noun phrase
(kg/extract/persons.py, lexicon.py, sentences.py, persons_role_bodies.py, office_words.py,
appositions.py)."""

from __future__ import annotations

from extract_util import by_rules, has, labels, news, run

from kg.extract.sentences import boundaries


def test_an_acronym_in_brackets_closes_the_office_before_the_name():
    ex = run(
        news(
            "The Director General of the International Labour Organization (ILO), Bongani Mthethwa, "
            "opened the session."
        )
    )
    assert "Bongani Mthethwa" in labels(ex, "Person")
    assert has(ex, "Bongani Mthethwa", "represents", "International Labour Organization")


def test_eng_before_a_name_is_a_style():
    ex = run(news("The Director of the Ministry of Water, Eng. Omar Haddad, visited the plant."))
    assert has(ex, "Omar Haddad", "represents", "Ministry of Water")


def test_eng_ends_a_sentence_before_an_opener_and_is_no_break_before_a_name():
    text = "He met Chou Bun Eng. The talks went well. The Director, Eng. Omar Haddad, spoke."
    starts = boundaries(text)
    assert text.index("The talks") in starts
    assert text.index("Omar Haddad") not in starts


def test_a_body_as_its_own_item_after_the_office():
    ex = run(news("Tomas Berg, Commissioner for Trade, EU, said the deal was fair."))
    assert has(ex, "Tomas Berg", "represents", "European Union")


def test_a_body_as_its_own_item_before_said():
    ex = run(news("Lina Haddad, Regional Director for Asia, IOM said “Every state must act on this today.”"))
    assert has(ex, "Lina Haddad", "represents", "International Organization for Migration")


def test_a_lower_case_title_after_the_acronym_of_a_body():
    ex = run(
        news(
            "Immigration New Zealand (INZ) opened an inquiry.",
            "INZ assistant general manager Tomas Berg said the arrest was a warning.",
        )
    )
    assert has(ex, "Tomas Berg", "represents", "Immigration New Zealand")


def test_an_office_inside_a_longer_noun_phrase():
    ex = run(
        news("The plan was approved by the Decree of the President of the Republic of Ghana Kofi Mensah.")
    )
    assert has(ex, "Kofi Mensah", "represents", "Ghana")


def test_a_former_office_inside_a_noun_phrase_is_not_held():
    ex = by_rules(run(news("The memoirs of the former President of Ghana Kofi Mensah were published.")))
    assert not has(ex, "Kofi Mensah", "represents", "Ghana")


def test_a_role_ends_before_and_other_officials():
    ex = run(
        news(
            "Dr Tomas Berg, Swedish Ambassador to Kenya and other senior officials from the governments of "
            "Kenya and Sweden were present at the signing of the new agreement on labour mobility."
        )
    )
    assert has(ex, "Tomas Berg", "represents", "Sweden")
    assert not has(ex, "Tomas Berg", "represents", "Kenya")


def test_the_last_body_of_a_run_after_the_office_is_the_persons_too():
    ex = run(
        news(
            "“We must act now,” said Dr Bongani Mthethwa, Senior Adviser, Regional Office for Asia, "
            "United Nations Development Programme (UNDP)."
        )
    )
    assert has(ex, "Bongani Mthethwa", "represents", "United Nations Development Programme")


def test_a_place_after_the_body_is_no_body_of_the_run():
    ex = by_rules(
        run(news("Tomas Berg, Senior Adviser, Regional Office for Asia, Bangkok, said the plan works."))
    )
    assert not any(e.label == "Bangkok" for e in ex.entities if e.type == "Organization")
    assert not has(ex, "Tomas Berg", "represents", "Thailand")


def test_a_portfolio_word_before_an_acronym_is_no_name():
    ex = run(
        news(
            "The meeting was opened by Tomas Berg, Joint Secretary, Political and ICT Division, "
            "Ministry of Home Affairs and chair of the group."
        )
    )
    assert "Political" not in labels(ex, "Person")
    assert has(ex, "Tomas Berg", "represents", "Ministry of Home Affairs")


def test_an_ampersand_inside_the_body_of_the_office():
    text = news(
        "The Permanent Secretary, Mr. Tomas Berg, presided in the presence of the Prefects of the Regions, "
        "the Director of KMF Water & Sanitation Division, Ms Lina A. Haddad, and the Mayor."
    )
    assert has(by_rules(run(text)), "Lina A. Haddad", "represents", "KMF Water & Sanitation Division")
    assert not has(run(text), "Tomas Berg", "represents", "KMF Water & Sanitation Division")


def test_a_unit_named_with_its_bodys_acronym_is_the_bodys():
    ex = run(
        news(
            "The Economic Community of West African States (ECOWAS) opened the workshop.",
            "It was attended by the Director of ECOWAS Health & Nutrition Division, Ms Lina A. Haddad, "
            "and the Mayor.",
        )
    )
    assert has(ex, "Lina A. Haddad", "represents", "Economic Community of West African States")


def test_a_unit_whose_acronym_names_no_body_of_the_text_gives_no_parent():
    ex = by_rules(
        run(news("Lina Haddad, Head of the KMF Planning Division, said IOM had helped the country."))
    )
    assert not has(ex, "Lina Haddad", "represents", "International Organization for Migration")


def test_a_name_right_after_an_office_of_a_country():
    ex = run(
        news(
            "Deputy Prosecutor General of the Republic of Ghana Kwabena Asante said: “The law is clear.”",
        )
    )
    assert "Kwabena Asante" in labels(ex, "Person")
    assert has(ex, "Kwabena Asante", "represents", "Ghana")


def test_a_rank_between_the_office_and_the_name():
    ex = run(news("Federal Police Chief General Tatang Wiratama Suryo opened the new office in the capital."))
    assert "Tatang Wiratama Suryo" in labels(ex, "Person")
    assert has(ex, "Tatang Wiratama Suryo", "represents", "Federal Police")


def test_a_lower_case_office_of_a_body_before_the_name():
    ex = by_rules(
        run(news("The minister met with head of the National Council for Children Amina Yusuf on Monday."))
    )
    assert has(ex, "Amina Yusuf", "represents", "National Council for Children")


def test_the_country_an_envoys_mandate_covers_is_not_the_envoys():
    ex = run(news("The report of the Special Envoy for Syria Ana Ruiz was published."))
    assert not has(ex, "Ana Ruiz", "represents", "Syria")


def test_eng_after_a_capitalised_name_ends_the_name_and_the_sentence():
    x = run(
        news(
            "The Cambodian delegation was led by Chou Bun Eng. Thailand's Minister of Social Development "
            "Varawut Silpa-archa said the plan was overdue."
        )
    )
    assert has(x, "Varawut Silpa-archa", "represents", "Thailand")
    x = run(news("The memorandum was signed by Chou Bun Eng. Cambodian officials said the text was final."))
    assert "Cambodian" not in {e.label for e in x.entities if e.type == "Person"}


def test_a_list_of_bodies_present_is_no_chain_of_parent_bodies():
    x = run(
        news(
            "Participants included Ana Ruiz, Programme Officer, UNDP, the Ministry of Health, WHO and UNICEF."
        )
    )
    assert not has(x, "Ana Ruiz", "represents", "Ministry of Health")
    x = run(
        news(
            "The workshop brought together Ana Ruiz, Director, ILO Country Office, the Ministry of "
            "Labour, the Federation of Employers and trade unions."
        )
    )
    assert not has(x, "Ana Ruiz", "represents", "Federation of Employers")


def test_an_owners_word_or_another_persons_tie_before_the_name_is_not_the_holder():
    x = run(news("The President of Kenya Airways Allan Kilavuka said flights would resume."))
    assert "Airways Allan Kilavuka" not in {e.label for e in x.entities if e.type == "Person"}
    x = run(news("An opponent of the President of Uganda Bobi Wine was arrested."))
    assert not has(x, "Bobi Wine", "represents", "Uganda")


def test_a_title_going_on_after_and_other_and_a_participle_of_the_bodys_people():
    x = run(
        news(
            "Ana Ruiz, Commissioner for Refugees and other Displaced Persons of Kenya, said the camps "
            "would close."
        )
    )
    assert has(x, "Ana Ruiz", "represents", "Kenya")
