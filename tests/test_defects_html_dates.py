"""HTML publication dates come from the page's metadata, never from years in its body text.

A page about a "Strategy 2019-2024" is not published on 2019-01-01: a guessed date would be
stored as the source's date and mislead every query that filters by date.
"""

from __future__ import annotations

import pytest

from kg.sources.html import parse_text

JSON_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-03-02"}</script>'
)
BODY = "<p>" + "The government published its Strategy 2019-2024 against trafficking. " * 6 + "</p>"


def page(head: str = "", before_body: str = "") -> str:
    return (
        f"<html><head><title>Plan news</title>{head}</head>"
        f"<body><article><h1>Plan news</h1>{before_body}{BODY}</article></body></html>"
    )


def test_years_in_body_text_are_not_a_date():
    parsed = parse_text(page(), name="page.html")
    assert "Strategy 2019-2024" in parsed.text
    assert parsed.date is None


@pytest.mark.parametrize(
    ("head", "before_body", "expected"),
    [
        ('<meta property="article:published_time" content="2023-05-04T10:00:00Z">', "", "2023-05-04"),
        (JSON_LD, "", "2022-03-02"),
        ("", '<time datetime="2021-06-07" class="published">7 June 2021</time>', "2021-06-07"),
    ],
    ids=["meta", "json-ld", "time"],
)
def test_metadata_dates_still_found(head, before_body, expected):
    assert parse_text(page(head, before_body), name="page.html").date == expected
