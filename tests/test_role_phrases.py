"""Roles written in lower case in news copy: whom the person named with them works for."""

from __future__ import annotations

import pytest
from extract_util import by_rules, cues, run


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
