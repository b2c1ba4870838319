"""Reference frameworks written loosely: "on" for "against", the year after the title, the verbs in
another order; and "the Kingdom" for the one kingdom the text names (reference data, resolver,
kg/extract/the_country.py)."""

from __future__ import annotations

from extract_util import has, labels, run

_UNTOC = "United Nations Convention against Transnational Organized Crime"
_PROTOCOL = "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"


def test_loose_titles_of_the_palermo_instruments_resolve_to_the_reference():
    ex = run(
        "Benin reaffirms commitments\n\n"
        "Benin is a party to the United Nations Convention on Transnational Organized Crime and its "
        "Protocol to Suppress, Prevent and Punish Trafficking in Persons, especially Women and Children."
    )
    frameworks = labels(ex, "Framework")
    assert _UNTOC in frameworks and _PROTOCOL in frameworks
    assert len(frameworks) == 2
    assert has(ex, "Benin", "adopts", _PROTOCOL)


def test_a_year_after_a_title_names_the_reference_treaty_only_when_it_is_that_treaty_s_year():
    ex = run(
        "Togo ratifies\n\n"
        "Togo ratified the UN Convention against Transnational Crime 2000 last year. "
        "It also cited the Paris Agreement 1999, a title no treaty of that year has."
    )
    frameworks = labels(ex, "Framework")
    assert _UNTOC in frameworks
    assert "Paris Agreement 1999" in frameworks


def test_the_kingdom_is_the_one_kingdom_named():
    ex = run(
        "Workers deal\n\n"
        "Bahrain hosted talks with Nepal on domestic workers. "
        "The Kingdom is a party to the Protocol to Prevent, Suppress and Punish Trafficking in Persons."
    )
    assert has(ex, "Bahrain", "adopts", _PROTOCOL)
    assert not has(ex, "Nepal", "adopts", _PROTOCOL)


def test_the_kingdom_with_two_kingdoms_named_is_left_alone():
    ex = run(
        "Workers deal\n\n"
        "Bahrain hosted talks with Jordan on domestic workers. "
        "The Kingdom is a party to the Protocol to Prevent, Suppress and Punish Trafficking in Persons."
    )
    assert not has(ex, "Bahrain", "adopts", _PROTOCOL)
    assert not has(ex, "Jordan", "adopts", _PROTOCOL)
