"""Names of instruments, bodies, programmes and events that run on or stop where the shape says.

Sentences written for these tests (no gold document's wording).
"""

from __future__ import annotations

from extract_util import news, run, run_titled, typed


def _types(*sentences: str) -> set[tuple[str, str]]:
    return typed(run(news(*sentences)))


# --- numbers of laws and decrees


def test_decree_number_with_year_belongs_to_the_name() -> None:
    found = _types("Workers are covered by Royal Decree No. 35/2021 since March.")
    assert ("Framework", "Royal Decree No. 35/2021") in found


def test_decree_law_with_portuguese_number_sign() -> None:
    found = _types("The Government adopted Decree-Law n.º 14/2022 last week.")
    assert ("Framework", "Decree-Law n.º 14/2022") in found


def test_law_number_with_year_and_serial() -> None:
    assert ("Framework", "Law No. 2025-17") in _types("Parliament passed Law No. 2025-17 on recruitment.")


def test_number_before_a_comma_clause() -> None:
    found = _types("The Council adopted Royal Decree No. 35/2021, which regulates recruitment.")
    assert ("Framework", "Royal Decree No. 35/2021") in found


# --- instruments named by their parties


def test_bilateral_instrument_runs_on_through_its_parties() -> None:
    found = _types("The Convention on Social Security between Spain and Morocco was renewed.")
    assert ("Framework", "Convention on Social Security between Spain and Morocco") in found


def test_multilateral_instrument_runs_on_through_member_states() -> None:
    found = _types("The Protocol on Free Movement among the Member States of ECOWAS entered into force.")
    assert ("Framework", "Protocol on Free Movement among the Member States of ECOWAS") in found


def test_unnamed_parties_are_not_the_name() -> None:
    found = _types("The Agreement on Trade between the two countries was signed.")
    assert ("Framework", "Agreement on Trade") in found


def test_years_are_no_parties() -> None:
    found = _types("The Agreement on Fisheries between 2019 and 2021 was suspended.")
    assert ("Framework", "Agreement on Fisheries") in found


# --- portfolio lists and countries


def test_portfolio_list_ends_before_a_country() -> None:
    found = _types("The Ministry of Health and Social Welfare and Kenya signed a deal.")
    assert ("Organization", "Ministry of Health and Social Welfare") in found
    assert ("Country", "Kenya") in found


def test_portfolio_list_ends_before_countries_it_works_in() -> None:
    found = _types("The project works with the Ministry of Health and Social Welfare in Nepal and Bhutan.")
    assert ("Organization", "Ministry of Health and Social Welfare") in found


def test_two_possessed_ministries_with_portfolio_lists() -> None:
    found = _types(
        "Kenya's Ministry of Labour, Skills Development and Social Protection and Uganda's "
        "Ministry of Gender, Labour and Social Development met in Kampala."
    )
    assert ("Organization", "Ministry of Labour, Skills Development and Social Protection") in found
    assert ("Organization", "Ministry of Gender, Labour and Social Development") in found


def test_portfolio_word_that_is_no_country_stays() -> None:
    found = _types("The Ministry of Fisheries and Blue Economy opened an office.")
    assert ("Organization", "Ministry of Fisheries and Blue Economy") in found


# --- programmes named without a head word


def test_programme_named_in_an_apposition() -> None:
    found = _types(
        "UNICEF launched Niños Seguros, a three-year, US$9 million programme to keep children in school."
    )
    assert ("Plan", "Niños Seguros") in found


def test_programme_called_by_name() -> None:
    assert ("Plan", "Safe Childhood") in _types(
        "The ministry runs a programme called Safe Childhood in five provinces."
    )


def test_programme_name_set_off_by_commas() -> None:
    assert ("Plan", "Niños Seguros") in _types(
        "The ministry runs the programme, Niños Seguros, in five provinces."
    )


def test_scheme_named_before_its_acronym() -> None:
    found = _types(
        "Ministers praised the Seasonal Worker Mobility (SWM) scheme and Canada's "
        "Temporary Foreign Worker (TFW) scheme."
    )
    assert ("Plan", "Seasonal Worker Mobility") in found
    assert ("Plan", "Temporary Foreign Worker") in found


