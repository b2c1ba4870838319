"""Ministries written all in lower case, by their portfolio words (kg/extract/lower_case_names.py)."""

from __future__ import annotations

from extract_util import has, labels, news, run


def test_a_lower_case_ministry_of_a_portfolio_is_a_body():
    x = run(
        news(
            "The government of Sierra Leone through the ministry of social welfare has launched a national "
            "action plan against trafficking in persons."
        )
    )
    assert "ministry of social welfare" in labels(x, "Organization")
    assert has(x, "ministry of social welfare", "adopts", "national action plan against trafficking")


def test_a_portfolio_before_ministry_after_a_possessive_or_the():
    x = run(
        news(
            "Sri Lanka's labour and foreign employment ministry launched the National Labour Migration "
            "Policy."
        )
    )
    assert "labour and foreign employment ministry" in labels(x, "Organization")
    assert "health ministry" in labels(run(news("The health ministry said it would help.")), "Organization")


def test_a_long_portfolio_runs_to_its_last_word_before_a_name():
    x = run(
        news(
            "Head of the Migration Service of the ministry of territorial administration and infrastructure "
            "Armen Ghazaryan spoke."
        )
    )
    assert "ministry of territorial administration and infrastructure" in labels(x, "Organization")


def test_no_ministry_without_portfolio_words():
    for text in (
        "He has a ministry of his own.",
        "The ministry of the president issued a statement.",
        "The ministry of foreign Affairs said so.",  # mixed case: not cut at "foreign"
        "The foreign ministers met.",
    ):
        assert not labels(run(news(text)), "Organization"), text


def test_a_noun_of_people_after_the_portfolio_is_not_the_ministrys():
    x = run(
        news("Police arrested the smugglers after a tip-off from the ministry of health and police officers.")
    )
    assert "ministry of health" in labels(x, "Organization")
    assert "ministry of health and police" not in labels(x, "Organization")


def test_a_department_in_lower_case_in_a_text_with_no_ministry():
    assert "department of social welfare" in labels(
        run(news("The department of social welfare opened a shelter.")), "Organization"
    )
