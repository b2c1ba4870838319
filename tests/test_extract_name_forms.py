"""Names in their forms: reference names inside others, surname spellings, titles and role lists
(texts written for these tests)."""

from __future__ import annotations

from extract_util import has, run, typed


def test_a_country_named_inside_another_countrys_name_is_its_own_entity() -> None:
    found = typed(run("The bloc was founded by Chad, South Sudan, Sudan and Niger in 1996."))
    assert {("Country", "Sudan"), ("Country", "South Sudan")} <= found


def test_short_and_long_reference_names_in_either_order() -> None:
    found = typed(run("Guinea signed first; Equatorial Guinea and Papua New Guinea signed later."))
    assert {("Country", "Guinea"), ("Country", "Equatorial Guinea"), ("Country", "Papua New Guinea")} <= found


def test_a_short_form_of_a_minted_name_still_folds_into_it() -> None:
    ex = run("Chad adopted the National Strategy on Migration 2024-2028. The Strategy was costed.")
    plans = [e for e in ex.entities if e.type == "Plan"]
    assert len(plans) == 1


def test_a_hyphenated_surname_written_with_a_space_is_the_same_person() -> None:
    ex = run("Treasury Minister Amara Koné-Diallo opened the forum. Mrs Koné Diallo said the fund was ready.")
    persons = [e.label for e in ex.entities if e.type == "Person"]
    assert persons == ["Amara Koné-Diallo"]


def test_two_persons_sharing_a_family_name_stay_apart() -> None:
    ex = run("Minister Lina Haddad met Senator Omar Haddad. Lina Haddad thanked him.")
    persons = sorted(e.label for e in ex.entities if e.type == "Person")
    assert persons == ["Lina Haddad", "Omar Haddad"]


def test_titles_of_heads_of_government_and_of_bodies() -> None:
    ex = run("Chancellor Petra Lind, IMF MD Joanna Kowal and CEO Tomas Berg signed it.")
    assert {"Petra Lind", "Joanna Kowal", "Tomas Berg"} <= {
        e.label for e in ex.entities if e.type == "Person"
    }


def test_a_portfolio_with_a_possessive_before_the_name() -> None:
    ex = run(
        "Undersecretary for Migrant Workers’ Affairs Lina Reyes B. Cruz spoke. "
        "Minister of Women's Affairs Ana Lopes spoke."
    )
    assert {"Lina Reyes B. Cruz", "Ana Lopes"} <= {e.label for e in ex.entities if e.type == "Person"}


def test_a_list_of_titled_names_gives_each_title_to_the_name_after_it() -> None:
    ex = run(
        "The forum heard Kenyan President Ruth Wanjiru, current UN secretary general Omar Haddad, "
        "French Prime Minister Luc Moreau, German Chancellor Eva Brandt and Canadian Prime Minister Dan Roy."
    )
    assert has(ex, "Ruth Wanjiru", "represents", "Kenya")
    assert has(ex, "Luc Moreau", "represents", "France")
    assert has(ex, "Eva Brandt", "represents", "Germany")
    assert has(ex, "Dan Roy", "represents", "Canada")
    assert not has(ex, "Omar Haddad", "represents", "France")
    assert not has(ex, "Luc Moreau", "represents", "Germany")


def test_a_role_after_a_name_and_a_comma_is_still_that_persons() -> None:
    ex = run("Ana Ruiz, Minister of Labour of Peru, opened the forum.")
    assert has(ex, "Ana Ruiz", "represents", "Peru")


def test_a_reference_body_and_a_second_body_joined_by_and_are_two_bodies() -> None:
    found = typed(
        run("Experts from the Council of the Baltic Sea States and Nordic Trafficking Research Group came.")
    )
    assert ("Organization", "Council of the Baltic Sea States") in found
    assert ("Organization", "Nordic Trafficking Research Group") in found
    assert ("Organization", "Ministry of Labour and Social Protection") in typed(
        run("The Ministry of Labour and Social Protection met.")
    )


def test_a_meeting_named_by_its_number_in_a_series() -> None:
    ex = run("The third annual regional workshop on border management opened in Osh. UNODC organized it.")
    assert ("Event", "third annual regional workshop") in typed(ex)
    assert not any(t == "Event" for t, _ in typed(run("The two-day workshop opened in Osh.")))


def test_a_plan_in_lower_case_with_the_issue_it_is_about() -> None:
    ex = run("Malawi launched a national plan of action to combat child labour on Monday.")
    assert ("Plan", "national plan of action to combat child labour") in typed(ex)
    assert has(ex, "Malawi", "adopts", "national plan of action to combat child labour")
    found = typed(run("Tuvalu adopted a national policy focusing on climate mobility."))
    assert ("Plan", "national policy focusing on climate mobility") in found
    assert not any(t == "Plan" for t, _ in typed(run("Chad adopted its national policy.")))


def test_the_role_line_under_a_name_in_a_signature_block() -> None:
    text = (
        "Statement on migration governance\n\nAmbassador Lena Fors\n"
        "Norwegian Representative for Economic and Social Affairs\nNew York\nMay 2, 2024\n\nThank you, Chair."
    )
    assert has(run(text), "Lena Fors", "represents", "Norway")


