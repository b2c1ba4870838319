"""Bare head words and short plan forms resolve to the entity named in full, never a node of their own."""

from __future__ import annotations

from extract_util import has, run_titled

from kg.model import Extraction


def labels(extraction: Extraction, type_name: str) -> set[str]:
    return {e.label for e in extraction.entities if e.type == type_name}


def aliases_of(extraction: Extraction, label: str) -> set[str]:
    return {a for e in extraction.entities if e.label == label for a in e.aliases}


def test_the_organization_is_the_organization_named_before() -> None:
    x = run_titled(
        "WHO backs Peru's health plan\n\n"
        "The World Health Organization (WHO) on Monday welcomed the National Health Workforce Plan 2026-2030 "
        "launched by Peru. The Organization will support the Regional Nursing Programme."
    )
    assert "Organization" not in labels(x, "Organization")
    assert "Organization" in aliases_of(x, "World Health Organization")
    assert has(x, "World Health Organization", "supports", "Regional Nursing Programme")


def test_a_bare_head_with_no_body_before_gives_nothing() -> None:
    x = run_titled(
        "Ghana opens talks\n\n"
        "Ghana launched the National Fisheries Plan 2026-2030 on Friday. "
        "The Commission would review it next year."
    )
    assert "Commission" not in labels(x, "Organization")


def test_the_bloc_is_the_union_named_before() -> None:
    x = run_titled(
        "Ministers meet in Accra\n\n"
        "The African Union and Ghana signed the Accra Declaration on Labour Mobility on Tuesday. "
        "The Bloc will host the next round of talks."
    )
    assert "Bloc" not in labels(x, "Organization")


def test_a_regional_unit_is_no_body() -> None:
    x = run_titled(
        "Refugee agency speaks\n\n"
        "Speaking for the World Food Programme, Regional Bureau Director Lena Sorensen urged donors to act. "
        "The Country Office in Dakar will coordinate."
    )
    assert "Regional Bureau" not in labels(x, "Organization")
    assert "Country Office" not in labels(x, "Organization")


def test_parliament_stands_alone() -> None:
    x = run_titled(
        "Ghana passes law\n\n"
        "The Parliament of Ghana passed the Labour Migration Act 2026. Parliament also approved the budget."
    )
    assert not any(label == "Organization" for label in labels(x, "Organization"))


def test_a_short_programme_with_its_period_is_the_long_one() -> None:
    x = run_titled(
        "FAO and Nepal launch Country Programme 2027-2031\n\n"
        "The Food and Agriculture Organization (FAO) and Nepal on Monday launched the FAO Country Programme "
        "for Nepal 2027-2031, which targets rural poverty. "
        "The Country Programme 2027-2031 is funded by Norway."
    )
    assert "Country Programme 2027-2031" not in labels(x, "Plan")
    assert "FAO Country Programme for Nepal 2027-2031" in labels(x, "Plan")


def test_a_lower_case_strategy_is_the_named_strategy() -> None:
    x = run_titled(
        "Report says Peru's anti-trafficking strategy lags\n\n"
        "Peru has implemented few measures of its national anti-trafficking strategy, a report said. "
        "The National Strategy and Action Plan against Trafficking in Persons 2025-2029 has no budget."
    )
    plans = labels(x, "Plan")
    assert "national anti-trafficking strategy" not in plans
    assert any(p.startswith("National Strategy and Action Plan against Trafficking") for p in plans)


def test_a_short_form_fitting_two_plans_stays_apart() -> None:
    x = run_titled(
        "Two plans\n\n"
        "Chile adopted the National Action Plan on Migration 2026-2030 and the National Action Plan "
        "on Climate 2026-2030. The National Action Plan 2026-2030 will be reviewed."
    )
    plans = labels(x, "Plan")
    assert any("Migration" in p for p in plans) and any("Climate" in p for p in plans)


def test_a_short_form_with_another_period_stays_apart() -> None:
    x = run_titled(
        "Peru strategy\n\n"
        "Peru adopted the National Employment Strategy for Young People 2026-2030. "
        "It replaced the Employment Strategy 2019-2022."
    )
    plans = labels(x, "Plan")
    assert any(p.startswith("National Employment Strategy for Young People") for p in plans)
    assert any(p.startswith("Employment Strategy 2019") for p in plans)


def test_latin_america_and_dollars_name_no_country() -> None:
    x = run_titled(
        "Ministers meet\n\n"
        "Ministers from Latin America and Central America met in Quito, Ecuador, on Monday. "
        "They pledged US$12 million to the Andean Labour Mobility Plan. Ecuador will host the next round."
    )
    countries = labels(x, "Country")
    assert "United States" not in countries
    assert "Ecuador" in countries  # a host that acts; named only as the venue it would be dropped


def test_the_united_states_named_stays() -> None:
    x = run_titled("Talks\n\nThe United States and Mexico signed the Border Labour Agreement in May.")
    assert "United States" in labels(x, "Country")


def test_the_country_is_the_one_country_of_the_sentence() -> None:
    x = run_titled(
        "Ratifications\n\n"
        "Ghana's Minister of Labour, Kwame Asante Mensah, said the ratification built on the country's "
        "National Plan of Action on Forced Labour 2026-2030."
    )
    assert has(x, "Ghana", "adopts", "National Plan of Action on Forced Labour")
    assert "country" in aliases_of(x, "Ghana")


