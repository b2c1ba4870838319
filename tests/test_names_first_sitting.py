"""A lower-case "first" before a capitalised event name is news about a new series, not part of the
name; other lower-case ordinals are the name's (kg/extract/name_extensions.py)."""

from __future__ import annotations

from extract_util import labels, news, run


def test_first_is_not_part_of_a_new_events_name():
    x = run(news("Ghana took part in the first Global Forum for Social Justice in Geneva."))
    assert "Global Forum for Social Justice" in labels(x, "Event")
    assert not any(label.startswith("first") for label in labels(x, "Event"))


def test_a_later_sittings_ordinal_stays_in_its_name():
    x = run(news("Ghana took part in the fourth Senior Officials' Meeting in Accra."))
    assert "fourth Senior Officials' Meeting" in labels(x, "Event")


def test_a_first_in_lower_case_series_names_is_unchanged():
    x = run(news("Peru attended the first regional thematic meeting."))
    assert "first regional thematic meeting" in labels(x, "Event")
