"""Plans named in lower case with a year or after a launch verb, and a sentence-case title's plan
folded into the body's (kg/extract/lower_case_names.py, kg/extract/resolver.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run, typed


def test_a_headline_launch_without_an_article_names_the_plan():
    ex = by_rules(run("Ghana launches national plan of action to combat child labour\n\nAccra, 3 May."))
    assert ("Plan", "national plan of action to combat child labour") in typed(ex)
    assert has(ex, "Ghana", "adopts", "national plan of action to combat child labour")


def test_a_year_before_action_plan_marks_a_plan():
    ex = by_rules(run(news("Peru adopted its 2026 action plan against forced labour.")))
    assert ("Plan", "2026 action plan against forced labour") in typed(ex)
    assert has(ex, "Peru", "adopts", "2026 action plan against forced labour")


def test_a_period_before_a_national_strategy_belongs_to_its_name():
    ex = run(news("Jordan announced the 2026-2029 anti-human trafficking national strategy on Monday."))
    assert ("Plan", "2026-2029 anti-human trafficking national strategy") in typed(ex)


def test_a_period_written_with_spaces_around_its_dash_marks_a_plan_as_one_without():
    # lexicon.YEAR_RANGE: "2026 – 2029" is the period "2026–2029" is
    for years in ("2026–2029", "2026 – 2029", "2026 - 2029"):
        ex = by_rules(run(news(f"Peru adopted a {years} national action plan against forced labour.")))
        assert ("Plan", f"{years} national action plan against forced labour") in typed(ex)
        assert has(ex, "Peru", "adopts", f"{years} national action plan against forced labour")


def test_a_bare_year_and_plan_is_no_name():
    ex = run(news("Peru adopted a 2026 plan.", "It approved 2027 plans."))
    assert not {t for t in typed(ex) if t[0] == "Plan"}


def test_a_sentence_case_title_plan_is_the_body_plan():
    text = (
        "Malawi adopts ten-year climate adaptation plan\n\n"
        "Malawi adopted the National Adaptation Plan (2026-2035) on Monday."
    )
    plans = [e for e in run(text).entities if e.type == "Plan"]
    assert len(plans) == 1
    assert "ten-year climate adaptation plan" in plans[0].aliases


def test_a_title_plan_is_not_another_country_plan_the_body_cites():
    text = (
        "Kenya unveils national refugee strategy\n\n"
        "Kenya unveiled its strategy on Monday. It draws lessons from the Uganda Comprehensive Refugee "
        "Response Strategy, adopted in 2017."
    )
    ex = by_rules(run(text))
    assert not has(ex, "Kenya", "adopts", "Uganda Comprehensive Refugee Response Strategy")


def test_a_title_plan_folds_into_the_body_plan_sharing_its_topic():
    text = (
        "Malawi adopts ten-year climate adaptation plan\n\n"
        "Malawi adopted the National Adaptation Plan (2026-2035) on Monday. It supports the Third "
        "National Development Plan."
    )
    plans = {e.label: e for e in run(text).entities if e.type == "Plan"}
    assert "ten-year climate adaptation plan" not in plans
    assert "ten-year climate adaptation plan" in plans["National Adaptation Plan (2026-2035)"].aliases


def test_a_title_plan_folds_into_its_own_country_plan_by_demonym():
    text = (
        "Kenya adopts ten-year adaptation plan\n\n"
        "Kenya adopted the Kenyan Adaptation Plan (2026-2035) on Monday. "
        "It supports the Kenya Vision 2030 Plan."
    )
    plans = {e.label: e for e in run(text).entities if e.type == "Plan"}
    assert "ten-year adaptation plan" in plans["Kenyan Adaptation Plan (2026-2035)"].aliases
    assert "ten-year adaptation plan" not in plans["Kenya Vision 2030 Plan"].aliases
