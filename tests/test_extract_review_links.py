"""Links a fresh user found the graph stated though the text did not: a first line read as one
sentence, attending a launch, undoing or only naming a text, praise of another's deed."""

from __future__ import annotations

import pytest
from extract_util import cues, labels, run

from kg.extract.sentences import boundaries

PLAN = "National Action Plan against Trafficking in Persons (2022-2026)"
COMPACT = "Global Compact for Safe, Orderly and Regular Migration"


def _adopters(text: str) -> set[str]:
    return {who for who, _what in cues(run(text), "adopts")}


def test_sentences_on_the_first_line_are_split() -> None:
    """The first line ends a sentence, but the sentences in it are sentences too: a text file
    without a headline, or an HTML page whose first paragraph has several."""
    text = f"Kenya met Uganda. Ghana adopted its {PLAN}.\nThe African Union met.\n"
    starts = boundaries(text)
    assert text.index("Ghana") in starts and text.index("The African") in starts
    assert _adopters(text) == {"Ghana"}


@pytest.mark.parametrize("title", ["Amb.", "Rt. Hon.", "Engr.", "Usec."])
def test_a_title_written_short_ends_no_sentence(title: str) -> None:
    text = f"The statement of {title} Maria Lopez was read out."
    assert boundaries(text) == [0]


def test_those_at_a_launch_do_not_adopt_the_plan() -> None:
    text = f"Ministers from Ghana, Togo and Benin attended the launch of Nigeria's {PLAN}."
    assert _adopters(text) == {"Nigeria"}


def test_welcoming_a_launch_still_supports_the_plan() -> None:
    assert set(cues(run(f"UNODC welcomed the launch of the {PLAN}."), "supports")) == {
        ("United Nations Office on Drugs and Crime", PLAN)
    }


@pytest.mark.parametrize(
    "text",
    [
        f"Benin referred to the {COMPACT} in its statement.",
        f"Kenya only mentioned the {COMPACT} in passing.",
        f"Peru cited the {COMPACT} twice.",
        "Niger repealed Law 2015-36 on the Illicit Smuggling of Migrants in November 2023.",
    ],
)
def test_undoing_or_naming_a_text_is_not_adopting_it(text: str) -> None:
    assert not cues(run(text), "adopts")


def test_praise_for_a_deed_credits_the_doer_only() -> None:
    text = "Kenya praised Uganda for adopting its Counter-Trafficking Strategy 2024-2028."
    assert _adopters(text) == {"Uganda"}
    assert _adopters("Kenya praised Uganda for its Counter-Trafficking Strategy 2024-2028.") == {"Uganda"}


def test_whose_plan_after_a_passive_by_is_left_unsaid() -> None:
    """'Ghana was praised by Togo for its Plan': not Togo's, and the sentence does not say Ghana's
    plainly enough to read it."""
    assert "Togo" not in _adopters(f"Ghana was praised by Togo for its {PLAN}.")


def test_its_without_an_actor_before_for_is_the_subjects() -> None:
    assert _adopters(f"Kenya is known for its {PLAN}.") == {"Kenya"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On World Day against Trafficking in Persons, UNODC called for action.",
            "World Day against Trafficking in Persons",
        ),
        (
            "On International Migrants Day, IOM called on states to protect migrants.",
            "International Migrants Day",
        ),
        ("Kenya marked World Refugee Day with a pledge.", "World Refugee Day"),
    ],
)
def test_a_named_day_is_an_event_without_the_word_before_it(text: str, day: str) -> None:
    assert labels(run(text), "Event") == {day}


def test_a_commissioner_quoted_after_a_repeal_does_not_represent_the_country() -> None:
    text = "The EU and Niger partner on migration. Niger repealed a law, said Commissioner Ylva Johansson."
    assert ("Ylva Johansson", "Niger") not in cues(run(text), "represents")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan rejected claims that it had adopted the Global Compact on Refugees.",
        "Kenya denied that it signed the Paris Agreement.",
        "Peru dismissed reports that it would ratify the Paris Agreement.",
    ],
)
def test_an_act_the_sentence_denies_is_not_adopted(text: str) -> None:
    assert not cues(run(text), "adopts")


def test_an_act_after_a_denial_of_something_else_is_kept() -> None:
    text = "Kenya denied reports of delays and ratified the Paris Agreement."
    assert set(cues(run(text), "adopts")) == {("Kenya", "Paris Agreement")}


@pytest.mark.parametrize("guest", ["Ghana", "Ghana's Minister of Interior"])
def test_a_guest_at_a_launch_leaves_the_launchers_adoption(guest: str) -> None:
    text = (
        f"{guest} attended the launch of the National Action Plan on Human Trafficking 2022-2026 by Nigeria."
    )
    assert _adopters(text) == {"Nigeria"}
