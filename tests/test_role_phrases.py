"""Roles written in lower case in news copy, and other wordings of agency copy: who acts for, backs
or works with whom."""

from __future__ import annotations

import pytest
from extract_util import by_rules, cues, labels, run


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Tom Reyes, vice president for country relations at the Global Fisheries Alliance (GFA), "
            "welcomed the plan.",
            "Tom Reyes",
            "Global Fisheries Alliance",
        ),
        (
            "John Okoro, who is chairman of the National Agency for the Prohibition of Trafficking in "
            "Persons, spoke at the launch.",
            "John Okoro",
            "National Agency for the Prohibition of Trafficking in Persons",
        ),
        (
            "Anna Berg, resident representative of UNDP in Kenya, said the loan would help.",
            "Anna Berg",
            "United Nations Development Programme",
        ),
        (
            "UNDP resident representative Anna Berg said the loan would help.",
            "Anna Berg",
            "United Nations Development Programme",
        ),
        (
            "Speaking at the event, IOM country director Anna Berg said the loan would help.",
            "Anna Berg",
            "International Organization for Migration",
        ),
        (
            "World Bank vice president Anna Berg said the loan would help.",
            "Anna Berg",
            "World Bank",
        ),
    ],
)
def test_a_lower_case_role_ties_the_person_to_the_body(text: str, person: str, body: str) -> None:
    assert cues(by_rules(run(text)), "represents") == {(person, body): "role"}


def test_a_role_without_a_body_ties_the_person_to_nothing() -> None:
    x = run("He met the country director Anna Berg in Nairobi.")
    assert cues(x, "represents") == {}


def test_who_is_needs_a_role_word() -> None:
    # "who is a member of": membership words are not an office held for the body
    x = by_rules(run("John Okoro, who is a critic of the Global Fisheries Alliance, spoke at the launch."))
    assert cues(x, "represents") == {}


# --- beyond roles: two other wordings of news copy read in the same change


def test_a_commitment_with_an_adjective_is_support() -> None:
    x = by_rules(
        run(
            "Nigeria submitted its NDC. "
            "He stressed the country's unwavering commitment to the Paris Agreement."
        )
    )
    assert cues(x, "supports") == {("Nigeria", "Paris Agreement"): "unwavering commitment to"}


def test_each_of_a_list_of_doers_partners_with_the_body_that_helps() -> None:
    x = by_rules(
        run(
            "The signing was officiated by the governments of Kenya and Uganda, with support from the "
            "International Organization for Migration (IOM)."
        )
    )
    assert cues(x, "partnersWith") == {
        ("Kenya", "International Organization for Migration"): "with support from",
        ("Uganda", "International Organization for Migration"): "with support from",
    }


def test_a_body_named_in_a_relative_clause_is_not_the_one_helped() -> None:
    x = by_rules(
        run(
            "The meeting was hosted by Chile, which chairs the Quito Process, with technical support "
            "from the International Organization for Migration (IOM)."
        )
    )
    assert ("Quito Process", "International Organization for Migration") not in cues(x, "partnersWith")


# --- an office right after the name, with no comma (speakers' lines)


@pytest.mark.parametrize(
    ("text", "person", "held"),
    [
        (
            "Ambassador Masood Khan Permanent Representative of Pakistan to the United Nations said the "
            "plan works.",
            "Masood Khan",
            "Pakistan",
        ),
        (
            "The MoU was signed by Shri Ravi Subrahmanyam CEO, NITI Aayog and UNDP.",
            "Ravi Subrahmanyam",
            "NITI Aayog",
        ),
    ],
)
def test_an_office_right_after_the_name(text: str, person: str, held: str) -> None:
    assert cues(by_rules(run(text)), "represents") == {(person, held): "role"}


def test_a_special_assistant_is_an_office_not_a_person() -> None:
    x = run(
        "Malik Amin Aslam, Minister for Climate Change and Special Assistant to the Prime Minister of "
        "Pakistan, spoke."
    )
    assert labels(x, "Person") == {"Malik Amin Aslam"}
    assert cues(by_rules(x), "represents") == {("Malik Amin Aslam", "Pakistan"): "role"}


def test_an_office_right_after_the_name_ends_before_a_place() -> None:
    x = by_rules(
        run(
            "Ambassador Peter Mwangi Permanent Representative of Kenya to the United Nations in Geneva, "
            "said the plan was ready."
        )
    )
    assert cues(x, "represents") == {("Peter Mwangi", "Kenya"): "role"}


def test_a_former_office_is_not_held() -> None:
    x = by_rules(
        run("John Okoro, who was chairman of the Global Fisheries Alliance until 2015, criticised the board.")
    )
    assert cues(x, "represents") == {}


def test_places_listed_before_the_help_are_not_partners() -> None:
    x = by_rules(run("Nepal rescued workers stranded in Qatar and Saudi Arabia, with support from IOM."))
    assert ("Saudi Arabia", "International Organization for Migration") not in cues(x, "partnersWith")


def test_a_reference_body_before_said_ends_the_office_not_a_person() -> None:
    # "… to the United Nations said": the body closes the office; it is no speaker's name
    x = run(
        "Ambassador Masood Khan Permanent Representative of Pakistan to the United Nations said it works."
    )
    khan = next(e for e in x.entities if e.label == "Masood Khan")
    assert "Permanent Representative of Pakistan to the United Nations" in khan.aliases
    assert labels(x, "Person") == {"Masood Khan"}
