"""A plan's runner in the passive ("coordinated by", "implemented under the leadership of") implements
it; a patron ("under the auspices of") and the runner of its drafting do not."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "doer", "item"),
    [
        (
            "The National Disaster Risk Reduction Strategy was implemented under the leadership of the "
            "Prime Minister's Office of Ethiopia.",
            "Prime Minister's Office",
            "National Disaster Risk Reduction Strategy",
        ),
        (
            "The National Action Plan on Business and Human Rights of Thailand is coordinated by the Rights "
            "and Liberties Protection Department.",
            "Rights and Liberties Protection Department",
            "National Action Plan on Business and Human Rights",
        ),
        (
            "The Regional Strategy, which is managed by the Economic Community of West African States, "
            "covers 15 countries.",
            "Economic Community of West African States",
            "Regional Strategy",
        ),
    ],
)
def test_runner_implements(text: str, doer: str, item: str) -> None:
    assert has(run(text), doer, "implements", item)


@pytest.mark.parametrize(
    ("text", "who", "item"),
    [
        (
            "The Kigali Declaration was adopted under the auspices of the African Union.",
            "African Union",
            "Kigali Declaration",
        ),
        (
            "The drafting of the National Youth Policy was coordinated by the Ministry of Youth of Zambia.",
            "Ministry of Youth",
            "National Youth Policy",
        ),
        (
            "The National Youth Policy Was Coordinated By Zambia\n\nThe meeting lasted a day.",
            "Zambia",
            "National Youth Policy",
        ),
    ],
)
def test_patron_or_drafter_does_not_implement(text: str, who: str, item: str) -> None:
    assert not has(run(text), who, "implements", item)


def test_the_manager_of_a_plans_funds_does_not_run_the_plan() -> None:
    x = run("The funds for the National Adaptation Plan are managed by the World Bank as trustee.")
    assert not has(x, "World Bank", "implements", "National Adaptation Plan")
