"""Countries named only as a venue are no actors (kg/extract/venues.py)."""

from __future__ import annotations

import pytest
from extract_util import run


def countries(text: str) -> set[str]:
    return {e.label for e in run(text).entities if e.type == "Country"}


def test_a_country_after_its_city_is_a_venue_not_an_actor():
    assert countries("Tonga launched its Climate Strategy in Lisbon, Portugal during COP9.") == {"Tonga"}
    assert countries("The Kyoto Protocol was adopted at COP3 in Kyoto, Japan, in 1997.") == set()


def test_a_country_that_also_acts_keeps_its_mentions():
    assert "Portugal" in countries("Portugal signed the deal. The summit met in Lisbon, Portugal.")


def test_a_list_of_countries_after_in_is_not_a_city_and_its_country():
    assert countries("Workshops were held in Kenya, Uganda and Tanzania.") == {"Kenya", "Uganda", "Tanzania"}


def test_a_date_before_the_comma_is_no_venue():
    assert countries("At the Forum in July, Nepal presented its national review.") == {"Nepal"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("At a ceremony in Nairobi, Kenya and Uganda signed the Memorandum on Labour.", {"Kenya", "Uganda"}),
        (
            "At the talks in Accra, Ghana, Togo and Benin signed the Protocol on Transit.",
            {"Ghana", "Togo", "Benin"},
        ),
        ("Elsewhere in Latin America, Mexico and Brazil adopted plans.", {"Mexico", "Brazil"}),
        ("Speaking in Geneva, Switzerland on Monday launched its National Action Plan.", {"Switzerland"}),
    ],
)
def test_a_country_that_acts_right_after_a_place_is_kept(text, kept):
    assert kept <= countries(text)
