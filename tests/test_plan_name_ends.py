"""Where a plan's name ends before what a sentence says of it: the body it is given to, a quoted word
inside it; and a bare generic title ("National Action Plan") is each text's own plan
(kg/extract/name_joins.py, name_bounds.py, patterns.py, generic_titles.py, assemble.py)."""

from __future__ import annotations

import pytest
from extract_util import has, iri_of, labels, run, run_titled


@pytest.mark.parametrize(
    ("text", "plan", "body"),
    [
        (
            "Ghana presented its National Action Plan against Trafficking (2020-2024) to the Human Rights "
            "Council.",
            "National Action Plan against Trafficking (2020-2024)",
            "Human Rights Council",
        ),
        (
            "Ghana presented its National Action Plan against Trafficking (2020-2024) to the United Nations.",
            "National Action Plan against Trafficking (2020-2024)",
            "United Nations",
        ),
        (
            "Ghana presented its National Strategy on Migration to the African Union.",
            "National Strategy on Migration",
            "African Union",
        ),
        (
            "Ghana presented its National Action Plan against Trafficking to Parliament on Monday.",
            "National Action Plan against Trafficking",
            None,
        ),
    ],
)
def test_a_plans_name_ends_before_whom_it_is_given_to(text: str, plan: str, body: str | None) -> None:
    x = run(text)
    assert labels(x, "Plan") == {plan}
    assert has(x, "Ghana", "adopts", plan)
    if body is not None:
        assert any(body in e.label or body in e.aliases for e in x.entities if e.type == "Organization")


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Ghana adopted the Plan of Action to Combat Trafficking in 2020.",
            "Plan of Action to Combat Trafficking",
        ),
        (
            "Ghana presented its National Plan for Accession to the European Union.",
            "National Plan for Accession to the European Union",
        ),
    ],
)
def test_a_to_of_the_plans_own_words_stays(text: str, plan: str) -> None:
    assert labels(run(text), "Plan") == {plan}


def test_a_quoted_word_inside_a_plans_name_is_the_names() -> None:
    x = run('Benin adopted its National Action Plan on "Safe" Migration on Monday.')
    assert labels(x, "Plan") == {'National Action Plan on "Safe" Migration'}
    assert labels(run('The Ministry of Labour and "Friends" met.'), "Organization") == {"Ministry of Labour"}
    both = run(
        'Ghana adopted the Plan on "Safe" Migration and the "Zero Tolerance" Strategy on Child Labour.'
    )
    assert not any(label.startswith('Zero Tolerance"') for label in labels(both, "Plan"))


def _plan_iri(text: str, label: str) -> str:
    return iri_of(run_titled(text), "Plan", label)


def test_a_bare_generic_plan_title_is_each_texts_own_plan() -> None:
    chad = "Chad adopts plan\n\nChad adopted the National Action Plan on Tuesday."
    mali = "Mali adopts plan\n\nMali adopted the National Action Plan on Wednesday."
    assert _plan_iri(chad, "National Action Plan") != _plan_iri(mali, "National Action Plan")
    # a plan with its topic is one plan wherever it is named
    chad = "Chad adopts plan\n\nChad adopted the National Action Plan on Child Labour on Tuesday."
    mali = "Mali backs plan\n\nMali welcomed the National Action Plan on Child Labour on Wednesday."
    label = "National Action Plan on Child Labour"
    assert _plan_iri(chad, label) == _plan_iri(mali, label)


def test_every_plan_head_of_the_lexicon_makes_a_generic_title() -> None:
    # generic_titles reads lexicon.PLAN_HEADS: "National Campaign" is as much each text's own as
    # "National Strategy" is
    chad = "Chad adopts plan\n\nChad launched the National Campaign on Tuesday."
    mali = "Mali adopts plan\n\nMali launched the National Campaign on Wednesday."
    assert _plan_iri(chad, "National Campaign") != _plan_iri(mali, "National Campaign")


def test_plural_plan_heads_name_a_kind_or_a_plan_alike() -> None:
    # a plural of kind words alone names no plan, whichever plan head ends it
    assert "Regional Initiatives" not in labels(
        run_titled("News\n\nKenya welcomed the Regional Initiatives."), "Plan"
    )
    # "Policies" is a plan head as "Strategies" is: "National Migration Policies" names a plan
    found = run_titled("News\n\nKenya adopted the National Migration Policies in 2020.")
    assert has(found, "Kenya", "adopts", "National Migration Policies")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The National Youth Policies of Kenya and Uganda were compared.", {"Kenya", "Uganda"}),
        ("The Sector Policies of Ghana were reviewed.", {"Ghana"}),
    ],
)
def test_a_plural_plan_head_does_not_run_on_through_of_a_country(text: str, countries: set[str]) -> None:
    ex = run(text)
    assert not labels(ex, "Plan")
    assert labels(ex, "Country") == countries
    assert "National Youth Policy of Kenya" in labels(
        run("Kenya adopted the National Youth Policy of Kenya."), "Plan"
    )
