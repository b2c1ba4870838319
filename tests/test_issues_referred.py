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