def test_the_country_with_two_countries_in_reach_is_nobody() -> None:
    x = run_titled(
        "Talks\n\n"
        "Ghana and Togo met in Lome. Officials said the country's National Plan of Action on Forced Labour "
        "2026-2030 was a model."
    )
    assert not has(x, "Ghana", "adopts", "National Plan of Action on Forced Labour")
    assert not has(x, "Togo", "adopts", "National Plan of Action on Forced Labour")


def test_a_headline_plan_is_the_one_body_plan_with_its_head() -> None:
    x = run_titled(
        "Andean Countries Agree Roadmap on Labour Mobility and Protection of Workers\n\n"
        "Ministers from six countries on Friday agreed the Lima Roadmap (2026-2029), a three-year plan to "
        "widen regular pathways for workers."
    )
    plans = labels(x, "Plan")
    assert "Roadmap on Labour Mobility and Protection of Workers" not in plans
    assert any(p.startswith("Lima Roadmap") for p in plans)


def test_a_headline_plan_with_two_body_plans_of_its_head_stays() -> None:
    x = run_titled(
        "Andean Countries Agree Roadmap on Labour Mobility\n\n"
        "Ministers agreed the Lima Roadmap (2026-2029) and recalled the Quito Roadmap (2021-2024)."
    )
    plans = labels(x, "Plan")
    assert any(p.startswith("Lima Roadmap") for p in plans)
    assert any(p.startswith("Quito Roadmap") for p in plans)
    assert "Roadmap on Labour Mobility" in plans


def test_the_country_of_origin_is_nobody() -> None:
    x = run_titled(
        "Returns\n\n"
        "Ghana adopted the National Return Plan 2026-2030. Officials said the country of origin must "
        "ratify the Domestic Workers Convention."
    )
    assert "country" not in aliases_of(x, "Ghana")


def test_the_centre_capitalized_is_the_centre_named_before() -> None:
    x = run_titled(
        "Report\n\n"
        "The Haqq Centre for Migrant Rights released a report on Monday. The Centre called for the "
        "ratification of the Domestic Workers Convention, 2011 (No. 189)."
    )
    assert has(x, "Haqq Centre for Migrant Rights", "callsFor", "Domestic Workers Convention")


def test_the_organization_in_lower_case_is_not_resolved_by_its_head() -> None:
    x = run_titled(
        "Report\n\n"
        "The International Labour Organization (ILO) and the Haqq Centre for Migrant Rights met on Monday. "
        "The Centre, a small non-governmental organization, later welcomed the Global Compact for Safe, "
        "Orderly and Regular Migration."
    )
    assert "organization" not in aliases_of(x, "International Labour Organization")


def test_a_capital_owning_a_plan_is_its_country_when_named() -> None:
    x = run_titled(
        "Talks\n\n"
        "Colombia and Peru presented their results. Bogotá's National Migration Plan 2026-2030 has provided "
        "documents to many people. Quito's Historic Centre was visited."
    )
    assert has(x, "Colombia", "adopts", "National Migration Plan")
    assert "Ecuador" not in labels(x, "Country")


def test_the_bloc_is_the_regional_community_named_last() -> None:
    x = run_titled(
        "Summit\n\n"
        "The African Union and Niger met in Niamey. Niger, which holds the rotating chairmanship of the "
        "Economic Community of West African States (ECOWAS), said it would table the plan at the bloc's "
        "next summit."
    )
    assert "bloc" in aliases_of(x, "Economic Community of West African States")
    assert "bloc" not in aliases_of(x, "African Union")


def test_the_initiative_is_the_plan_named_before() -> None:
    x = run_titled(
        "Samoa launches labour plan\n\n"
        "Samoa on Tuesday launched its National Labour Mobility Strategy 2026-2030. The initiative, drafted "
        "with the support of the International Labour Organization (ILO), sets out twelve actions."
    )
    plan = "National Labour Mobility Strategy 2026-2030"
    assert "initiative" in aliases_of(x, plan)
    assert has(x, "International Labour Organization", "supports", plan)


def test_the_initiative_is_not_a_body_nor_an_initiative_introduced_unnamed() -> None:
    body = run_titled(
        "Programme meets\n\n"
        "Tonga hosted the United Nations Development Programme for talks. The initiative was funded by Japan."
    )
    assert not has(body, "Japan", "supports", "United Nations Development Programme")
    unnamed = run_titled(
        "Police training\n\n"
        "Tonga adopted its National Action Plan on Migration in 2024. On Monday, UNICEF launched a new "
        "initiative to train police officers. The initiative was funded by Japan."
    )
    assert not has(unnamed, "Japan", "supports", "National Action Plan on Migration")
    planting = run_titled(
        "Trees\n\n"
        "Fiji adopted the National Climate Change Policy in 2018. The Ministry also announced a "
        "tree-planting initiative. The initiative is funded by Norway."
    )
    assert not has(planting, "Norway", "supports", "National Climate Change Policy")
