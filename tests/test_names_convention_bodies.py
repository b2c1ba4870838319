"""A convention named for its secretariat is a body (kg/extract/convention_bodies.py)."""

from __future__ import annotations

from extract_util import has, news, run_titled, typed


def kinds(text: str) -> set[tuple[str, str]]:
    return typed(run_titled("News\n\n" + text))


SECRETARIAT = ("Organization", "United Nations Climate Change Secretariat")


def test_a_report_submitted_to_the_convention_goes_to_its_secretariat() -> None:
    assert SECRETARIAT in kinds("Peru submitted its NDC to the UNFCCC in May.")
    text = "Chile submitted to the United Nations Framework Convention on Climate Change (UNFCCC) a plan."
    found = kinds(text)
    assert SECRETARIAT in found


def test_the_treaty_ratified_stays_a_framework() -> None:
    found = kinds("Peru ratified the UNFCCC in 1993.")
    assert ("Framework", "United Nations Framework Convention on Climate Change") in found


def test_a_treaty_signed_and_implemented_stays_a_framework() -> None:
    found = kinds("Peru submitted its NDC to the UNFCCC. Peru signed the UNFCCC in 1992 and implements it.")
    assert SECRETARIAT not in found
    assert ("Framework", "United Nations Framework Convention on Climate Change") in found


def test_a_document_that_also_names_the_treaty_keeps_one_framework() -> None:
    found = kinds("Peru ratified the UNFCCC in 1993. Peru submitted its NDC to the UNFCCC in May.")
    assert ("Framework", "United Nations Framework Convention on Climate Change") in found
    assert SECRETARIAT not in found


def test_a_party_to_a_treaty_is_no_body_and_adopts_it() -> None:
    text = "News\n\nKenya became a State Party to the Protocol against the Smuggling of Migrants."
    ex = run_titled(text)
    assert not any(e.type == "Organization" for e in ex.entities)
    assert has(ex, "Kenya", "adopts", "Protocol against the Smuggling of Migrants")


def test_a_party_of_a_country_is_still_a_party() -> None:
    assert ("Organization", "Labour Party of Kenya") in typed(
        run_titled(news("The Labour Party of Kenya opposed the bill."))
    )
    found = kinds("The Party of Regions and Ukraine signed a memorandum.")
    assert ("Organization", "Party of Regions") in found
