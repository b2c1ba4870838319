"""A role, then its body, then the name, each between commas: the person represents the body."""

from __future__ import annotations

import pytest
from extract_util import cues, news, run


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The Permanent Secretary, Ministry of Labour and Employment, Dr Jane Okafor, "
            "said the plan was ready.",
            "Jane Okafor",
            "Ministry of Labour and Employment",
        ),
        (
            "The Director, National Agency for the Prohibition of Trafficking in Persons (NAPTIP), "
            "Mr. Musa Bello, spoke at the launch.",
            "Musa Bello",
            "National Agency for the Prohibition of Trafficking in Persons",
        ),
    ],
)
def test_the_person_after_a_role_and_its_body_represents_the_body(text: str, person: str, body: str) -> None:
    assert (person, body) in cues(run(news(text)), "represents")


def test_a_body_between_two_persons_is_not_taken_over() -> None:
    """The first person's role and body stay the first person's."""
    text = news(
        "Present were Tom Lee, Director of Programmes, Ministry of Finance, Dr Ana Lind, and others.",
    )
    represents = cues(run(text), "represents")
    assert ("Ana Lind", "Ministry of Finance") not in represents
