"""Praise of another actor for its act on a plan: the one who praises supports the plan."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "praiser", "doer", "pred", "item"),
    [
        (
            "Japan commended Viet Nam for adopting the National Action Programme on Gender Equality.",
            "Japan",
            "Vietnam",
            "adopts",
            "National Action Programme on Gender Equality",
        ),
        (
            "The European Union congratulated Kenya on the launch of the National Climate Change "
            "Action Plan.",
            "European Union",
            "Kenya",
            "adopts",
            "National Climate Change Action Plan",
        ),
        (
            "The African Union praised Rwanda for its implementation of the National Gender Policy.",
            "African Union",
            "Rwanda",
            "implements",
            "National Gender Policy",
        ),
    ],
)
def test_praiser_supports_the_praised_act(text: str, praiser: str, doer: str, pred: str, item: str) -> None:
    x = run(text)
    assert has(x, praiser, "supports", item) and has(x, doer, pred, item)
    assert not has(x, praiser, "adopts", item) and not has(x, praiser, "implements", item)


@pytest.mark.parametrize(
    ("text", "who", "item"),
    [
        # a praise denied
        (
            "Norway did not commend Chile for adopting the National Lithium Strategy.",
            "Norway",
            "National Lithium Strategy",
        ),
        # a headline in Title Case: no praiser named before the verb
        (
            "Commended For Adopting The National Lithium Strategy, Chile Looks Ahead",
            "Chile",
            "National Lithium Strategy",
        ),
    ],
)
def test_no_praiser_no_support(text: str, who: str, item: str) -> None:
    assert not has(run(text), who, "supports", item)


@pytest.mark.parametrize(
    ("text", "praiser", "item"),
    [
        (
            "Egypt hailed the Sharm el-Sheikh Implementation Plan as a milestone.",
            "Egypt",
            "Sharm el-Sheikh Implementation Plan",
        ),
        ("Chile applauded the Escazú Agreement.", "Chile", "Escazú Agreement"),
        (
            "The Kunming-Montreal Global Biodiversity Framework was praised by Colombia.",
            "Colombia",
            "Kunming-Montreal Global Biodiversity Framework",
        ),
    ],
)
def test_praise_of_a_plan_is_support(text: str, praiser: str, item: str) -> None:
    x = run(text)
    assert has(x, praiser, "supports", item) and not has(x, praiser, "adopts", item)


def test_praise_denied_is_none() -> None:
    assert not has(run("Kenya did not praise the Finance Act."), "Kenya", "supports", "Finance Act")


@pytest.mark.parametrize(
    ("text", "praiser", "item"),
    [
        (
            "The Minister of Chile praised the Permanent Representative of Japan for his speech on the Paris "
            "Agreement.",
            "Chile",
            "Paris Agreement",
        ),
        (
            "Kenya applauded the decision of Uganda to withdraw from the Paris Agreement.",
            "Kenya",
            "Paris Agreement",
        ),
        (
            "Far from praising the National Housing Plan, the IMF warned of risks.",
            "International Monetary Fund",
            "National Housing Plan",
        ),
        (
            "Germany hardly praised the National Energy Strategy, calling it vague.",
            "Germany",
            "National Energy Strategy",
        ),
        (
            "The IMF commended Kenya for its fiscal discipline under the National Housing Plan.",
            "International Monetary Fund",
            "National Housing Plan",
        ),
    ],
)
def test_praise_of_a_speech_a_withdrawal_or_praise_undone_is_no_support(
    text: str, praiser: str, item: str
) -> None:
    assert not has(run(text), praiser, "supports", item)
