"""Links a reader would take as facts the text denies or never states: a signing that did not happen,
a drafting others did, a plan's name run on into the day it was adopted."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.sources import load_text


def _links(text: str) -> set[tuple[str, str, str]]:
    x = extract(load_text(text, location="t.txt"))
    label = {e.iri: e.label for e in x.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in x.relations}


def _labels(text: str, type_name: str) -> set[str]:
    return {e.label for e in extract(load_text(text, location="t.txt")).entities if e.type == type_name}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya did not sign the memorandum with Uganda.",
        "Kenya has not signed an agreement with Uganda.",
        "Kenya refused to sign the memorandum with Uganda.",
        "Kenya never signed the memorandum with Uganda.",
        "Kenya and Uganda have not signed an agreement.",
        "Kenya and Uganda have yet to sign a memorandum of understanding.",
    ],
)
def test_a_signing_that_did_not_happen_makes_no_partners(sentence):
    assert not {link for link in _links(sentence) if link[1] == "partnersWith"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya signed the memorandum with Uganda.",
        "Kenya and Uganda signed an agreement on labour migration.",
    ],
)
def test_a_signing_that_happened_still_makes_partners(sentence):
    assert ("Kenya", "partnersWith", "Uganda") in _links(sentence) | {
        (o, p, s) for s, p, o in _links(sentence)
    }


PLAN = "National Action Plan against Trafficking in Persons"


@pytest.mark.parametrize(
    "verb",
    ["supported", "assisted in", "contributed to", "helped with", "funded", "provided technical support to"],
)
def test_backing_the_drafting_of_a_plan_is_support_not_adoption(verb):
    links = _links(f"IOM {verb} the drafting of the {PLAN}.")
    assert ("International Organization for Migration", "supports", PLAN) in links
    assert ("International Organization for Migration", "adopts", PLAN) not in links


@pytest.mark.parametrize("verb", ["led", "completed", "finalized"])
def test_doing_the_drafting_is_still_adoption(verb):
    assert ("Kenya", "adopts", PLAN) in _links(f"Kenya {verb} the drafting of the {PLAN}.")


def test_a_backed_act_with_its_own_agent_stays_the_agents():
    links = _links("UNDP supported the ratification of the Convention against Torture by Kenya.")
    assert any(s == "Kenya" and p == "adopts" for s, p, _o in links)
    assert not any(s == "United Nations Development Programme" and p == "adopts" for s, p, _o in links)


@pytest.mark.parametrize(
    ("sentence", "plan"),
    [
        (
            "Nepal adopted the National Plan of Action against Trafficking in Persons (2023-2030) "
            "on World Day against Trafficking in Persons.",
            "National Plan of Action against Trafficking in Persons (2023-2030)",
        ),
        (
            "Nepal adopted the National Action Plan 2023-2030 on International Migrants Day.",
            "National Action Plan 2023-2030",
        ),
        ("Kenya launched the Plan of Action on the International Day of Families.", "Plan of Action"),
    ],
)
def test_a_plan_adopted_on_a_named_day_ends_before_the_day(sentence, plan):
    assert _labels(sentence, "Plan") == {plan}


@pytest.mark.parametrize(
    "plan",
    ["National Plan of Action (2023-2030) on Human Trafficking", "National Strategy on Day Care Services"],
)
def test_a_topic_after_on_is_still_the_plans_name(plan):
    assert _labels(f"Kenya adopted the {plan}.", "Plan") == {plan}


@pytest.mark.parametrize("apart", ["each", "separately", "individually"])
def test_doers_acting_apart_are_not_partners_of_each_other(apart):
    links = _links(f"Kenya and Uganda have {apart} signed a loan agreement with the World Bank.")
    assert not {(s, o) for s, p, o in links if p == "partnersWith"} & {
        ("Kenya", "Uganda"),
        ("Uganda", "Kenya"),
    }
