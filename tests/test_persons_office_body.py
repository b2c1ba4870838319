"""A name after an office and its body's acronym (kg/extract/persons_office_body.py)."""

from __future__ import annotations

import pytest
from extract_util import has, labels, run


def test_a_name_after_an_office_and_a_body_acronym_represents_the_body() -> None:
    ex = run(
        "The minister opened the workshop, while Deputy Minister Rina Akter and Country "
        "Representative, UNFPA Van Tran were present as guests."
    )
    assert "Van Tran" in labels(ex, "Person")
    assert has(ex, "Van Tran", "represents", "United Nations Population Fund")
    assert not has(ex, "Rina Akter", "represents", "United Nations Population Fund")


@pytest.mark.parametrize(
    "text",
    [
        "In Geneva, UNDP Van Tran met the minister.",  # no office before the body
        "The Minister of Health, WHO Regional Office staff and others met.",  # no name after the body
    ],
)
def test_a_body_acronym_without_an_office_before_it_opens_no_name(text: str) -> None:
    ex = run(text)
    assert labels(ex, "Organization") & {"United Nations Development Programme", "World Health Organization"}
    assert not labels(ex, "Person")
