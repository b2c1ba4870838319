""" "The report" is the plan the text named as a report (kg/extract/report_forms.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_updated_report_approved_by_a_president_is_the_plan_named_as_a_report():
    ex = by_rules(
        run(
            news(
                "Ghana has sent its Nationally Determined Contribution (NDC) 2025 revised report to the "
                "UNFCCC.",
                "Minister Kofi Mensah said the updated report, which was approved by President Ama Owusu, "
                "raises the country's targets.",
            )
        )
    )
    assert has(ex, "Ama Owusu", "adopts", "Nationally Determined Contribution")


def test_a_report_after_a_plan_named_without_the_word_is_another_document():
    ex = by_rules(
        run(
            news(
                "Ghana has sent its Nationally Determined Contribution to the UNFCCC.",
                "Minister Kofi Mensah said the updated report, which was approved by President Ama Owusu, "
                "covers the year.",
            )
        )
    )
    assert not has(ex, "Ama Owusu", "adopts", "Nationally Determined Contribution")
