"""Shapes of wire and agency copy: UN bodies named by their field, acts on a list of actors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from extract_util import cues, labels, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from reference_data.org_epithets import EPITHETS, alt_labels
from reference_data.organizations import ORGS


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The U.N. refugee agency said 10,000 people had fled.",
            "Office of the United Nations High Commissioner for Refugees",
        ),
        (
            "A project launched by the United Nations Labour Agency seeks to help.",
            "International Labour Organization",
        ),
        (
            "The UN labor agency estimates 28 million people are in forced labour.",
            "International Labour Organization",
        ),
        ("The UN children's agency warned of child marriage.", "United Nations Children's Fund"),
        (
            "The UN human rights office criticized the law.",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
        ("The UN nuclear watchdog met in Vienna.", "International Atomic Energy Agency"),
    ],
)
def test_a_un_body_named_by_its_field_is_that_body(text: str, label: str) -> None:
    assert labels(run(text), "Organization") == {label}


def test_the_field_name_and_the_acronym_are_one_node() -> None:
    x = run(
        "A new project was launched by the United Nations Labour Agency on Tuesday. "
        "The International Labour Organisation (ILO) Director-General Guy Ryder said the ILO would lead it."
    )
    assert labels(x, "Organization") == {"International Labour Organization"}


def test_a_shared_field_names_no_one_body() -> None:
    # the UN food agency may be FAO or WFP; a humanitarian agency may be any of several
    x = run("The UN food agency and the UN humanitarian agency appealed for funds.")
    assert not labels(x, "Organization") - {"United Nations"}


def test_every_epithet_names_a_known_body_and_all_three_un_forms() -> None:
    slugs = {row[0] for row in ORGS}
    assert set(EPITHETS) <= slugs
    forms = alt_labels("unhcr")
    assert {"UN refugee agency", "U.N. refugee agency", "United Nations refugee agency"} <= set(forms)
    assert alt_labels("no-such-body") == []


def test_support_for_a_list_of_countries_reaches_each() -> None:
    x = run(
        "The European Union and the United Nations Office on Drugs and Crime (UNODC) have launched a "
        "three-year project aimed at supporting Egypt, Libya, Morocco and Tunisia in dismantling "
        "smuggling networks."
    )
    helped = {o for s, o in cues(x, "supports") if s == "United Nations Office on Drugs and Crime"}
    assert helped == {"Egypt", "Libya", "Morocco", "Tunisia"}


def test_support_for_one_body_in_its_work_stays_a_partnership() -> None:
    x = run("The ILO will support UNICEF in monitoring child labour in Nepal.")
    assert ("International Labour Organization", "United Nations Children's Fund") in cues(x, "partnersWith")
    assert not cues(x, "supports")


def test_support_does_not_run_on_past_the_list() -> None:
    x = run("Japan is supporting Kenya, said the Ambassador of Norway.")
    assert set(cues(x, "supports")) == {("Japan", "Kenya")}