def test_acronym_that_spells_no_name_gives_no_scheme() -> None:
    found = _types("Farmers joined the Green Valley (XYZ) scheme last year.")
    assert not any(t == "Plan" and "Green Valley" in label for t, label in found)


def test_role_after_programme_is_no_apposition() -> None:
    found = _types("Mr Ochieng, a programme officer at the agency, spoke to reporters.")
    assert not any(t == "Plan" for t, _ in found)


def test_donor_of_a_programme_is_no_programme() -> None:
    found = _types("The plan was welcomed by Norway, a donor to the programme since 2019.")
    assert ("Plan", "Norway") not in found


def test_country_in_an_apposition_is_no_programme() -> None:
    found = _types("Officials visited Malawi, a pilot programme for the region.")
    assert ("Plan", "Malawi") not in found


def test_region_with_and_the_stays_one_name() -> None:
    found = _types(
        "The Regional Initiative Latin America and the Caribbean Free of Forced Labour was launched."
    )
    assert ("Plan", "Regional Initiative Latin America and the Caribbean Free of Forced Labour") in found


def test_two_ministries_joined_by_and_the_stay_two() -> None:
    found = _types("The Ministry of Agriculture and the Ministry of Health met.")
    assert {("Organization", "Ministry of Agriculture"), ("Organization", "Ministry of Health")} <= found


# --- events


def test_body_s_spelled_ordinal_session_is_an_event() -> None:
    assert ("Event", "forty-ninth session") in _types(
        "The Human Rights Council opened its forty-ninth session on Monday."
    )
    assert ("Event", "twelfth session") in _types("Delegates met at the Council's twelfth session in Vienna.")


def test_session_without_ordinal_or_owner_is_no_event() -> None:
    found = _types("The next session will be held in May. The session was long.")
    assert not any(t == "Event" for t, _ in found)


def test_capitalized_ordinal_belongs_to_the_forum() -> None:
    found = _types("The Ambassador spoke at the Third Global Refugee Forum in Geneva.")
    assert ("Event", "Third Global Refugee Forum") in found


def test_review_in_a_title_case_heading_is_a_name_word() -> None:
    text = (
        "Statement by Ambassador Lina Haddad, Permanent Representative of Jordan to the United Nations, "
        "at the Second International Migration Review Forum\n\nMr President, Jordan welcomes the Forum."
    )
    assert ("Event", "Second International Migration Review Forum") in typed(run_titled(text))


def test_leaders_of_a_forum_are_no_event() -> None:
    found = _types("Summit Leaders endorsed the Regional Framework on Disaster Risk in 2022.")
    assert ("Event", "Summit Leaders") not in found
    assert ("Framework", "Regional Framework on Disaster Risk") in found


# --- bodies


def test_office_holder_s_office_is_one_body() -> None:
    found = _types("The plan was drafted with the Special State Prosecutor's Office and the police.")
    assert ("Organization", "Special State Prosecutor's Office") in found
    assert ("Organization", "Attorney General's Office") in _types(
        "The Attorney General's Office said it would appeal."
    )
    assert ("Organization", "Public Defender's Office of Georgia") in _types(
        "The Public Defender's Office of Georgia took part in the meeting."
    )
    assert ("Organization", "Public Defender's Office") in _types(
        "Georgia's Public Defender's Office took part."
    )
    assert ("Organization", "High Commissioner's Office") in _types(
        "The High Commissioner's Office in Accra issued visas."
    )
    assert not any(t == "Organization" for t, _ in _types("The Commissioner's remarks were brief."))


def test_country_s_body_still_splits_at_the_possessive() -> None:
    found = _types("Ghana's Ministry of Health signed the deal.")
    assert ("Organization", "Ministry of Health") in found
    assert ("Country", "Ghana") in found


def test_a_body_s_mission_to_a_country() -> None:
    found = _types("Support came from the OSCE Mission to Serbia and the EU.")
    assert ("Organization", "OSCE Mission to Serbia") in found


