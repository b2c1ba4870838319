"""A release without date metadata is dated by its dateline, and only by a dateline."""

from __future__ import annotations

import pytest

from kg.sources import load_text
from kg.sources.dateline import dateline_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ACCRA, 14 March 2023 — The Government of Ghana today launched its plan.", "2023-03-14"),
        ("Kenya adopts plan\n\n*Nairobi, 2 June 2024*\n\nKenya adopted its plan.", "2024-06-02"),
        ("Moldova approves programme\nChisinau, 12 February 2024. The Republic of Moldova …", "2024-02-12"),
        ("Ghana adopts plan\nGENEVA (UN News) – March 2, 2023 – The Council …", "2023-03-02"),
        ("WASHINGTON, D.C., March 3rd, 2021 — The Department …", "2021-03-03"),
        ("Statement\nPosted: Tuesday, 4 April 2023\nThe Minister said …", "2023-04-04"),
        ("Title\nBy Jane Doe\nSubtitle\nLUSAKA — 4 Sept. 2024 — Zambia …", "2024-09-04"),
        ("Date: 2024-02-12\nThe Ministry announced …", "2024-02-12"),
    ],
)
def test_a_dateline_gives_the_date(text, date):
    assert dateline_date(text) == date


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March 2023, Ghana adopted its plan.",  # a date in a sentence: what the text is about
        "Ghana adopted the 2019-2024 Plan.\nIt runs until 31 December 2024 in every region.",
        "New Delhi, Jan 3 (PTI) India signed an agreement.",  # no year
        "KAMPALA, 31 February 2023 — No such day.",
        "Kenya, Uganda and Tanzania signed the pact on 3 May 2022.",
        "1\n2\n3\n4\n5\n6\nNAIROBI, 2 June 2024 — too far down to be the dateline.",
    ],
)
def test_no_dateline_no_date(text):
    assert dateline_date(text) is None


def test_a_loaded_text_is_dated_by_its_dateline_unless_a_date_is_given():
    text = "Zambia launches plan\nLUSAKA, 4 April 2024 — Zambia launched its plan."
    assert load_text(text, location="z.txt").date == "2024-04-04"
    assert load_text(text, location="z.txt", date="2024-05-01").date == "2024-05-01"


def test_an_impossible_date_lets_a_later_line_be_the_dateline():
    assert dateline_date("Report\nDate: 2023-02-30\nKAMPALA, 3 March 2023 — Uganda …") == "2023-03-03"
