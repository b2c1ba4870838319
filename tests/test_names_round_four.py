"""Names of bodies and instruments, round four: owners, places, portfolios, donors, ILO titles."""

from __future__ import annotations

from extract_util import has, news, run, run_titled, typed


def _found(*sentences: str) -> set[tuple[str, str]]:
    return typed(run(news(*sentences)))


def test_instrument_ends_before_its_owner() -> None:
    found = _found(
        "Nepal pledged to apply the Domestic Workers Convention, 2011 (No. 189) of the International "
        "Labour Organization to all recruitment agencies."
    )
    assert ("Framework", "Domestic Workers Convention, 2011 (No. 189)") in found
    assert ("Organization", "International Labour Organization") in found


def test_guidelines_for_a_purpose_end_before_the_owner() -> None:
    found = _found(
        "Both sides follow the Model Principles for Ethical Hiring of the International Labour Organization."
    )
    assert ("Framework", "Model Principles for Ethical Hiring") in found
    assert ("Organization", "International Labour Organization") in found


def test_charter_and_statute_keep_their_body() -> None:
    found = _found(
        "The parties reaffirmed the Charter of the United Nations and the Statute of the "
        "International Court of Justice."
    )
    assert ("Framework", "Charter of the United Nations") in found
    assert ("Framework", "Statute of the International Court of Justice") in found


def test_place_based_is_not_part_of_the_name() -> None:
    found = _found("The Lagos-based Coalition for Migrant Rights welcomed the new law on Monday.")
    assert ("Organization", "Coalition for Migrant Rights") in found
    assert not any(label.startswith("Lagos") for _, label in found)


def test_three_word_portfolio_item() -> None:
    found = _found("The Ministry of Labour, Human Resource Development and Training of Fiji issued rules.")
    name = "Ministry of Labour, Human Resource Development and Training"
    assert any(label.startswith(name) for _, label in found)


def test_two_word_portfolio_item_still_whole() -> None:
    found = _found("The Ministry of Labour, Skills Development and Employment agreed to the plan.")
    assert ("Organization", "Ministry of Labour, Skills Development and Employment") in found


def test_a_body_in_the_list_is_not_a_portfolio() -> None:
    found = _found("The Ministry of Labour, Ghana Police Service and Interpol met in Accra.")
    assert ("Organization", "Ministry of Labour") in found
    assert ("Organization", "Ghana Police Service") in found


def test_bilateral_donor_agencies() -> None:
    found = _found("Funding came from Irish Aid, Sida and Norad, with support from KOICA.")
    labels = {label for _, label in found}
    assert "Irish Aid" in labels
    assert "Swedish International Development Cooperation Agency" in labels
    assert "Norwegian Agency for Development Cooperation" in labels
    assert "Korea International Cooperation Agency" in labels


def test_ilo_convention_with_parentheses_in_its_title() -> None:
    found = _found(
        "Lesotho ratified the Social Security (Minimum Standards) Convention, 1952 (No. 102) last year."
    )
    assert ("Framework", "Social Security (Minimum Standards) Convention, 1952 (No. 102)") in found


def test_participle_before_the_council_is_no_name() -> None:
    found = _found("Briefing the Council, the Executive Director said that trafficking was rising.")
    assert not any(label.startswith("Briefing") for _, label in found)


def test_participle_keeps_a_named_body() -> None:
    found = _found("Addressing the Human Rights Council, she said the law was weak.")
    assert not any(label.startswith("Addressing") for _, label in found)
    assert any("Human Rights Council" in label for _, label in found)


def test_project_title_with_a_colon_subtitle() -> None:
    found = _found(
        "The project, Safe Harbour: Shelter and Reintegration for Returnees in the Sahel (2026–2028), "
        "is funded by Norway."
    )
    assert ("Plan", "Safe Harbour: Shelter and Reintegration for Returnees in the Sahel (2026–2028)") in found


def test_colon_after_the_project_is_no_title() -> None:
    found = _found("The project, however, was delayed: funding stopped in March.")
    assert not any(t == "Plan" for t, _ in found)


def test_lower_case_apposition_describes_the_named_plan() -> None:
    found = _found(
        "Nepal launched the Safe Migration Strategy (2026–2030), a five-year roadmap to end forced labour."
    )
    assert ("Plan", "Safe Migration Strategy (2026–2030)") in found
    assert ("Plan", "five-year roadmap") not in found


