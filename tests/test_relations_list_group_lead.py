"""A list led by actors named together ("India and Bangladesh have:") is each of theirs."""

from __future__ import annotations

from extract_util import cues, run

GCM = "Global Compact for Safe, Orderly and Regular Migration"


def test_each_actor_of_the_lead_does_what_the_items_say() -> None:
    text = f"India and Bangladesh have:\n- signed the Paris Agreement;\n- endorsed the {GCM}.\n"
    extraction = run(text)
    assert set(cues(extraction, "adopts")) == {
        ("India", "Paris Agreement"),
        ("Bangladesh", "Paris Agreement"),
    }
    assert set(cues(extraction, "supports")) == {("India", GCM), ("Bangladesh", GCM)}


def test_an_actor_named_apart_in_the_lead_does_not_share_the_items() -> None:
    """UNHCR helped; the items are Kenya's acts."""
    text = "Kenya, with help from UNHCR, has:\n- signed the Paris Agreement;\n- adopted new rules.\n"
    assert set(cues(run(text), "adopts")) == {("Kenya", "Paris Agreement")}


def test_an_item_with_its_own_subject_is_not_shared() -> None:
    text = "Ghana and Togo have:\n- launched a joint task force;\n- UNICEF supported the Paris Agreement.\n"
    assert ("Togo", "Paris Agreement") not in cues(run(text), "supports")


def test_an_item_naming_one_of_the_leaders_is_that_ones_alone() -> None:
    text = (
        "India and Bangladesh have:\n- India ratified the Paris Agreement;\n"
        "- Bangladesh adopted the Delta Plan 2100.\n"
    )
    assert set(cues(run(text), "adopts")) == {("India", "Paris Agreement"), ("Bangladesh", "Delta Plan 2100")}


def test_a_lead_ending_by_an_actor_gives_the_items_to_that_actor() -> None:
    text = (
        "Kenya and Uganda welcomed the following steps by Tanzania:\n"
        "- ratifying the Paris Agreement;\n- adopting the Delta Plan 2100.\n"
    )
    adopters = {who for who, _what in cues(run(text), "adopts")}
    assert adopters == {"Tanzania"}
