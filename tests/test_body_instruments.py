"""A reference body, "of the", then an instrument's name are two entities.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

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
