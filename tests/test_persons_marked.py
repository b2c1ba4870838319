"""Persons marked by what stands beside the name (kg/extract/persons_marked.py), and the words
next to a name that are not part of it (kg/extract/person_names.py, persons_titles.py)."""

from __future__ import annotations

import pytest
from extract_util import labels, run

from kg.extract.person_names import two_words_ok
from kg.extract.persons_marked import marked_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("On Monday, Harriet Cole MP, Home Secretary, announced the bill.", {"Harriet Cole"}),
        ("The motion was moved by Lord Patel and Ingrid Vos MEP on Tuesday.", {"Ingrid Vos"}),
        ("It was unveiled by the Hon Harriet Cole MP, Assistant Minister.", {"Harriet Cole"}),
        (
            "The bill was introduced by Representatives Tom Baker (R-NJ), Lena Ortiz (D-Calif.) and "
            "Sam Wu (I-Vt.).",
            {"Tom Baker", "Lena Ortiz", "Sam Wu"},
        ),
    ],
)
def test_a_post_nominal_or_a_party_bracket_marks_a_person(text: str, names: set[str]) -> None:
    assert names <= labels(run(text), "Person")


@pytest.mark.parametrize(
    "text",
    [
        "Labour MPs voted against the bill.",  # a group, no name
        "The Save Lives Fund (R-TX) report came out.",  # no name before the bracket
        "The plan is backed by TCP MP and the Ministry.",  # capital letters, no name before them
        "Sinn Féin TD Mary Lou McDonald said the bill was overdue.",  # the letters stand as a title
        "Farmers want a legal guarantee for Kharif Crop MSP this year.",  # a minimum support price
    ],
)
def test_marks_without_a_name_before_them_give_no_person(text: str) -> None:
    assert not [text[a:b] for a, b in marked_names(text, two_words_ok)]


def test_a_day_after_a_name_is_the_news_s_time() -> None:
    x = run("Kenya's President Amani Njoroge Thursday signed the Refugees Bill into law.")
    assert "Amani Njoroge" in labels(x, "Person")


def test_the_plural_of_a_role_is_no_part_of_a_name() -> None:
    x = run("The order was issued by Secretaries Ruth Baker and Omar Diaz on Monday.")
    assert "Ruth Baker" in labels(x, "Person")
    assert not any(name.startswith("Secretaries") for name in labels(x, "Person"))


@pytest.mark.parametrize(
    "text",
    [
        "Minister for Crime and Policing Harriet Cole said the fund will grow.",
        "Minister for Crime, Safeguarding and Vulnerability Harriet Cole said the fund will grow.",
    ],
)
def test_the_last_word_of_a_portfolio_is_no_part_of_the_name(text: str) -> None:
    assert "Harriet Cole" in labels(run(text), "Person")


def test_a_capitalized_job_title_after_a_name_needs_no_article() -> None:
    x = run("Earlier Rahim Chowdhury, Climate Change Specialist, UNDP Bangladesh, spoke on salinity.")
    assert labels(x, "Person") == {"Rahim Chowdhury"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A delegation led by Dr Omar Haddad, Special Commissioner for Migration Agreements, arrived.",
            "Agreements",
        ),
        ("Ms Lea Moreau, Chair of the Anti-trafficking Team highlighted its work.", "Team"),
    ],
)
def test_a_plural_head_or_a_team_after_an_office_is_no_person(text: str, name: str) -> None:
    assert name not in labels(run(text), "Person")


def test_a_given_name_after_a_comma_is_no_portfolio_s_word() -> None:
    x = run("Thanking the donors, Florence Mwangi Kamau said the programme would continue.")
    assert "Florence Mwangi Kamau" in labels(x, "Person")


def test_a_party_s_member_title_before_a_name_is_no_meeting() -> None:
    # "Congress" heads a meeting's name elsewhere; with "MP" after it, it is a party member's title
    ex = run("Congress MP Ravi Menon called the bill regressive, and Kerala's Congress MP Asha Nair agreed.")
    assert {"Ravi Menon", "Asha Nair"} <= labels(ex, "Person")
    assert not labels(ex, "Event")


def test_letters_inside_a_body_s_name_keep_the_body() -> None:
    # "MHA" is India's Ministry of Home Affairs too: only a meeting's head then the letters is a title
    ex = run("The Ministry of Home Affairs MHA Advisory on human trafficking was issued in 2023.")
    assert any(label.startswith("Ministry of Home Affairs") for label in labels(ex, "Organization"))
    assert not labels(ex, "Event") and not labels(ex, "Person")
