"""Names of instruments, bodies, programmes and events that run on or stop where the shape says.

Sentences written for these tests (no gold document's wording).
"""

from __future__ import annotations

from extract_util import news, run, typed


def _types(*sentences: str) -> set[tuple[str, str]]:
    return typed(run(news(*sentences)))


# --- numbers of laws and decrees


def test_decree_number_with_year_belongs_to_the_name() -> None:
    found = _types("Workers are covered by Royal Decree No. 35/2021 since March.")
    assert ("Framework", "Royal Decree No. 35/2021") in found


def test_decree_law_with_portuguese_number_sign() -> None:
    found = _types("The Government adopted Decree-Law n.º 14/2022 last week.")
    assert ("Framework", "Decree-Law n.º 14/2022") in found


def test_law_number_with_year_and_serial() -> None:
    assert ("Framework", "Law No. 2025-17") in _types("Parliament passed Law No. 2025-17 on recruitment.")


def test_number_before_a_comma_clause() -> None:
    found = _types("The Council adopted Royal Decree No. 35/2021, which regulates recruitment.")
    assert ("Framework", "Royal Decree No. 35/2021") in found


# --- instruments named by their parties


def test_bilateral_instrument_runs_on_through_its_parties() -> None:
    found = _types("The Convention on Social Security between Spain and Morocco was renewed.")
    assert ("Framework", "Convention on Social Security between Spain and Morocco") in found


def test_multilateral_instrument_runs_on_through_member_states() -> None:
    found = _types("The Protocol on Free Movement among the Member States of ECOWAS entered into force.")
    assert ("Framework", "Protocol on Free Movement among the Member States of ECOWAS") in found


def test_unnamed_parties_are_not_the_name() -> None:
    found = _types("The Agreement on Trade between the two countries was signed.")
    assert ("Framework", "Agreement on Trade") in found


def test_years_are_no_parties() -> None:
    found = _types("The Agreement on Fisheries between 2019 and 2021 was suspended.")
    assert ("Framework", "Agreement on Fisheries") in found


# --- portfolio lists and countries


def test_portfolio_list_ends_before_a_country() -> None:
    found = _types("The Ministry of Health and Social Welfare and Kenya signed a deal.")
    assert ("Organization", "Ministry of Health and Social Welfare") in found
    assert ("Country", "Kenya") in found


def test_portfolio_list_ends_before_countries_it_works_in() -> None:
    found = _types("The project works with the Ministry of Health and Social Welfare in Nepal and Bhutan.")
    assert ("Organization", "Ministry of Health and Social Welfare") in found


def test_two_possessed_ministries_with_portfolio_lists() -> None:
    found = _types(
        "Kenya's Ministry of Labour, Skills Development and Social Protection and Uganda's "
        "Ministry of Gender, Labour and Social Development met in Kampala."
    )
    assert ("Organization", "Ministry of Labour, Skills Development and Social Protection") in found
    assert ("Organization", "Ministry of Gender, Labour and Social Development") in found


def test_portfolio_word_that_is_no_country_stays() -> None:
    found = _types("The Ministry of Fisheries and Blue Economy opened an office.")
    assert ("Organization", "Ministry of Fisheries and Blue Economy") in found
