"""Names: a convention's full name is the treaty's, two reference names joined by "and",
an unbracketed initialism after a name, and a minister's portfolio."""

from __future__ import annotations

from tests.extract_util import has, labels, run


def test_a_conventions_full_name_keeps_it_a_treaty_though_reported_to() -> None:
    ex = run(
        "The United Nations Framework Convention on Climate Change (UNFCCC) now applies to Niue. "
        "Niue's national reporting to the UNFCCC starts next year."
    )
    assert "United Nations Framework Convention on Climate Change" in labels(ex, "Framework")
    assert not labels(ex, "Organization")


def test_a_convention_named_only_as_its_secretariat_is_a_body() -> None:
    ex = run("Niue submitted its first report to the UNFCCC in Bonn.")
    assert "United Nations Framework Convention on Climate Change" not in labels(ex, "Framework")


def test_two_reference_names_joined_by_and_stay_two() -> None:
    ex = run("Australia will extend the UNFCCC and Paris Agreement to Norfolk next year.")
    assert {"United Nations Framework Convention on Climate Change", "Paris Agreement"} <= labels(
        ex, "Framework"
    )
    assert not any("Norfolk" in label for label in labels(ex, "Framework"))


def test_a_joint_programme_of_two_bodies_stays_one_name() -> None:
    ex = run("The UNODC and UNICEF Joint Programme on Child Trafficking began in May.")
    assert "UNODC and UNICEF Joint Programme on Child Trafficking" in labels(ex, "Plan")


def test_an_unbracketed_initialism_after_a_name_is_no_part_of_it() -> None:
    ex = run("The Forum will act as set out in the UN Sustainable Development Goals SDGs for all.")
    assert "Sustainable Development Goals" in labels(ex, "Framework")
    ex = run("Kenya adopted the Urban Resilience Programme URP in March.")
    assert "Urban Resilience Programme" in labels(ex, "Plan")


def test_a_ministers_portfolio_is_no_body() -> None:
    ex = run("Minister of Culture, Youth and Sport Services Dr Amina Bello said the Bill would pass.")
    assert not labels(ex, "Organization")
    ex = run(
        "Hon. Ram Thapa, Minister for Labour, Employment and Social Security and Chair in Office of the "
        "Colombo Process, opened the meeting."
    )
    assert labels(ex, "Organization") == {"Colombo Process"}
    assert has(ex, "Ram Thapa", "represents", "Colombo Process")


def test_a_named_recommendation_is_a_framework() -> None:
    ex = run(
        "Uruguay ratified the Domestic Workers Convention, 2011 (No. 189) and the Domestic Workers "
        "Recommendation, 2011 (No. 201) in June."
    )
    assert "Domestic Workers Recommendation, 2011 (No. 201)" in labels(ex, "Framework")


def test_ozone_issues_and_phasing_down_as_a_purpose() -> None:
    ex = run("The Kigali Amendment aims to phase down hydrofluorocarbons (HFCs), which warm the planet.")
    assert has(ex, "Kigali Amendment", "addresses", "hydrofluorocarbons")
    ex = run("The Montreal Protocol was designed to phase out ozone-depleting substances worldwide.")
    assert has(ex, "Montreal Protocol", "addresses", "ozone depletion")


def test_a_plan_in_lower_case_closed_by_its_years() -> None:
    ex = run("Laos is drafting a programme on safe migration and reintegration for the 2026-2030 period.")
    assert any(
        label.startswith("programme on safe migration and reintegration") for label in labels(ex, "Plan")
    )
    ex = run("The Cabinet approved a new national climate change policy for 2025-2030.")
    assert "national climate change policy for 2025-2030" in labels(ex, "Plan")
    ex = run("Bhutan unveiled its 13th five-year plan on Monday.")
    assert "13th five-year plan" in labels(ex, "Plan")


def test_a_plan_to_implement_a_framework_keeps_the_framework_and_its_implementer() -> None:
    ex = run("Ghana adopted a plan to implement the Paris Agreement in 2022.")
    assert "Paris Agreement" in labels(ex, "Framework")
    assert has(ex, "Ghana", "adopts", "plan to implement the Paris Agreement")
    assert has(ex, "Ghana", "implements", "Paris Agreement")


