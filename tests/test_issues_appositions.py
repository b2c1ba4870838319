"""addresses from a description set after a named instrument ("the X Strategy, a five-year plan
against A and B"; "the Y Act, a law aimed squarely at A"; "a blueprint meant to protect workers in
the Gulf from A"), and the readings next to them that must not be taken: a description is no plan
of its own, an issue named in another clause is not the instrument's."""

from __future__ import annotations

from extract_util import has, news, typed
from extract_util import run_titled as run


def test_a_plan_described_after_a_name_that_ends_in_no_head_word_is_no_new_plan() -> None:
    ex = run(
        news(
            "Ministers endorsed the Lisbon Compact for Cooperation, a five-year plan against migrant "
            "smuggling and human trafficking along the Atlantic route."
        )
    )
    plans = {label for t, label in typed(ex) if t in ("Plan", "Framework")}
    assert plans == {"Lisbon Compact for Cooperation"}
    assert has(ex, "Lisbon Compact for Cooperation", "addresses", "migrant smuggling")
    assert has(ex, "Lisbon Compact for Cooperation", "addresses", "human trafficking")


def test_a_lower_case_plan_after_a_place_name_stays_a_plan() -> None:
    ex = run(news("During talks in Nairobi, a national action plan against forced labour was drafted."))
    assert any(t == "Plan" and label.startswith("national action plan") for t, label in typed(ex))


def test_a_law_aimed_with_an_adverb_at_its_issues() -> None:
    ex = run(
        news(
            "Parliament passed the Mining Safety Act 2027, a law aimed directly at child labour and debt "
            "bondage."
        )
    )
    assert has(ex, "Mining Safety Act 2027", "addresses", "child labour")
    assert has(ex, "Mining Safety Act 2027", "addresses", "debt bondage")


def test_protect_people_described_at_length_from_an_issue() -> None:
    ex = run(
        news(
            "Nepal unveiled the Foreign Employment Strategy 2027–2031, a blueprint meant to protect the "
            "nearly 500,000 Nepalis employed in Malaysia from forced labour."
        )
    )
    assert has(ex, "Foreign Employment Strategy", "addresses", "forced labour")


def test_an_issue_in_a_reported_clause_is_not_the_plan_s() -> None:
    ex = run(
        news(
            "Fiji endorsed the Pacific Mobility Framework, a regional plan, and officials said debt bondage "
            "remained common on fishing boats."
        )
    )
    assert not has(ex, "Pacific Mobility Framework", "addresses", "debt bondage")
