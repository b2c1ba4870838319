"""Plans of one name and different periods stay apart; an undated mention joins the newest."""

from __future__ import annotations

from extract_util import has, run_titled


def _plans(x) -> dict[str, list[str]]:
    return {e.label: [m.text for m in e.mentions] for e in x.entities if e.type == "Plan"}


def test_two_periods_are_two_plans_and_the_undated_mention_is_the_newest() -> None:
    x = run_titled(
        "Malawi renews its plan\n\n"
        "Malawi on Monday launched the National Action Plan against Trafficking in Persons (2027–2031), "
        "which replaces the National Action Plan against Trafficking in Persons (2021–2024). "
        "The National Action Plan against Trafficking in Persons will be implemented by the Ministry of "
        "Homeland Security."
    )
    plans = _plans(x)
    assert set(plans) == {
        "National Action Plan against Trafficking in Persons (2027–2031)",
        "National Action Plan against Trafficking in Persons (2021–2024)",
    }
    new, old = "National Action Plan against Trafficking in Persons (2027", "National Action Plan against "
    assert "National Action Plan against Trafficking in Persons" in plans[new + "–2031)"]
    assert has(x, "Malawi", "adopts", new)
    assert has(x, "Ministry of Homeland Security", "implements", new)
    assert not has(x, "Ministry of Homeland Security", "implements", old + "Trafficking in Persons (2021")


def test_one_period_keeps_its_undated_mentions() -> None:
    x = run_titled(
        "Zambia adopts strategy\n\n"
        "Zambia adopted the National Migration Strategy 2026-2030. The National Migration Strategy will be "
        "implemented by the Department of Immigration."
    )
    mentions = ["National Migration Strategy 2026-2030", "National Migration Strategy"]
    assert _plans(x) == {"National Migration Strategy 2026-2030": mentions}
    assert has(x, "Department of Immigration", "implements", "National Migration Strategy 2026-2030")


def test_the_same_period_written_two_ways_is_one_plan() -> None:
    x = run_titled(
        "Nepal plan\n\n"
        "Nepal adopted the National Plan of Action on Child Labour (2025-2029). The National Plan of Action "
        "on Child Labour (2025–2029) was drafted with the unions."
    )
    assert len(_plans(x)) == 1


def test_a_slash_between_years_is_the_plans_period() -> None:
    x = run_titled(
        "Three plans adopted\n\n"
        "Ghana adopted the National Strategy on Trafficking 2020/2024. Togo adopted the National Plan on "
        "Migration (2019/2020). Benin adopted the National Policy on Labour 2020/21."
    )
    years = {e.label: (e.start_year, e.end_year) for e in x.entities if e.type == "Plan"}
    assert years == {
        "National Strategy on Trafficking 2020/2024": (2020, 2024),
        "National Plan on Migration (2019/2020)": (2019, 2020),
        "National Policy on Labour 2020/21": (2020, 2021),
    }
    assert has(x, "Ghana", "adopts", "National Strategy on Trafficking 2020/2024")


def test_a_period_framed_by_for_the_and_period_is_the_plans_period() -> None:
    x = run_titled(
        "Ministers meet on trafficking\n\n"
        "The ministers will approve the Regional Work Plan against Trafficking in Persons in Southern Africa "
        "for the 2024-2027 period at the meeting."
    )
    plans = _plans(x)
    assert "Regional Work Plan against Trafficking in Persons in Southern Africa (2024-2027)" in plans
    assert not any(p.endswith("for the") or "for the 2024" in p for p in plans)


def test_a_second_mention_framed_by_for_the_and_period_keeps_the_word_that_closes_it() -> None:
    x = run_titled(
        "Ghana adopts a plan\n\n"
        "Ghana adopted the National Plan on Migration 2024-2027. The National Plan on Migration for the "
        "2024-2027 period was costed in May."
    )
    plans = _plans(x)
    assert len(plans) == 1
    assert not any(p.endswith("for the 2024-2027") for p in plans)  # not a label cut before "period"


def test_a_range_without_for_the_keeps_its_name() -> None:
    x = run_titled(
        "Ministers meet on trafficking\n\n"
        "The ministers adopted the Regional Work Plan against Trafficking in Persons 2024-2027 on Monday."
    )
    assert any(p.startswith("Regional Work Plan against Trafficking in Persons") for p in _plans(x))


def test_a_two_digit_end_year_gives_the_same_period_as_four_digits() -> None:
    for written in (
        "for the 2015-18 period",
        "for the period 2015-18",
        "for the period from 2015 to 2018",
        "for the period 2015 until 2018",  # names.strip_period: "until" is a range's word, as "to" is
    ):
        x = run_titled(f"Peru adopts its plan\n\nPeru adopted the National Action Plan {written}.")
        plans = {e.label: (e.start_year, e.end_year) for e in x.entities if e.type == "Plan"}
        assert plans == {"National Action Plan (2015-2018)": (2015, 2018)}, written


def test_for_the_period_with_no_years_is_left_as_it_was() -> None:
    x = run_titled("Peru adopts its plan\n\nPeru adopted the National Action Plan for the period.")
    assert all(e.start_year is None for e in x.entities if e.type == "Plan")


