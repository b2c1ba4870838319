"""A dotted acronym or "Jr." can end a sentence; "Mr.", "No." and a company's "Corp." never do."""

from __future__ import annotations

import pytest
from extract_util import cues, run

from kg.extract.sentences import boundaries


def _sentences(text: str) -> list[str]:
    starts = boundaries(text)
    return [text[s:e].strip() for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Talks were held in the U.S. The ministry said so.", "The ministry said so."),
        ("Teodoro Locsin Jr. He spoke first.", "He spoke first."),
        ("Envoys met at the U.N. However, no plan was agreed.", "However, no plan was agreed."),
    ],
)
def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence(text: str, second: str) -> None:
    assert _sentences(text)[-1] == second


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Department of State met U.N. Secretary-General Guterres.",
        "Mr. The Nguyen spoke.",  # a title never ends a sentence, whatever follows
        "It ratified Convention No. The text was read out.",
        "Acme Inc. Group signed the pledge.",
        "Kenya and the U.S. Under Secretary for Democracy launched the plan.",
        "Nepal thanked the U.N. In-Country Team for its support.",
        # a company's "Corp." ends no sentence: nothing would tell whom "the company" is
        "Microsoft Corp. The company joined the UN Global Compact in 2019.",
    ],
)
def test_an_abbreviation_inside_a_name_ends_nothing(text: str) -> None:
    assert len(_sentences(text)) == 1


def test_a_sentence_after_the_acronym_keeps_its_own_facts() -> None:
    """The plan is Ghana's: the sentence about the U.S. before it does not run into it."""
    text = (
        "Officials had studied models in the U.S. "
        "The Government of Ghana adopted the National Action Plan against Child Labour (2024-2028) "
        "on Monday.\n"
    )
    extraction = run(text)
    adopters = {who for who, _what in cues(extraction, "adopts")}
    assert adopters == {"Ghana"}
    ghana = next(r for r in extraction.relations if r.predicate == "adopts")
    assert ghana.evidence.sentence.startswith("The Government of Ghana adopted")
