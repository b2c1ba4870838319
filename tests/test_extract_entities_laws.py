"""Bills, the Acts they become, and quoted names with a lower-case head.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import labels, run

from kg.model import Extraction


def frameworks(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    return {e.label: e.aliases for e in extraction.entities if e.type == "Framework"}


def test_a_bill_signed_into_law_is_one_law_with_the_new_act():
    ex = run(
        "President Ruto signed the Refugee Bill of 2021 into law on Tuesday. "
        "The new Refugees Act replaces a law from 2006."
    )
    laws = frameworks(ex)
    assert list(laws) == ["Refugees Act"]
    assert "Refugee Bill of 2021" in laws["Refugees Act"]


def test_a_bill_and_an_act_of_the_same_year_are_one_law():
    ex = run(
        "The Senate passed the Trafficking in Persons (Amendment) Bill, 2018 on Monday.\n"
        "The Trafficking in Persons (Amendment) Act, 2018 takes effect in June."
    )
    assert list(frameworks(ex)) == ["Trafficking in Persons (Amendment) Act, 2018"]


def test_an_older_act_stays_apart_from_a_new_bill_of_the_same_name():
    ex = run(
        "The House passed the Trafficking in Persons Bill on Monday.\n"
        "The Trafficking in Persons Act, first passed in 2003 and amended in 2015, remains in force."
    )
    assert set(frameworks(ex)) == {"Trafficking in Persons Bill", "Trafficking in Persons Act"}


def test_a_quoted_name_before_a_lower_case_head_is_a_name():
    ex = run(
        "The State Assembly passed the “Child Rights (Enforcement) and Protection’ bill into law. "
        "The ministry also launched the ‘Know Before You Go’ campaign."
    )
    types = {(e.type, e.label) for e in ex.entities}
    assert ("Framework", "Child Rights (Enforcement) and Protection Bill") in types
    assert ("Plan", "Know Before You Go Campaign") in types


def test_a_quoted_sentence_is_not_a_name():
    ex = run("He said 'this is good' policy for the region.")
    assert not [e for e in ex.entities if e.type in ("Plan", "Framework")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norway ratified the Council of Europe Trafficking Convention in 2008.",
            "Council of Europe Trafficking Convention",
        ),
        (
            "The President signed the Department of Overseas Workers Act into law.",
            "Department of Overseas Workers Act",
        ),
        (
            "The Senate passed the Deposit Insurance Corporation of Ghana (Amendment) Act.",
            "Deposit Insurance Corporation of Ghana (Amendment) Act",
        ),
    ],
)
def test_an_instrument_named_after_a_body_is_a_framework(text: str, name: str) -> None:
    x = run(text)
    assert name in labels(x, "Framework")
    assert name not in labels(x, "Organization")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Secretariat of the Basel Convention met in May.",
            "Secretariat of the Basel Convention",
            "Organization",
        ),
        (
            "The Conference of the Parties to the Paris Agreement met.",
            "Conference of the Parties to the Paris Agreement",
            "Event",
        ),
        (
            "The Institute for Human Rights and Humanitarian Law published the study.",
            "Institute for Human Rights and Humanitarian Law",
            "Organization",
        ),
    ],
)
def test_a_body_of_an_instrument_stays_a_body(text: str, name: str, kind: str) -> None:
    assert name in labels(run(text), kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Algeria enacted Law 09-01 on combating migrant smuggling in 2009.", "Law 09-01"),
        ("The court applied Decree 112-7 to the case.", "Decree 112-7"),
    ],
)
def test_a_law_numbered_with_a_hyphen_is_a_framework(text: str, name: str) -> None:
    assert name in labels(run(text), "Framework")


def test_a_count_with_a_hyphen_is_no_law() -> None:
    ex = run("The Committee met 10-12 times under the Plan.")
    assert not any(label.startswith(("10", "Committee 10")) for label in labels(ex, "Framework"))
