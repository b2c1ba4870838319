"""Promulgating, gazetting, assenting to a law and operationalising a plan are acts on it."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "actor", "predicate", "item"),
    [
        (
            "In a ceremony attended by UNDP and UN Women, King Mohammed VI promulgated the Law on Combating "
            "Violence against Women, which had been passed by Parliament in February.",
            "Mohammed VI",
            "adopts",
            "Law on Combating Violence",
        ),
        (
            "The Government of Kenya, through the Ministry of Health, gazetted the National Tobacco Control "
            "Strategy after consultations with WHO and civil society.",
            "Ministry of Health",
            "adopts",
            "National Tobacco Control Strategy",
        ),
        (
            "According to UNHCR, the President of Malawi assented to the Refugee Act last week, days after "
            "it was passed by the National Assembly.",
            "Malawi",
            "adopts",
            "Refugee Act",
        ),
        (
            "Speaking in Geneva, the Minister said that Tanzania had operationalised the National Plan of "
            "Action to End Violence Against Women and Children with help from UNICEF and UNFPA.",
            "Tanzania",
            "implements",
            "National Plan of Action",
        ),
        (
            "Officials from ECOWAS and the African Union said Togo had put into effect the National Strategy "
            "for Preventing Violent Extremism earlier this year.",
            "Togo",
            "implements",
            "National Strategy for Preventing Violent Extremism",
        ),
    ],
)
def test_law_making_and_putting_into_effect_are_acts(
    text: str, actor: str, predicate: str, item: str
) -> None:
    assert has(run(text), actor, predicate, item)


@pytest.mark.parametrize(
    ("text", "actor", "item"),
    [
        (
            "Amnesty International urged the President of Malawi to assent to the Refugee Act.",
            "Malawi",
            "Refugee",
        ),
        ("Lawyers said Zambia has yet to gazette the Access to Information Act.", "Zambia", "Access to"),
        (
            "The Senate of Kenya will promulgate the Climate Change Act next week.",
            "Kenya",
            "Climate Change Act",
        ),
        ("UNHCR Welcomes Malawi Assent To Refugee Act", "Malawi", "Refugee"),
    ],
)
def test_a_call_a_delay_a_future_or_a_headline_is_no_act(text: str, actor: str, item: str) -> None:
    x = run(text)
    assert not has(x, actor, "adopts", item)
    assert not has(x, actor, "implements", item)


def test_issuing_a_law_or_decree_is_an_act_but_issuing_a_statement_is_not() -> None:
    x = run("Qatar's Emir Sheikh Tamim bin Hamad Al Thani issued Law No. 15 of 2017 on Domestic Workers.")
    assert has(x, "Sheikh Tamim", "adopts", "Law No. 15")
    x = run("President Kais Saied issued Decree-Law No. 54 on Cybercrime in September 2022.")
    assert has(x, "Kais Saied", "adopts", "Decree-Law No. 54")
    x = run("The Ministry of Justice issued a statement on the Law on Combating Violence against Women.")
    assert not has(x, "Ministry of Justice", "adopts", "Law on Combating Violence")


@pytest.mark.parametrize(
    "text, actor, item",
    [
        (
            "The Ministry of Interior of Kenya issued a law enforcement alert on the Counter-Trafficking in "
            "Persons Act.",
            "Ministry of Interior of Kenya",
            "Counter-Trafficking in Persons Act",
        ),
        (
            "The President of Egypt issued a decree repealing the Law on Associations.",
            "Egypt",
            "Law on Associations",
        ),
        (
            "The Senate of Kenya assented to a request to suspend the Finance Act 2023.",
            "Senate of Kenya",
            "Finance Act 2023",
        ),
    ],
)
def test_an_alert_a_repealing_decree_or_a_request_assented_to_adopts_no_law(
    text: str, actor: str, item: str
) -> None:
    assert not has(run(text), actor, "adopts", item)
