"""A body named again by its head word alone ("the committee", "the ministry") in a person's role."""

from __future__ import annotations

from kg.extract.back_references import office_of_back_reference
from tests.extract_util import has, run


def test_who_chairs_the_committee_is_the_texts_one_committee() -> None:
    x = run(
        "The National Board on Water Safety met in Dodoma on Monday. "
        "Water Minister Juma Kassim, who chairs the board, said the new rules were ready."
    )
    assert has(x, "Juma Kassim", "represents", "National Board on Water Safety")


def test_two_bodies_with_the_head_word_leave_the_back_reference_unread() -> None:
    x = run(
        "The National Board on Water Safety and the Board of Fisheries met in Dodoma. "
        "Water Minister Juma Kassim, who chairs the board, said the new rules were ready."
    )
    assert not has(x, "Juma Kassim", "represents", "National Board on Water Safety")
    assert not has(x, "Juma Kassim", "represents", "Board of Fisheries")


def test_secretary_of_the_ministry_is_the_texts_one_ministry() -> None:
    x = run(
        "The Ministry of Water and Irrigation drafted the strategy. The launch was chaired by "
        "Permanent Secretary of the ministry Anna Mwakyusa on Tuesday."
    )
    assert has(x, "Anna Mwakyusa", "represents", "Ministry of Water and Irrigation")


def test_a_named_body_after_the_head_word_is_no_back_reference() -> None:
    from kg.extract.records import EntityRec

    ministry = EntityRec(key="m", type="Organization", label="Ministry of Water")
    assert office_of_back_reference("Secretary of the ministry", [ministry]) is ministry
    assert office_of_back_reference("Secretary of the Ministry Of Health", [ministry]) is None
    assert office_of_back_reference("Committee on the ministry", [ministry]) is None  # not its office
    committee = EntityRec(key="c", type="Organization", label="Committee on Water")
    assert office_of_back_reference("Chair of the committee", [ministry, committee]) is committee
    assert office_of_back_reference("Chair of the committee that drafted it", [ministry, committee]) is None


def test_led_the_delegation_after_a_bracketed_acronym_in_the_role() -> None:
    x = run(
        "The Directorate of Coastal Fisheries and Ocean Economy (CFOE) took part in the review. Ms Amina "
        "Okafor Bello, Director of Coastal Fisheries and Ocean Economy (CFOE), led the ECOWAS delegation."
    )
    assert has(x, "Amina Okafor Bello", "represents", "Economic Community of West African States")


def test_led_by_a_body_after_the_person_is_not_the_persons() -> None:
    x = run("Amina Okafor Bello thanked the Ministry of Health (MoH), which led the ECOWAS mission.")
    assert not has(x, "Amina Okafor Bello", "represents", "Economic Community of West African States")


def test_the_committee_that_did_something_is_another_committee() -> None:
    x = run(
        "The Committee against Torture criticized the bill. Senator Ana Ruiz, who chairs the committee "
        "that drafted it, rejected the criticism."
    )
    assert not has(x, "Ana Ruiz", "represents", "Committee against Torture")
