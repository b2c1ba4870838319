"""Which issues a document is about: addressed, called for, or named more than once.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import has, run

from kg.model import Extraction


def issues(extraction: Extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.type == "Issue"}


def test_an_issue_named_once_in_passing_is_not_an_issue_of_the_text():
    ex = run(
        "The Ministry of Labour launched the National Action Plan to Combat Forced Labour on Monday.\n\n"
        "Officials said that poverty and a lack of access to education push families into debt."
    )
    assert "forced labour" in issues(ex)
    assert "poverty" not in issues(ex)
    assert "education" not in issues(ex)


def test_an_issue_the_text_comes_back_to_is_kept():
    ex = run(
        "Delegates met in Geneva on Tuesday.\n\n"
        "Child labour remains widespread in mining, the report said. Inspectors found child labour "
        "on a third of the sites they visited."
    )
    assert "child labour" in issues(ex)


def test_an_issue_an_actor_calls_for_action_on_is_kept_though_named_once():
    ex = run("Kenya urged all States to step up the fight against human trafficking.")
    assert "human trafficking" in issues(ex)


def test_a_named_crisis_the_text_comes_back_to_is_an_issue():
    ex = run(
        "As the Rohingya crisis remains unresolved, we raise it again in this Assembly. "
        "The crisis is now in its third year, and only the return of the refugees can end it."
    )
    crisis = next(e for e in ex.entities if e.type == "Issue" and e.label == "Rohingya crisis")
    assert len(crisis.mentions) == 2


def test_an_anti_prefix_in_an_instrument_s_name_names_what_it_addresses():
    ex = run("Kenya's parliament passed the Anti-Human Trafficking Act and the Anti-Child Labour Strategy.")
    assert has(ex, "Anti-Human Trafficking Act", "addresses", "human trafficking")
    assert has(ex, "Anti-Child Labour Strategy", "addresses", "child labour")