def test_lower_case_plan_after_a_country_stays() -> None:
    found = _found("After talks with Kenya, a national action plan was drafted by the ministry.")
    assert ("Plan", "national action plan") in found


def test_signed_memorandum_called_the_mou() -> None:
    found = _found(
        "Ghana and Qatar on Monday signed a memorandum of understanding on the recruitment of nurses.",
        "The MoU was signed in Doha by the two ministers.",
    )
    assert ("Framework", "memorandum of understanding") in found


def test_memorandum_never_called_the_mou_is_left() -> None:
    found = _found("Ghana and Qatar on Monday signed a memorandum of understanding on hiring nurses.")
    assert not any(t == "Framework" for t, _ in found)


def test_two_memoranda_leave_the_short_form_open() -> None:
    found = _found(
        "Ghana signed a memorandum of understanding with Qatar, and Kenya signed a memorandum of "
        "understanding with Oman. The MoU with Qatar covers nurses."
    )
    assert ("Framework", "memorandum of understanding") not in found


def test_body_named_beside_ngo_apposition() -> None:
    found = _found(
        "The envoy met groups including Safe Haven, a non-governmental organization that runs a shelter."
    )
    assert ("Organization", "Safe Haven") in found


def test_place_before_ngo_apposition_is_no_body() -> None:
    assert not any(
        t == "Organization" for t, _ in _found("In Mombasa, a local charity said the law was weak.")
    )
    assert ("Organization", "Kenya") not in _found(
        "In Kenya, a non-governmental organization said the law was weak."
    )


def test_body_named_after_place_based_ngo() -> None:
    found = _found("Workers were helped by a Lima-based NGO, Casa Segura, which runs a hotline.")
    assert ("Organization", "Casa Segura") in found


def test_a_bodys_annual_meeting() -> None:
    found = _found("The ministers of ECOWAS concluded their annual meeting in Accra on Friday.")
    assert ("Event", "annual meeting") in found


def test_an_annual_meeting_in_general_is_no_event() -> None:
    assert not any(t == "Event" for t, _ in _found("The Board holds an annual meeting every June."))


def test_headline_bare_head_to_verb_is_a_description() -> None:
    found = typed(
        run_titled(
            "UNICEF Launches Programme to Shield Children on the Southern Coast with Support from Norway\n\n"
            "The programme, Safe Shores, will run two years in Ghana."
        )
    )
    assert not any(label.startswith("Programme to Shield") for _, label in found)
    assert ("Plan", "Safe Shores") in found


def test_headline_named_programme_with_a_modifier_stays() -> None:
    found = typed(
        run_titled(
            "Ghana Launches National Programme to End Child Labour\n\n"
            "Ghana launched the National Programme to End Child Labour today."
        )
    )
    assert ("Plan", "National Programme to End Child Labour") in found


# -- bodies named only beside what the text says they are (kg/extract/named_bodies.py) ----------


def test_body_named_beside_a_non_profit_apposition() -> None:
    found = _found("Justice Rising, a non-profit group based in Accra, trained 40 lawyers.")
    assert ("Organization", "Justice Rising") in found
    assert ("Organization", "Brightline") in _found("Brightline, a think tank in Lima, published the study.")


def test_body_after_a_demonym_and_ngo() -> None:
    found = _found("Local NGO Sisters of Hope and the ILO signed an agreement.")
    assert ("Organization", "Sisters of Hope") in found
    assert ("Organization", "Casa Verde") in _found("Peruvian NGO Casa Verde runs two shelters.")


def test_body_named_by_the_role_a_person_holds_in_it() -> None:
    found = _found(
        "Anna Weber, executive director of Brightpath, said the law was weak.", "Brightpath runs shelters."
    )
    assert ("Organization", "Brightpath") in found
    assert ("Organization", "Safe Haven") in _found("Anna Weber, founder of Safe Haven, said so.")