def test_a_period_whose_end_is_no_year_gives_no_years() -> None:
    for written in (
        "for the period from 2015 to 30 June 2018",  # a day, not an end year
        "for the period 2015 until 20 May 2018",
        "for the period 2015 to 18 months after adoption",
        "for the period 2015-16 to 2019-20",  # fiscal years: not 2015-2016
        "for the period 2015 to 2018-19",
    ):
        x = run_titled(f"Peru adopts its plan\n\nPeru adopted the National Action Plan {written}.")
        plans = {e.label: (e.start_year, e.end_year) for e in x.entities if e.type == "Plan"}
        assert plans == {"National Action Plan for the period": (None, None)}, written


def test_a_period_of_years_before_other_words_keeps_its_years() -> None:
    for written in ("for the period 2022 to 2025 on Monday", "for the period 2015-2018 and beyond"):
        x = run_titled(f"Peru adopts its plan\n\nPeru adopted the National Action Plan {written}.")
        plans = {e.label: (e.start_year, e.end_year) for e in x.entities if e.type == "Plan"}
        assert len(plans) == 1 and set(plans.values()) <= {(2022, 2025), (2015, 2018)}, written


def test_for_the_period_after_other_words_stays_outside_the_name() -> None:
    x = run_titled(
        "Peru adopts its plan\n\nPeru adopted the National Action Plan, with funding for the period 2015-18."
    )
    assert set(_plans(x)) == {"National Action Plan"}


def test_a_lower_case_plan_takes_its_period_however_the_years_are_written() -> None:
    # names.FOR_THE_PERIOD: "2015-2018" and "2015-18" join the plan as "from 2015 to 2018" does; the
    # name ends at its period, and the "to combat …" after it is the plan's purpose, not its name
    for written in ("2015-2018", "2015-18", "2015 - 2018", "from 2015 to 2018", "2015 until 2018"):
        for verb, issue in (
            ("combat", "human trafficking"),
            ("fight", "child labour"),
            ("end", "child marriage"),
        ):
            x = run_titled(
                "Peru adopts its plan\n\n"
                f"Peru adopted a national action plan for the period {written} to {verb} {issue}."
            )
            plans = [e for e in x.entities if e.type == "Plan"]
            assert [(e.start_year, e.end_year) for e in plans] == [(2015, 2018)], written
            assert plans[0].label == "national action plan (2015-2018)", (written, plans[0].label)
            assert has(x, plans[0].label, "addresses", issue), (written, issue)


def test_a_lower_case_plan_keeps_a_topic_written_before_its_period() -> None:
    x = run_titled(
        "Peru adopts its plan\n\n"
        "Peru adopted a national action plan for combating child labour for the period 2015-2018."
    )
    plans = [e.label for e in x.entities if e.type == "Plan"]
    assert plans == ["national action plan for combating child labour (2015-2018)"]


def test_an_end_year_after_until_or_till_closes_the_plans_name() -> None:
    x = run_titled(
        "Two strategies\n\n"
        "Tajikistan adopted the National Water Strategy until 2035. Moldova approved the State Programme on "
        "Migration for the period till 2027. Georgia adopted its Rural Development Plan up to 2030."
    )
    years = {e.label: (e.start_year, e.end_year) for e in x.entities if e.type == "Plan"}
    assert years == {
        "National Water Strategy until 2035": (None, 2035),
        "State Programme on Migration for the period till 2027": (None, 2027),
        "Rural Development Plan up to 2030": (None, 2030),
    }
    assert has(x, "Tajikistan", "adopts", "National Water Strategy until 2035")


def test_until_a_date_or_a_range_is_not_the_plans_end_year() -> None:
    x = run_titled(
        "Extensions\n\n"
        "Kenya implemented the National Water Strategy until 2025-26. Ghana ran the Rural Development Plan "
        "until 2024 to 2026. Peru kept the Climate Plan until 2030.5 percent."
    )
    labels = {e.label for e in x.entities if e.type == "Plan"}
    assert labels == {"National Water Strategy", "Rural Development Plan", "Climate Plan"}


def test_two_plan_heads_joined_by_and_close_one_name() -> None:
    x = run_titled(
        "Roadmap launched\n\n"
        "Fiji launched its Climate Finance Strategy and Roadmap in Suva. Samoa adopted the National Ocean "
        "Policy and Strategy 2030. Tonga adopted the Energy Strategy and the Water Plan."
    )
    labels = {e.label for e in x.entities if e.type == "Plan"}
    assert labels == {
        "Climate Finance Strategy and Roadmap",
        "National Ocean Policy and Strategy 2030",
        "Energy Strategy",
        "Water Plan",
    }


def test_the_years_a_verb_lasts_are_not_the_plans_and_a_closing_country_stays() -> None:
    x = run_titled(
        "Plans extended\n\n"
        "The Government extended the National Health Plan until 2030. UNICEF will support the National "
        "Nutrition Plan until 2026. The Cabinet approved the Energy Strategy of Ukraine until 2035. Kenya "
        "adopted the Energy Policy and Strategy in 2018 and 2020 respectively."
    )
    labels = {e.label for e in x.entities}
    assert {
        "National Health Plan",
        "National Nutrition Plan",
        "Energy Strategy of Ukraine until 2035",
    } <= labels
    assert "Ukraine" in labels
    assert not any(label.startswith("Energy Policy and Strategy") for label in labels)
