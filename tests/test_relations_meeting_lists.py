"""Lists of those who came to or signed what the text reported a sentence before: "This year's edition
brings together A, B and C", "Representatives will be attending from A and B", "The countries that
signed are A and B" (kg/extract/relation_meeting_guests.py, kg/extract/relation_signatory_lists.py,
kg/extract/relation_event_links.py)."""

from __future__ import annotations

from extract_util import has, run

_OPENING = (
    "Ministers meet in Lima\n\n"
    "The Third Regional Meeting on Labour Mobility opened in Lima on Friday, on the sidelines of the "
    "Andean Investment Summit. "
)


def test_this_years_edition_is_the_meeting_the_text_reports_on_not_the_last_named():
    ex = run(_OPENING + "This year's edition brings together sending countries: Nepal, India and Pakistan.")
    for country in ("Nepal", "India", "Pakistan"):
        assert has(ex, country, "participatesIn", "Third Regional Meeting on Labour Mobility")
        assert not has(ex, country, "participatesIn", "Andean Investment Summit")


def test_those_attending_from_a_list_of_countries_take_part_unless_denied():
    ex = run(
        "Ministers meet in Lima\n\nThe Third Regional Meeting on Labour Mobility opened in Lima on Friday. "
        "Representatives of receiving countries will also be attending from Qatar, Kuwait and Oman. "
        "No delegates attended from Peru. Officials will not be joining from Bolivia."
    )
    for country in ("Qatar", "Kuwait", "Oman"):
        assert has(ex, country, "participatesIn", "Third Regional Meeting on Labour Mobility")
    assert not has(ex, "Peru", "participatesIn", "Third Regional Meeting on Labour Mobility")
    assert not has(ex, "Bolivia", "participatesIn", "Third Regional Meeting on Labour Mobility")


def test_the_countries_that_signed_adopt_the_instrument_named_before():
    ex = run(
        "Plan adopted in Quito\n\n"
        "The meeting ended with the adoption of the Quito Action Plan on Human Mobility. "
        "The countries that signed are Argentina, Chile, Peru and Uruguay. "
        "The countries that have not signed the Plan are Cuba and Haiti."
    )
    for country in ("Argentina", "Chile", "Peru", "Uruguay"):
        assert has(ex, country, "adopts", "Quito Action Plan on Human Mobility")
    assert not has(ex, "Cuba", "adopts", "Quito Action Plan on Human Mobility")


def test_signatories_of_a_named_instrument_adopt_it_and_endorsers_support_it():
    ex = run(
        "Declaration signed\n\n"
        "Signatories of the Lima Declaration on Decent Work include Ecuador and Colombia. "
        "The states that endorsed it were Brazil and Panama."
    )
    assert has(ex, "Ecuador", "adopts", "Lima Declaration on Decent Work")
    assert has(ex, "Colombia", "adopts", "Lima Declaration on Decent Work")
    assert has(ex, "Brazil", "supports", "Lima Declaration on Decent Work")
    assert not has(ex, "Brazil", "adopts", "Lima Declaration on Decent Work")