def test_a_role_of_a_department_place_or_country_names_no_new_body() -> None:
    for sentence in (
        "Anna Weber, director of Communications, said so.",
        "Anna Weber, head of Asia and the Pacific, said so.",
        "Anna Weber, president of Chile, said so.",
        "Anna Weber, president of the Republic, said so.",
        "Anna Weber, director of Research, said so.",  # one word named once: a post, not a body
    ):
        assert not any(t == "Organization" for t, _ in _found(sentence)), sentence


def test_a_numbered_meeting_of_a_series_kind_is_an_event() -> None:
    assert ("Event", "second inter-ministerial meeting") in _found(
        "Ministers met at the second inter-ministerial meeting."
    )
    assert ("Event", "first regional thematic meeting") in _found(
        "Peru attended the first regional thematic meeting."
    )
    assert not any(t == "Event" for t, _ in _found("The first meeting was short."))


def test_named_days_are_an_event_but_counted_days_are_not() -> None:
    assert ("Event", "European Development Days") in _found(
        "The European Development Days opened in Brussels."
    )
    assert ("Event", "Joint Action Days") in _found("The Joint Action Days ended on Friday.")
    for sentence in (
        "In the Last Ten Days of March, Peru acted.",
        "Those Days are over.",
        "Early Days of the plan.",
    ):
        assert not any(t == "Event" for t, _ in _found(sentence)), sentence


def test_a_constituency_s_standing_forum_is_a_body() -> None:
    assert ("Organization", "SADC Private Sector Forum") in _found(
        "Officials from the SADC Private Sector Forum (SPSF) attended."
    )
    assert ("Organization", "Andean Parliamentary Forum") in _found(
        "Members of the Andean Parliamentary Forum met."
    )
    found = _found("Ghana attended the Civil Society Forum and the Employers Forum in Accra.")
    assert ("Event", "Employers Forum") in found  # attended: a meeting
    assert ("Event", "Andean Youth Forum 2024") in _found("Peru hosted the Andean Youth Forum 2024 in Lima.")


def test_a_meeting_s_ordinal_spelled_out_then_in_figures_is_its_name_s() -> None:
    found = _found(
        "The Fifty-Second (52nd) Andean Forum was held in Lima, and was attended by Peru and Chile."
    )
    assert ("Event", "Fifty-Second (52nd) Andean Forum") in found
    x = run(
        news("The Fifty-Second (52nd) Andean Forum was held in Lima, and was attended by Peru and Chile.")
    )
    assert has(x, "Chile", "participatesIn", "Fifty-Second (52nd) Andean Forum")


def test_a_person_or_place_described_by_a_body_noun_is_no_body() -> None:
    for sentence in (
        "Jane Doe, a trade union leader in Lima, criticised the law.",
        "Durban, a trade union stronghold, voted against it.",
        "Colombian NGO President Juan Perez criticised the law.",
        "When NGO Brightline opened its doors, Peru cheered.",
    ):
        assert not any(t == "Organization" for t, _ in _found(sentence)), sentence


def test_a_body_named_after_a_new_body_noun_or_at_a_role() -> None:
    assert ("Organization", "Brightline") in _found("The think tank Brightline published the study.")
    found = _found("Ana Ruiz, coordinator at Casa Alianza, said so.", "Casa Alianza runs shelters.")
    assert ("Organization", "Casa Alianza") in found


def test_counted_or_described_days_are_no_event() -> None:
    for sentence in (
        "Nine Days after the vote, Chile announced a plan.",
        "Peru marks the Dark Days of the war.",
    ):
        assert not any(t == "Event" for t, _ in _found(sentence)), sentence
    assert not any(
        t == "Event" for t, _ in typed(run_titled("Migrants Spend Nine Days Adrift Off Libya\n\nText."))
    )


def test_the_ndc_of_a_party_or_every_country_is_no_plan() -> None:
    for sentence in (
        "Officials from the NDC met donors.",
        "Ghana's NDC party said the budget was weak.",
        "Many countries updated their NDCs last year.",
    ):
        assert not any(t == "Plan" for t, _ in _found(sentence)), sentence


def test_a_numbered_bilateral_or_virtual_meeting_is_no_named_event() -> None:
    for sentence in (
        "Peru and Chile held the first bilateral meeting in Lima.",
        "It was the second virtual meeting this month between Kenya and Uganda.",
    ):
        assert not any(t == "Event" for t, _ in _found(sentence)), sentence
