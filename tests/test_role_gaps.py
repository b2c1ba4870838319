"""Role phrases apart from the name they describe (kg/extract/role_gaps.py): an office in lower case
that makes up the clause before the name."""

from __future__ import annotations

from extract_util import has, run


def test_an_office_in_lower_case_before_the_name_is_the_persons_in_a_longer_sentence() -> None:
    ex = run(
        "During the III Ordinary Andean-EU Summit, the accord was signed in Quito, where the president "
        "of the Portuguese government, Luís Marques, took part as a guest."
    )
    assert has(ex, "Luís Marques", "represents", "Portugal")


def test_two_offices_in_lower_case_go_each_to_its_own_name() -> None:
    ex = run(
        "The accord was signed in Quito, where the president of the Portuguese government, Luís "
        "Marques, and the president of Ecuador, Ana Castro, signed the memorandum."
    )
    assert has(ex, "Luís Marques", "represents", "Portugal")
    assert has(ex, "Ana Castro", "represents", "Ecuador")
    assert not has(ex, "Ana Castro", "represents", "Portugal")
    assert not has(ex, "Luís Marques", "represents", "Ecuador")


def test_an_office_inside_a_longer_clause_is_not_the_names() -> None:
    text = "In a letter to the minister of labour of Ecuador, Ana Castro said the plan works."
    assert not has(run(text), "Ana Castro", "represents", "Ecuador")


def test_an_office_after_with_is_someone_else_s() -> None:
    ex = run(
        "Speaking with the president of the Spanish government, Emmanuel Macron said France would back it."
    )
    assert not has(ex, "Emmanuel Macron", "represents", "Spain")
