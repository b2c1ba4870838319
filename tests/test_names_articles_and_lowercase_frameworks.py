"""A name that runs on through "for a"/"for an", and the global frameworks news writes in lower case.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

import pytest
from extract_util import has, run


def labels(text: str, kind: str) -> set[str]:
    return {e.label for e in run(text).entities if e.type == kind}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Leaders adopted the Bandar Declaration on the Roadmap for an ASEAN Community (2026-2030).",
            "Framework",
            "Bandar Declaration on the Roadmap for an ASEAN Community (2026-2030)",
        ),
        (
            "Laos launched the Work Plan for a Drug-Free Mekong in 2024.",
            "Plan",
            "Work Plan for a Drug-Free Mekong",
        ),
    ],
)
def test_a_name_runs_on_through_for_a(text, kind, name):
    assert name in labels(text, kind)


def test_for_a_between_two_bodies_joins_no_names():
    orgs = labels("Funds went from UNICEF for a school in Kenya.", "Organization")
    assert not any(" for a" in o for o in orgs)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viet Nam is committed to the 17 sustainable development goals.", "Sustainable Development Goals"),
        (
            "Ghana endorsed the global compact on migration in 2018.",
            "Global Compact for Safe, Orderly and Regular Migration",
        ),
        ("Uganda applies the global compact on refugees.", "Global Compact on Refugees"),
    ],
)
def test_global_frameworks_written_in_lower_case_are_found(text, name):
    assert name in labels(text, "Framework")


def test_a_lower_case_framework_takes_part_in_relations():
    ex = run("Viet Nam is committed to the sustainable development goals.")
    assert has(ex, "Vietnam", "supports", "Sustainable Development Goals")


def test_development_goals_of_one_plan_are_no_framework():
    assert not labels("The plan sets three development goals for 2030.", "Framework")


def test_a_framework_in_lower_case_after_an_owner_is_the_owners_own():
    assert not labels("Viet Nam set its own national sustainable development goals.", "Framework")
    assert not labels("Kenya's global compact on migration is a national plan.", "Framework")


@pytest.mark.parametrize("adverb", ["Now", "Then", "Later", "Finally"])
def test_an_adverb_opening_a_sentence_is_no_part_of_a_name(adverb):
    assert labels(f"{adverb} the Security Council must act.", "Organization") == {
        "United Nations Security Council"
    }
