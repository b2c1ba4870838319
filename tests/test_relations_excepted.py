"""One the sentence leaves out takes no part in its relations (kg/extract/relation_excepted.py)."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run

PROTOCOL = "Protocol against the Smuggling of Migrants"


def test_an_actor_left_out_of_the_subject_does_not_act() -> None:
    ex = run("News\n\nAll members, with the exception of Peru, ratified the " + PROTOCOL + ".")
    assert not has(ex, "Peru", "adopts", PROTOCOL)
    ex = run("News\n\nChile, unlike Peru, ratified the " + PROTOCOL + ".")
    assert not has(ex, "Peru", "adopts", PROTOCOL)
    assert not has(ex, "Peru", "supports", PROTOCOL)
    ex = run("News\n\nLeaders except Peruvian President Ana Ruiz welcomed the " + PROTOCOL + ".")
    assert not has(ex, "Ana Ruiz", "supports", PROTOCOL)


def test_an_instrument_left_out_is_not_acted_on() -> None:
    ex = run("News\n\nPeru ratified every convention except the " + PROTOCOL + ".")
    assert not has(ex, "Peru", "adopts", PROTOCOL)


def test_an_exception_elsewhere_in_the_sentence_leaves_the_act() -> None:
    ex = run("News\n\nPeru ratified the " + PROTOCOL + ", except for one article.")
    assert has(ex, "Peru", "adopts", PROTOCOL)


def test_an_exception_under_a_negative_is_the_one_that_acts() -> None:
    ex = run("News\n\nNo country other than Peru has ratified the " + PROTOCOL + ".")
    assert has(ex, "Peru", "adopts", PROTOCOL)
