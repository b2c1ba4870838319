"""A backer glued to a plan's name ("the EU-funded X Programme") is the backer, not the name's first
word: the plan keeps its own name and the backer supports it. "-based" stays a place; "-Led" in a
name ("Community-Led Total Sanitation") is no backer."""

from __future__ import annotations

import pytest
from extract_util import has, run, typed


@pytest.mark.parametrize(
    ("text", "backer", "plan"),
    [
        (
            "The EU-funded Migration Governance Programme is implemented by ICMPD.",
            "European Union",
            "Migration Governance Programme",
        ),
        (
            "Ghana completed the World Bank-financed Sustainable Land and Water Management Project.",
            "World Bank",
            "Sustainable Land and Water Management Project",
        ),
        (
            "The UN-backed Black Sea Grain Initiative collapsed in July.",
            "United Nations",
            "Black Sea Grain Initiative",
        ),
    ],
)
def test_backer_prefix_is_cut_and_supports(text: str, backer: str, plan: str) -> None:
    x = run(text)
    assert ("Plan", plan) in typed(x)
    assert has(x, backer, "supports", plan)


def test_based_prefix_still_cut() -> None:
    assert ("Organization", "International Seabed Authority") in typed(
        run("The Kingston-based International Seabed Authority met on Monday.")
    )


def test_led_in_a_name_is_kept() -> None:
    labels = {
        label for _t, label in typed(run("The Community-Led Development Programme reached 300 villages."))
    }
    assert not any(label.startswith("Development Programme") for label in labels)
