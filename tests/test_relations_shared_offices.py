"""Offices read from a list a plural office word opens, and from an opening "Representing X"."""

from __future__ import annotations

from tests.extract_util import by_rules, has, run


def test_each_item_of_a_shared_office_list_takes_the_body_before_its_name() -> None:
    x = run(
        "The Ministers of Health, Amara Diallo, of the National Water Agency, Kofi Mensah, and of the "
        "Office for Gender Equality, Lena Sorensen, signed the charter."
    )
    assert has(x, "Kofi Mensah", "represents", "National Water Agency")
    assert has(x, "Lena Sorensen", "represents", "Office for Gender Equality")
    assert not has(x, "Lena Sorensen", "represents", "National Water Agency")


def test_a_plural_office_in_another_sentence_opens_no_list() -> None:
    x = run(
        "The Ministers of Health met in Accra. Reports on the work of the Ministry of Finance, and of "
        "the National Water Agency, Kofi Mensah said, were late."
    )
    assert not has(x, "Kofi Mensah", "represents", "National Water Agency")


def test_representing_a_country_opens_the_sentence_of_its_envoy() -> None:
    x = run(
        "Representing Ghana as the resolution's main sponsor, Deputy Minister for Foreign Affairs "
        "Kofi Mensah introduced the draft with Kenya and Togo."
    )
    assert has(x, "Kofi Mensah", "represents", "Ghana")


def test_representing_in_another_sentence_is_not_the_persons() -> None:
    x = run("Representing Ghana, the delegation spoke first. The draft was introduced by Kofi Mensah.")
    assert not has(x, "Kofi Mensah", "represents", "Ghana")


def test_the_body_after_a_name_and_a_comma_opens_the_next_persons_item() -> None:
    x = run(
        "The Ministers of Health, Amara Diallo, of the National Water Agency, Kofi Mensah, and of the "
        "Office for Gender Equality, Lena Sorensen, signed the charter."
    )
    assert not has(x, "Amara Diallo", "represents", "National Water Agency")
    assert not has(x, "Kofi Mensah", "represents", "Office for Gender Equality")


def test_a_body_after_a_name_and_a_comma_that_no_name_follows_is_the_names() -> None:
    x = run(
        "Jane Doe, of the Ministry of Health, said the budget was late. Ambassador Ana Ruiz of Ecuador spoke."
    )
    assert has(x, "Jane Doe", "represents", "Ministry of Health")
    assert has(x, "Ana Ruiz", "represents", "Ecuador")


def test_a_list_of_names_each_with_its_own_body_keeps_each_body() -> None:
    x = by_rules(
        run("Ana Ruiz, of the ILO, Tom Baxter, of UNICEF, and Lea Cruz, of the IOM, spoke at the meeting.")
    )
    assert has(x, "Ana Ruiz", "represents", "International Labour Organization")
    assert has(x, "Lea Cruz", "represents", "International Organization for Migration")
    assert not has(x, "Ana Ruiz", "represents", "United Nations Children")