def test_mission_to_no_country_is_no_body() -> None:
    found = _types("The Hope Mission to Improve Lives began in 2020.")
    assert not any("Mission" in label for _, label in found)


def test_public_prosecution_is_a_body() -> None:
    assert ("Organization", "Public Prosecution") in _types("The Public Prosecution filed 40 cases in 2025.")


def test_prosecution_in_a_law_s_name_is_no_body() -> None:
    found = _types("The Public Prosecution of Offenders Act was amended.")
    assert ("Organization", "Public Prosecution") not in found


def test_regional_bodies_from_the_reference() -> None:
    found = _types(
        "Both parties are members of the Community of Portuguese-Speaking Countries (CPLP). "
        "The Council of the Baltic Sea States, the Nordic Council and the Organisation of Eastern "
        "Caribbean States sent observers, as did the International Organisation of La Francophonie."
    )
    for name in (
        "Community of Portuguese-Speaking Countries",
        "Council of the Baltic Sea States",
        "Nordic Council",
        "Organisation of Eastern Caribbean States",
        "International Organisation of La Francophonie",
    ):
        assert ("Organization", name) in found, name


def test_regional_body_acronyms_from_the_reference() -> None:
    found = _types("Delegates from the CBSS, OECS and ICGLR met in Geneva.")
    assert {
        ("Organization", "Council of the Baltic Sea States"),
        ("Organization", "Organisation of Eastern Caribbean States"),
        ("Organization", "International Conference on the Great Lakes Region"),
    } <= found


# --- short forms


def test_inverted_short_form_joins_the_body() -> None:
    found = _types(
        "The Crime Commission met in Vienna. "
        "The Commission on Crime Prevention and Criminal Justice adopted two resolutions."
    )
    assert ("Organization", "Crime Commission") not in found
    assert ("Organization", "Commission on Crime Prevention and Criminal Justice") in found


def test_inverted_short_form_of_another_body_stays() -> None:
    found = _types("The Council for Migrant Workers met. The Women Council said it would meet again.")
    assert ("Organization", "Council for Migrant Workers") in found
    assert ("Organization", "Women Council") in found


def test_n_year_plan_joins_the_plan_of_that_period() -> None:
    found = _types(
        "The Government adopted the National Action Plan against Forced Labour (2026–2030), "
        "a five-year plan backed by donors."
    )
    assert ("Plan", "National Action Plan against Forced Labour (2026–2030)") in found
    assert ("Plan", "five-year plan") not in found


def test_n_year_plan_of_another_length_stays() -> None:
    found = _types(
        "The Government adopted the National Action Plan against Forced Labour (2026–2029). "
        "Officials said a five-year plan for roads was also adopted."
    )
    assert ("Plan", "five-year plan") in found


def test_an_initiative_with_members_is_a_body() -> None:
    found = _types(
        "Ghana supports the West Africa Initiative Free of Forced Labour, "
        "of which both countries are members."
    )
    assert ("Organization", "West Africa Initiative Free of Forced Labour") in found


def test_an_initiative_with_funders_stays_a_plan() -> None:
    found = _types(
        "Ghana supports the West Africa Initiative Free of Forced Labour, "
        "of which both countries are funders."
    )
    assert ("Plan", "West Africa Initiative Free of Forced Labour") in found


def test_a_body_s_acronym_set_off_after_a_programme_is_no_programme() -> None:
    found = _types("Funding for the programme, UNDP, and the World Bank was agreed.")
    assert ("Plan", "UNDP") not in found


def test_called_on_is_no_name() -> None:
    found = _types("The campaign called on Governments to act. A project called for by the Assembly began.")
    assert not any(t == "Plan" for t, _ in found)


def test_role_s_portfolio_then_a_person_is_no_list() -> None:
    found = _types("The Commissioner of Prisons, Mary Atieno, said numbers had fallen.")
    assert not any(t == "Organization" and "Mary" in label for t, label in found)


