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
