"""Where a plan's name ends before what a sentence says of it: the body it is given to
(kg/extract/name_joins.py, name_bounds.py)."""

from __future__ import annotations

import pytest
from extract_util import has, labels, run


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