def test_a_memorandum_s_parties_are_not_its_name() -> None:
    found = _types("The Memorandum of Understanding on Fisheries between Ghana and Togo expired in 2020.")
    assert ("Framework", "Memorandum of Understanding on Fisheries") in found
    assert {("Country", "Ghana"), ("Country", "Togo")} <= found


def test_parties_inside_a_convention_s_name_are_mentions_too() -> None:
    found = _types("The Convention on Social Security between Spain and Morocco was renewed.")
    assert {("Country", "Spain"), ("Country", "Morocco")} <= found


def test_resolutions_by_number() -> None:
    assert ("Framework", "resolution 2388 (2017)") in _types(
        "The Council recalled resolution 2388 (2017) on trafficking."
    )
    assert ("Framework", "resolution 72/179") in _types(
        "The Assembly adopted resolution 72/179 by consensus."
    )
    found = _types("The General Assembly resolution 72/179 was cited.")
    assert ("Framework", "resolution 72/179") in found
    assert ("Framework", "Security Council Resolution 2388 (2017)") in _types(
        "Security Council Resolution 2388 (2017) was cited."
    )


def test_a_resolution_without_its_number_is_none() -> None:
    found = _types("The resolution 12 members backed was withdrawn.")
    assert not any(t == "Framework" for t, _ in found)


def test_a_call_to_action_is_a_plan() -> None:
    found = _types("Ministers endorsed the Global Call to Action on Ocean Plastics in Nairobi.")
    assert ("Plan", "Global Call to Action on Ocean Plastics") in found


def test_a_bare_call_to_action_is_none() -> None:
    found = _types("Her call to action was clear. The Call to Action was read aloud.")
    assert not any(t == "Plan" for t, _ in found)


def test_a_country_s_own_body_after_a_portfolio_list_is_a_second_body() -> None:
    found = _types(
        "Officials from the Ministry of Gender, Children and Social Protection and Ghana Police Service met."
    )
    assert ("Organization", "Ministry of Gender, Children and Social Protection") in found
    assert ("Organization", "Ghana Police Service") in found


def test_a_portfolio_with_a_body_s_head_word_stays_whole() -> None:
    found = _types("The Ministry of Justice and Correctional Services published its report.")
    assert ("Organization", "Ministry of Justice and Correctional Services") in found


def test_programme_named_in_quotes_after_its_head() -> None:
    assert ("Plan", "Clean Fields") in _types("FAO runs the programme “Clean Fields” in Peru.")
    assert not any(t == "Plan" for t, _ in _types('The project "was a failure", he said.'))


def test_a_resolution_named_by_its_topic_to_the_clause_end() -> None:
    found = _types(
        "The Council will act on a draft resolution on protecting migrant workers from abuse at sea, "
        "tabled by Chile."
    )
    assert ("Framework", "draft resolution on protecting migrant workers from abuse at sea") in found
    found = _types(
        "The Assembly adopted a resolution on ending violence against women and girls without a vote."
    )
    assert ("Framework", "resolution on ending violence against women and girls") in found


def test_a_resolution_on_a_vague_topic_is_none() -> None:
    assert not any(t == "Framework" for t, _ in _types("They discussed a resolution on the matter."))


def test_a_person_in_an_apposition_is_no_programme() -> None:
    found = _types("The grant was announced by the Minister, a programme to train nurses.")
    assert not any(t == "Plan" for t, _ in found)


def test_a_lone_plural_head_word_is_no_body() -> None:
    found = _types("Funds came from Germany and Japan.")
    assert not any(t == "Organization" for t, _ in found)
    assert ("Organization", "Parliament") in _types("Parliament passed the bill.")


def test_scheme_is_a_plan_head_word() -> None:
    assert ("Plan", "Pacific Labour Scheme") in _types(
        "Workers came under the Pacific Labour Scheme in 2019."
    )
    assert not any(t == "Plan" for t, _ in _types("The Scheme was reviewed."))


def test_a_programme_s_name_with_a_list_s_commas_before_its_acronym() -> None:
    found = _types("The Bank will finance the Rural Roads, Water and Sanitation Access (RRWSA) project.")
    assert ("Plan", "Rural Roads, Water and Sanitation Access") in found
