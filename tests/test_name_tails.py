"""What ends a name in running text: a demonym's noun, the place a body met, a street
(kg/extract/name_bounds.py, person_names.py)."""

from __future__ import annotations

import pytest
from extract_util import labels, run


def test_of_the_and_a_demonym_ends_a_body_s_name() -> None:
    x = run("The National Commission on Refugees of the Kenyan government met on Monday.")
    assert labels(x, "Organization") == {"National Commission on Refugees"}
    assert labels(x, "Country") == {"Kenya"}


def test_of_the_and_a_country_s_name_stays_in_the_name() -> None:
    x = run("The Rape Crisis Society of the Bahamas met on Monday.")
    assert "Rape Crisis Society of the Bahamas" in labels(x, "Organization")


def test_the_place_a_ministry_met_at_is_not_its_name() -> None:
    x = run(
        "The workshop was organised by the Ministry of Environment and Forests at Vigyan Bhawan, New Delhi."
    )
    assert labels(x, "Organization") == {"Ministry of Environment and Forests"}


def test_a_body_met_at_another_body_keeps_both() -> None:
    x = run("The Ministry of Labour met at the International Labour Office on Monday.")
    assert {"Ministry of Labour", "International Labour Organization"} <= labels(x, "Organization")


def test_a_street_is_no_person() -> None:
    x = run(
        "The meeting was held at the Ministry of National Security’s Head Office, Abercromby Street, "
        "Port of Spain."
    )
    assert labels(x, "Person") == set()


def test_a_mission_to_the_un_is_not_the_un() -> None:
    x = run(
        "The UN turns 80 this year. Ambassador Do Hung Viet, Head of the Permanent Mission of Viet Nam to "
        "the United Nations, spoke."
    )
    assert labels(x, "Organization") == {
        "United Nations",
        "Permanent Mission of Viet Nam to the United Nations",
    }


def test_a_short_name_at_the_end_of_a_longer_one_is_still_folded() -> None:
    # "the Compact" after "the Global Compact": no body of its own before the shared words
    x = run("Kenya endorsed the Global Compact for Migration. The Compact guides its policy.")
    assert labels(x, "Framework") == {"Global Compact for Safe, Orderly and Regular Migration"}


def test_a_campus_after_at_stays_in_the_university_s_name() -> None:
    x = run("She studied at the University of California at Berkeley before joining IOM.")
    assert "University of California at Berkeley" in labels(x, "Organization")


def test_a_person_whose_surname_is_street() -> None:
    assert labels(run("Mayor Andy Street said the West Midlands would welcome refugees."), "Person") == {
        "Andy Street"
    }


def test_an_acronym_in_brackets_closes_any_name_before_its_place() -> None:
    x = run("The Regional Initiative on Decent Work (RIDW) in Geneva was launched.")
    assert labels(x, "Plan") == {"Regional Initiative on Decent Work"}


def test_a_plan_s_place_without_an_acronym_stays_in_its_name() -> None:
    x = run("The National Plan of Action against Child Labour in Zambia was adopted in March.")
    assert "National Plan of Action against Child Labour in Zambia" in labels(x, "Plan")


def test_a_body_the_reference_knows_after_and_is_no_plan() -> None:
    x = run("Goals that ECPAT Norway and World Vision campaigned for were met.")
    assert labels(x, "Plan") == set()
    assert "World Vision" in labels(x, "Organization")


def test_a_known_body_after_and_keeps_an_instrument_headed_before_it() -> None:
    x = run("The Partnership Agreement between Nepal and the International Labour Organization was renewed.")
    assert labels(x, "Framework")


@pytest.mark.parametrize(
    "name",
    ["Ministry of Expatriates' Welfare and Overseas Employment", "Office for Refugees' Affairs"],
)
def test_a_possessor_of_people_belongs_to_a_body_s_name(name: str) -> None:
    assert name in labels(run(f"The {name} signed the agreement."), "Organization")


def test_in_the_and_a_demonym_closing_a_name_are_its_place() -> None:
    x = run("Leaders met at the 3rd Summit of the Heads of State of the OACPS in the Kenyan capital.")
    assert "3rd Summit of the Heads of State of the OACPS" in labels(x, "Event")