def test_a_sentence_under_a_name_is_no_role_line() -> None:
    text = (
        "Ambassador Lena Fors\nThe Norwegian representative opened the debate and the minister of Peru spoke."
    )
    assert not has(run(text), "Lena Fors", "represents", "Peru")
    assert not has(run(text), "Lena Fors", "represents", "Norway")


def test_a_decision_named_by_its_un_document_symbol() -> None:
    found = typed(
        run("In presidential statement S/PRST/2031/7, the Council condemned forced labour in mines.")
    )
    assert ("Framework", "S/PRST/2031/7") in found
    assert ("Framework", "S/RES/2999 (2031)") in typed(run("Chile welcomed S/RES/2999 (2031) on Monday."))


def test_title_case_sub_headlines_under_the_headline_mark_no_names() -> None:
    text = (
        "Council Members Condemn Trafficking, as Speakers Urge Stronger Action on Forced Labour\n\n"
        "Members Briefed by Migration Office Chief, Hear Moving Survivor Accounts\n\n"
        "The Security Council today condemned trafficking in persons in armed conflict."
    )
    labels = {label for _t, label in typed(run(text))}
    assert not {"Hear Moving Survivor Accounts", "Hear Moving", "Migration Office Chief"} & labels


def test_titles_with_an_acronym_portfolio_a_comma_or_an_expert_role() -> None:
    names = lambda t: {e.label for e in run(t).entities if e.type == "Person"}  # noqa: E731
    assert "Tariq Aziz Baloch" in names(
        "The talks were held with Minister for SAFRON Tariq Aziz Baloch in the chair."
    )
    assert "Aoife Brennan" in names(
        "Minister of State for Civil and Criminal Justice, Aoife Brennan TD has received approval."
    )
    assert "Kwame Mensah" in names(
        "It heard Kwame Mensah, the Independent Expert on international solidarity."
    )


def test_a_name_followed_by_its_initialism_without_brackets() -> None:
    ex = run("The Migrant Workers Protection Agency MWPA met. The MWPA adopted the Plan of Action 2026-2028.")
    assert ("Organization", "Migrant Workers Protection Agency") in typed(ex)
    assert has(ex, "Migrant Workers Protection Agency", "adopts", "Plan of Action 2026-2028")


def test_no_person_from_a_portfolio_list_or_a_body_after_an_acronym() -> None:
    text = (
        "“We stand with refugees,” said Grace Atim, the Minister of State for Relief, Disaster "
        "Preparedness and Refugees. Ambassador Omar Diallo, coordinator of the ECOWAS Caucus of "
        "Ambassadors, spoke."
    )
    persons = {e.label for e in run(text).entities if e.type == "Person"}
    assert persons == {"Grace Atim", "Omar Diallo"}


def test_a_participant_list_of_names_roles_and_bodies() -> None:
    text = (
        "Speakers:\nMr Tomas Berg, Head of Cooperation, Delegation of the European Union to Ghana\n"
        "Ms Ana Lind, President, Lumbini Migrant Workers Association (LMWA)\n"
        "Mr Raj Thapa, from the Ministry of Labour and Employment\n"
    )
    ex = run(text)
    assert has(ex, "Tomas Berg", "represents", "Delegation of the European Union to Ghana")
    assert has(ex, "Ana Lind", "represents", "Lumbini Migrant Workers Association")
    assert has(ex, "Raj Thapa", "represents", "Ministry of Labour and Employment")
    assert not has(ex, "Raj Thapa", "represents", "Lumbini")
    assert not has(ex, "Ana Lind", "represents", "Delegation")


def test_a_body_its_acronym_and_of_the_parent_body_are_two_bodies() -> None:
    ex = run("The loan comes from the International Development Association (IDA) of the World Bank.")
    orgs = {label for kind, label in typed(ex) if kind == "Organization"}
    assert orgs == {"International Development Association", "World Bank"}
    later = run(
        "The International Development Association (IDA) of the World Bank gave a loan. The World Bank "
        "also signed an agreement with the Green Climate Fund."
    )
    assert has(later, "World Bank", "partnersWith", "Green Climate Fund") or has(
        later, "Green Climate Fund", "partnersWith", "World Bank"
    )


def test_a_lower_case_plan_may_name_its_topic_between_its_modifier_and_its_head() -> None:
    ex = run("The ministry launched a five-year anti-human trafficking plan in March.")
    assert ("Plan", "five-year anti-human trafficking plan") in typed(ex)
    strategy = run("They unveiled a national communication strategy on irregular migration.")
    assert ("Plan", "national communication strategy on irregular migration") in typed(strategy)
    assert not [e for e in run("The national security policy is old.").entities if e.type == "Plan"]


def test_a_plural_of_kind_words_names_no_plan() -> None:
    ex = run("National Action Plans are an important tool against child labour, said Ghana.")
    assert not [e for e in ex.entities if e.type == "Plan"]
    named = run("Ghana launched the National Action Plan on Child Labour in May.")
    assert ("Plan", "National Action Plan on Child Labour") in typed(named)


def test_a_named_mechanism_is_a_plan() -> None:
    ex = run("Ireland approved the National Referral Mechanism for victims of trafficking.")
    assert ("Plan", "National Referral Mechanism") in typed(ex)
    assert has(ex, "Ireland", "adopts", "National Referral Mechanism")
