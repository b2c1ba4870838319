"""A reference body, "of the", then an instrument's name are two entities.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import labels, run


def test_a_declaration_after_a_reference_body_and_of_the_is_its_own_entity() -> None:
    x = run("The endorsement by the General Assembly of the Lisbon Declaration in May was by consensus.")
    assert "Lisbon Declaration" in labels(x, "Framework")
    assert not any("Declaration" in o for o in labels(x, "Organization"))


def test_a_body_of_an_instrument_without_a_reference_body_before_it_stays_one_name() -> None:
    x = run("The Secretariat of the Convention on Biological Diversity published the report.")
    assert "Secretariat of the Convention on Biological Diversity" in labels(x, "Organization")
    x = run("The Council of the European Union adopted the text.")
    assert not labels(x, "Framework")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Steering Committee" is no reference body: the committee is named for the plan it steers
        (
            "The Steering Committee of the National Action Plan met in May.",
            "Steering Committee of the National Action Plan",
        ),
        # after "of the" a body, not an instrument: the assembly is that body's own
        (
            "The General Assembly of the Pacific Islands Forum Secretariat met in June.",
            "General Assembly of the Pacific Islands Forum Secretariat",
        ),
        # "the Plan" alone is no instrument's name
        (
            "The endorsement by the Human Rights Council of the Plan in May was by consensus.",
            "Human Rights Council of the Plan",
        ),
    ],
)
def test_a_body_s_name_that_runs_on_over_of_the_stays_one_name(text: str, name: str) -> None:
    x = run(text)
    assert name in labels(x, "Organization")
    assert not labels(x, "Plan")
