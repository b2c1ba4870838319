"""The commitment rules' shortcuts: searches skipped or cut short find what the full ones find."""

from __future__ import annotations

from extract_util import has
from extract_util import run_titled as run

from kg.extract import cues, relation_commitments
from kg.extract.relation_wording import NEGATED

TEXTS = (
    "has not ratified",
    "not yet ratified the",
    "x not  been adopted",
    "suspended the implementation of",
    "we must ratify",
    "",
    "no",
)


def test_a_search_takes_a_negative_start_as_zero() -> None:
    """The window searches start at ``cs - width`` without ``max(0, …)``."""
    patterns = (NEGATED, relation_commitments._STOPPED, relation_commitments._HELPS, cues.MODAL)
    for pattern in patterns:
        for text in TEXTS:
            for end in range(len(text) + 1):
                for width in (0, 3, 12, 24, 60):
                    got = pattern.search(text, end - width, end)
                    want = pattern.search(text, max(0, end - width), end)
                    assert (got and got.span()) == (want and want.span()), (pattern.pattern, text, end)


def test_a_passive_agent_after_the_cue_is_found() -> None:
    ex = run("Jobs plan\n\nThe National Youth Employment Plan was launched in Accra on Tuesday by Ghana.")
    assert has(ex, "Ghana", "adopts", "National Youth Employment Plan")


def test_a_by_before_the_cue_is_not_a_passive_agent() -> None:
    ex = run("Jobs plan\n\nBacked by UNDP, Ghana adopted the National Youth Employment Plan on Tuesday.")
    assert has(ex, "Ghana", "adopts", "National Youth Employment Plan")
    assert not has(ex, "UNDP", "adopts", "National Youth Employment Plan")


def test_countries_after_after_adopt_too_and_none_without_it() -> None:
    ex = run("Treaty news\n\nPeru ratified the Minamata Convention on Mercury after Chile and Bolivia.")
    assert has(ex, "Peru", "adopts", "Minamata Convention")
    assert has(ex, "Chile", "adopts", "Minamata Convention")
    ex = run("Treaty news\n\nAfter Chile, Peru ratified the Minamata Convention on Mercury.")
    assert has(ex, "Peru", "adopts", "Minamata Convention")
    assert not has(ex, "Chile", "adopts", "Minamata Convention")
