"""The Intended Nationally Determined Contribution is the pledge before the Paris Agreement, a
document apart from the NDC that replaced it (name_extensions, name_folding, short_plans)."""

from __future__ import annotations

from extract_util import has, labels, run


def test_the_intended_contribution_and_the_contribution_are_two_plans():
    ex = run(
        "Climate pledge\n\n"
        "Belize submitted its Intended Nationally Determined Contribution (INDC) in 2015. In 2021 Belize "
        "submitted its updated Nationally Determined Contribution (NDC), which goes further than the INDC."
    )
    plans = labels(ex, "Plan")
    assert {"Intended Nationally Determined Contribution", "Nationally Determined Contribution"} <= plans
    assert has(ex, "Belize", "adopts", "Intended Nationally Determined Contribution")


def test_the_acronym_ndc_beside_the_intended_one_only_is_the_ndc():
    ex = run(
        "Climate pledge\n\n"
        "Belize submitted its Intended Nationally Determined Contribution (INDC) in 2015. "
        "In 2021 it submitted its first NDC."
    )
    assert len(labels(ex, "Plan")) == 2
