"""Cue words in their British and hyphenated spellings (texts written for these tests)."""

from __future__ import annotations

from extract_util import has, run


def test_co_operation_with_a_hyphen_is_cooperation() -> None:
    ex = run("The seminar is organized by UNICEF in co-operation with the ILO and IOM.")
    assert has(ex, "United Nations Children", "partnersWith", "International Labour Organization")
    assert has(ex, "United Nations Children", "partnersWith", "International Organization for Migration")


def test_co_operates_with() -> None:
    assert has(
        run("Benin co-operates closely with Niger on border management."), "Benin", "partnersWith", "Niger"
    )
