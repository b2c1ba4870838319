"""A name written in capitals is found as in Title Case (kg/extract/headlines.recase_capitals, read by
the pattern finder), not as the country it opens with."""

from __future__ import annotations

from extract_util import has, labels, news, run

from kg.extract.headlines import recase_capitals


def test_a_body_in_capitals_is_found_not_its_country():
    ex = run(news("The GHANA ANTI-SLAVERY COALITION partnered with UNICEF on Monday."))
    assert "GHANA ANTI-SLAVERY COALITION" in labels(ex, "Organization")
    assert not has(ex, "Ghana", "partnersWith", "United Nations Children")


def test_the_same_name_in_title_case_still_found():
    ex = run(news("The Ghana Anti-Slavery Coalition partnered with UNICEF on Monday."))
    assert "Ghana Anti-Slavery Coalition" in labels(ex, "Organization")


def test_recasing_keeps_length_initialisms_and_runs_without_a_head_word():
    text = "the IOM NETWORK, KENYA'S MINISTRY OF LABOUR AND UNHCR said"
    got = recase_capitals(text)
    assert len(got) == len(text)
    assert got.startswith("the IOM Network, Kenya's Ministry of Labour and UNHCR")
    assert recase_capitals("UNHCR AND UNICEF said") == "UNHCR AND UNICEF said"


def test_a_heading_all_in_capitals_is_left_to_the_headline_rules():
    """A letterhead or a heading is no sentence: recased, "NEW PLAN" became a plan of its own."""
    assert recase_capitals("PRESS RELEASE\nMINISTRY OF LABOUR WELCOMES NEW PLAN\nGhana met.") == (
        "PRESS RELEASE\nMINISTRY OF LABOUR WELCOMES NEW PLAN\nGhana met."
    )
    text = (
        "PRESS RELEASE\n\nNATIONAL ANTI-TRAFFICKING TASK FORCE WELCOMES NEW PLAN\n\n"
        "Accra, 3 May 2023 - The Government of Ghana today adopted the National Action Plan against "
        "Trafficking (2023-2027).\n"
    )
    assert "NEW PLAN" not in labels(run(text), "Plan")
