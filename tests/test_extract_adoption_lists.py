"""Lists around an adoption: the source of a report heads no list of doers, and each object of one cue
may carry its year."""

from __future__ import annotations

import pytest
from extract_util import has, run

from kg.extract.relation_relative import joined_object


@pytest.mark.parametrize(
    ("text", "source", "doers", "item"),
    [
        (
            "According to the IOM, Ghana, Togo and Benin have ratified the Kampala Convention.",
            "International Organization for Migration",
            ("Ghana", "Togo", "Benin"),
            "African Union Convention",
        ),
        (
            "As reported by UNHCR, Chad, Niger and Mali have acceded to the Arms Trade Treaty.",
            "Office of the United Nations High Commissioner",
            ("Chad", "Niger", "Mali"),
            "Arms Trade Treaty",
        ),
    ],
)
def test_the_source_of_a_report_adopts_nothing(
    text: str, source: str, doers: tuple[str, ...], item: str
) -> None:
    x = run(text)
    assert not has(x, source, "adopts", item)
    assert all(has(x, d, "adopts", item) for d in doers)


def test_a_list_without_a_source_keeps_its_head() -> None:
    x = run("UNHCR, Chad, Niger and Mali signed the Joint Declaration on Sahel Displacement.")
    assert has(x, "Office of the United Nations High Commissioner", "adopts", "Joint Declaration")


@pytest.mark.parametrize(
    "text",
    [
        "Chad acceded to the Kampala Convention in 2017 and to the Arms Trade Treaty in 2015.",
        "Chad ratified the Kampala Convention on 14 March 2017 and the Arms Trade Treaty a year later.",
    ],
)
def test_each_object_may_carry_its_year(text: str) -> None:
    x = run(text)
    assert has(x, "Chad", "adopts", "African Union Convention")
    assert has(x, "Chad", "adopts", "Arms Trade Treaty")


def test_an_item_with_a_verb_of_its_own_is_no_further_object() -> None:
    text = "Kenya ratified the Convention in 2010 and the Treaty was adopted by Uganda."
    a, b = text.index("Convention") + len("Convention"), text.index("Treaty")
    assert not joined_object(text, a, b, b + len("Treaty"))
    text = "Kenya ratified the Convention in 2010 and the Treaty in 2012."
    assert joined_object(text, a, b, b + len("Treaty"))


def test_following_the_adoption_by_a_named_actor_is_that_actor_s_adoption() -> None:
    x = run(
        "Following the adoption of the National Action Plan on Statelessness by Côte d'Ivoire in 2020, "
        "thousands received nationality."
    )
    assert has(x, "Côte d'Ivoire", "adopts", "National Action Plan on Statelessness")
    x = run("Following the adoption of the Global Compact for Migration, Ghana set up a task force.")
    assert has(x, "Ghana", "implements", "Global Compact")
    assert not has(x, "Ghana", "adopts", "Global Compact")


@pytest.mark.parametrize(
    "text, actor, item",
    [
        (
            "Following the adoption of the Global Compact for Migration by Member States, Morocco hosted a "
            "follow-up meeting.",
            "Morocco",
            "Global Compact for Migration",
        ),
        (
            "Following the adoption of the Paris Agreement by consensus, Kenya began implementing it.",
            "Kenya",
            "Paris Agreement",
        ),
    ],
)
def test_the_subject_after_an_adoption_by_unnamed_others_is_no_adopter(
    text: str, actor: str, item: str
) -> None:
    assert not has(run(text), actor, "adopts", item)
