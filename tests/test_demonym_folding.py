"""A body named once with its country's demonym and once with the country's name is one body.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import labels, run


def test_demonym_and_country_name_of_one_body_are_one_node() -> None:
    x = run(
        "The arrest followed an inquiry by the Malawian Police. "
        "A Malawi Police spokesperson said the two men were charged with trafficking."
    )
    orgs = labels(x, "Organization")
    assert "Malawi Police" in orgs
    assert "Malawian Police" not in orgs
    police = next(e for e in x.entities if e.label == "Malawi Police")
    assert "Malawian Police" in police.aliases


def test_a_longer_name_or_another_country_stays_apart() -> None:
    x = run(
        "The Malawian Police arrested two men. The Malawi Police Service said they were charged. "
        "The Zambian Police helped."
    )
    orgs = labels(x, "Organization")
    assert {"Malawian Police", "Malawi Police Service", "Zambian Police"} <= orgs


def test_a_demonym_and_another_countrys_name_stay_apart() -> None:
    # a demonym form and a name form, as the merge needs, but of two countries
    orgs = labels(run("The Zambian Police helped. The Malawi Police arrested two men."), "Organization")
    assert {"Zambian Police", "Malawi Police"} <= orgs


def test_a_demonym_that_names_a_sea_or_ocean_is_not_the_countrys() -> None:
    # "Indian Ocean" is the ocean's name: a body named after it is not India's body written otherwise
    x = run("The India Ocean Commission met in Port Louis. The Indian Ocean Commission adopted a plan.")
    assert {"India Ocean Commission", "Indian Ocean Commission"} <= labels(x, "Organization")
    x = run("The Irish Sea Fisheries Board met. The Ireland Sea Fisheries Board replied.")
    assert {"Irish Sea Fisheries Board", "Ireland Sea Fisheries Board"} <= labels(x, "Organization")


def test_a_demonym_before_another_word_still_joins_the_country_name() -> None:
    x = run("The Kenyan Human Rights Commission spoke. The Kenya Human Rights Commission agreed.")
    assert "Kenyan Human Rights Commission" not in labels(x, "Organization")
