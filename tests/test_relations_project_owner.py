"""The body whose project a title names runs it (kg/extract/relation_project_owner.py), and a
quoted title after a body's possessive is a plan (kg/extract/quoted_plans.py). Texts written for
these tests."""

from __future__ import annotations

import pytest
from extract_util import by_rules, has, news, run


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The course is part of the UNODC project “Safe Borders for Sahel Migrants”.",
            "United Nations Office on Drugs and Crime",
        ),
        (
            "Officers trained under the ILO’s regional programme “Fair Work in Gulf Households”.",
            "International Labour Organization",
        ),
        (
            "Staff of IOM’s ongoing European Union-funded project: “Better Migration Data for Chad” "
            "attended.",
            "International Organization for Migration",
        ),
    ],
)
def test_the_body_named_before_its_project_implements_it(sentence: str, body: str) -> None:
    ex = by_rules(run(news(sentence)))
    plans = [e.label for e in ex.entities if e.type == "Plan"]
    assert len(plans) == 1
    assert has(ex, body, "implements", plans[0])


def test_the_donor_in_a_funded_modifier_supports_and_does_not_run_it():
    ex = by_rules(
        run(news("The European Union funded UNODC project “Safe Borders for Sahel Migrants” ends in May."))
    )
    assert has(
        ex, "United Nations Office on Drugs and Crime", "implements", "Safe Borders for Sahel Migrants"
    )
    assert not has(ex, "European Union", "implements", "Safe Borders for Sahel Migrants")


def test_a_verb_between_the_body_and_the_project_is_read_by_the_cue_rules():
    ex = by_rules(run(news("UNICEF praised the project “Safe Borders for Sahel Migrants” on Monday.")))
    assert not has(ex, "United Nations Children's Fund", "implements", "Safe Borders for Sahel Migrants")


def test_a_verdict_on_a_project_after_an_owner_s_possessive_is_no_title():
    ex = run(news("Kenya's minister called the project “A Total Failure” on Monday."))
    assert not [e for e in ex.entities if e.type == "Plan"]


def test_the_glo_act_programme_is_known_by_its_acronym_and_both_titles():
    ex = run(
        news(
            "UNODC trained judges under the Global Action against Trafficking in Persons and the "
            "Smuggling of Migrants (GLO.ACT).",
            "GLO.ACT also trained prosecutors.",
        )
    )
    plans = [e for e in ex.entities if e.type == "Plan"]
    assert [p.label for p in plans] == [
        "Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants"
    ]
    assert "GLO.ACT" in plans[0].aliases
