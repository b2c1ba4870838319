"""A body's post in a place keeps the place in its name (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_util import has, run, typed

from kg.extract.posts_abroad import ends_in_post_head, posts_abroad


@pytest.mark.parametrize(
    "text, name",
    [
        ("The OSCE Programme Office in Dushanbe trained judges.", "OSCE Programme Office in Dushanbe"),
        ("The Mexican Embassy in Guatemala issued visas.", "Mexican Embassy in Guatemala"),
        ("The EU Delegation to Ghana funded it.", "EU Delegation to Ghana"),
        ("It was read by the U.K. Mission to the United Nations.", "U.K. Mission to the United Nations"),
        (
            "The Permanent Mission of Nepal to the United Nations in Geneva hosted it.",
            "Permanent Mission of Nepal to the United Nations in Geneva",
        ),
        ("The Embassy of Chile in Peru helped.", "Embassy of Chile in Peru"),
        ("The OSCE Mission to Moldova met the police.", "OSCE Mission to Moldova"),
    ],
)
def test_a_post_is_found_with_its_sender_and_place(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e, _t in posts_abroad(text)]
    assert ("Organization", name) in typed(run(text))


def test_a_known_bodys_country_office_is_found_as_a_post_and_is_the_body() -> None:
    # the office speaks and acts as its body (kg.extract.resolver): the graph says UNODC opened it
    text = "The UNODC Country Office in Addis Ababa opened a shelter."
    assert "UNODC Country Office in Addis Ababa" in [text[s:e] for s, e, _t in posts_abroad(text)]
    assert typed(run(text)) == {("Organization", "United Nations Office on Drugs and Crime")}


@pytest.mark.parametrize(
    "text",
    [
        "The Embassy in Lima was closed.",  # whose embassy, the text says elsewhere
        "The Kisumu Youth Centre in Kenya opened.",  # a centre's own name and its country
        "The Office in January moved.",  # no place
        "The UNDP mission in Haiti ended.",  # a visit, not a post
    ],
)
def test_no_post_without_a_sender_a_body_acronym_or_a_place(text: str) -> None:
    assert list(posts_abroad(text)) == []


def test_a_post_acts_and_a_place_after_a_body_name_is_still_cut() -> None:
    ex = run("The OSCE Centre in Bishkek supported the National Action Plan on Trafficking 2022-2025.")
    assert has(ex, "OSCE Centre in Bishkek", "supports", "National Action Plan on Trafficking")
    assert ("Event", "Regional Conference on Migration") in typed(
        run("The Regional Conference on Migration in Lima ended.")
    )


def test_ends_in_post_head() -> None:
    assert ends_in_post_head("the Peruvian Embassy")
    assert ends_in_post_head("Embassy of the Republic of Korea")
    assert ends_in_post_head("IOM Regional Office")
    assert not ends_in_post_head("Regional Conference on Migration")
    assert not ends_in_post_head("Kisumu Youth Centre")