def test_a_month_abbreviation_after_a_name_is_a_date() -> None:
    ex = run("The Assembly adopted the Global Compact on Refugees on Dec. 17, 2018, in New York.")
    assert "Global Compact on Refugees" in labels(ex, "Framework")
    ex = run("Tonga launched the Climate Resilience Roadmap in Sept 2024.")
    assert "Climate Resilience Roadmap" in labels(ex, "Plan")


def test_a_misspelt_national_determined_contribution_is_the_ndc() -> None:
    ex = run("Laos submitted its updated National Determined Contribution to the UNFCCC in May.")
    assert has(ex, "Laos", "adopts", "National Determined Contribution")


def test_two_plans_closed_by_their_years_and_joined_by_and_stay_two() -> None:
    ex = run(
        "The loan supports Nepal's National Adaptation Plan 2021–2050 and Long-Term Strategy 2050 for "
        "net-zero emissions."
    )
    assert {"National Adaptation Plan 2021–2050"} <= labels(ex, "Plan")
    assert not any(" and " in label for label in labels(ex, "Plan"))


def test_an_office_is_no_instrument_nor_body() -> None:
    ex = run("Law Minister Rafiq Islam and Labour Secretary Salma Begum attended the ceremony.")
    assert not labels(ex, "Framework")
    assert "Rafiq Islam" in labels(ex, "Person")
    ex = run("The guests included the Member of Parliament for Tema East Constituency, Kofi Boateng.")
    assert not labels(ex, "Organization")
    ex = run("The Prime Minister's Office (PMO) said the Task Force would meet on Monday.")
    assert "Prime Minister's Office" in labels(ex, "Organization")


def test_a_cooperation_framework_is_a_plan() -> None:
    ex = run("Nepal and the UN signed the UN Sustainable Development Cooperation Framework 2023-2027.")
    assert "UN Sustainable Development Cooperation Framework 2023-2027" in labels(ex, "Plan")
    ex = run("Kenya and Germany signed the Migration and Mobility Partnership Agreement in Berlin.")
    assert "Migration and Mobility Partnership Agreement" in labels(ex, "Framework")


def test_a_rank_after_a_service_word_opens_a_persons_title() -> None:
    ex = run("Police Colonel Somchai Rattanakul led the raid in Songkhla.")
    assert "Somchai Rattanakul" in labels(ex, "Person")
    assert not labels(ex, "Organization")


def test_a_coordinator_posted_in_a_country_before_the_name() -> None:
    ex = run(
        "The plan was co-signed by UN Resident Co-ordinator in Sierra Leone Zaneta Korvalis-Hume on "
        "behalf of the UN."
    )
    assert "Zaneta Korvalis-Hume" in labels(ex, "Person")
    assert has(ex, "Zaneta Korvalis-Hume", "represents", "United Nations")


def test_a_headless_name_the_text_says_the_kind_of() -> None:
    ex = run(
        "The EU signed Better Livelihoods for Coastal Communities (BLCC) with Ghana. BLCC is a five-year "
        "programme that contributes to the reduction of poverty."
    )
    assert "Better Livelihoods for Coastal Communities" in labels(ex, "Plan")
    ex = run(
        "It was organised by Action Against Child Exploitation in Malawi (A-CEM), a project funded by Norway."
    )
    assert "Action Against Child Exploitation in Malawi" in labels(ex, "Plan")
    ex = run("Friends of the Earth Pacific (FOEP), a network of NGOs, signed the letter.")
    assert "Friends of the Earth Pacific" in labels(ex, "Organization")
    ex = run("Safe Homes for Every Child (SHEC) was praised by Kenya.")
    assert not labels(ex, "Plan")


def test_a_plan_to_implement_a_framework_stops_before_the_next_clause() -> None:
    ex = run("Portugal approved a national plan to implement the Global Compact, Minister Ana Ruiz said.")
    assert "Ana Ruiz" in labels(ex, "Person")
    assert has(ex, "Ana Ruiz", "represents", "Portugal")


def test_a_quoted_long_form_is_named_without_its_quotes() -> None:
    ex = run(
        "The agreements - “Growth for Rural Advancement and Sustainable Progress” (GRASP) - were signed. "
        "GRASP is a six-year programme."
    )
    assert "Growth for Rural Advancement and Sustainable Progress" in labels(ex, "Plan")
