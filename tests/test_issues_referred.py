"""Issues referred to, not named, where an instrument addresses them: "this crime" after a verb of
fighting is the last issue named before it; "the issues of A, B and C" names issues."""

from __future__ import annotations

from extract_util import has, news, run


def test_a_crime_referred_back_is_the_issue_named_before() -> None:
    ex = run(
        news(
            "Laos, a major source country for forced labour, on Monday adopted the National Action Plan "
            "to eliminate the exploitative practice."
        )
    )
    assert has(ex, "National Action Plan", "addresses", "forced labour")
    ex = run(
        news(
            "Forced labour remains widespread in Laos.", "A new National Action Plan aims to end this crime."
        )
    )
    assert has(ex, "National Action Plan", "addresses", "forced labour")


def test_a_practice_not_fought_or_with_no_issue_in_reach_is_left_alone() -> None:
    ex = run(
        news(
            "Forced labour remains widespread in Laos.",
            "The minister said the National Action Plan would change the practice of law.",
        )
    )
    assert not has(ex, "National Action Plan", "addresses", "forced labour")
    far = run(
        news(
            "Forced labour remains widespread in Laos.",
            "Rice exports grew in 2023.",
            "The National Action Plan aims to end this practice.",
        )
    )
    assert not has(far, "National Action Plan", "addresses", "forced labour")


def test_the_issues_of_a_list_are_issues_the_one_framework_addresses() -> None:
    ex = run(
        news(
            "At the summit, Pacific leaders endorsed a Regional Framework on Labour Mobility.",
            "This agreement is the first to address the issues of coastal erosion, displacement, and "
            "planned relocation comprehensively.",
        )
    )
    assert has(ex, "Regional Framework on Labour Mobility", "addresses", "planned relocation")
    assert has(ex, "Regional Framework on Labour Mobility", "addresses", "coastal erosion")


def test_the_issues_of_the_day_are_no_issues() -> None:
    ex = run(
        news(
            "Ministers endorsed the Regional Framework on Labour Mobility and discussed the issues of the "
            "day and the questions of Pacific trade and tourism."
        )
    )
    assert not [e for e in ex.entities if e.type == "Issue"]
