"""In a text on the EU, a lone "the Commission" and "the Council" are its institutions.

Texts written for these tests; the default pipeline with the shipped reference.
"""

from __future__ import annotations

from extract_util import has, run

EU_TEXT = (
    "Today the European Parliament and the Council reached a provisional agreement on the new "
    "directive. In April, the Commission presented the EU Strategy on Combatting Trafficking in "
    "Human Beings (2021-2025). Now the Council must formally adopt the text."
)


def orgs(text: str) -> dict[str, set[str]]:
    return {e.label: set(e.aliases) for e in run(text).entities if e.type == "Organization"}


def test_the_commission_and_the_council_are_the_eu_institutions_in_a_text_on_the_eu():
    found = orgs(EU_TEXT)
    assert "European Commission" in found
    assert "Council of the European Union" in found
    assert not any(label.startswith("Now") for label in found)


def test_the_commission_acts_as_the_european_commission():
    assert has(run(EU_TEXT), "European Commission", "adopts", "EU Strategy on Combatting")


def test_outside_a_text_on_the_eu_the_commission_is_no_eu_body():
    found = orgs("The Commission presented its report to the President of Kenya on Monday.")
    assert "European Commission" not in found


def test_a_council_named_before_is_the_one_the_council_stands_for():
    found = orgs(
        "The European Union welcomed the Human Rights Council resolution. The Council also "
        "asked for a report."
    )
    assert "Council of the European Union" not in found
    assert "Council" in found["United Nations Human Rights Council"]


def test_the_council_of_europe_is_not_a_lone_council():
    found = orgs("The European Union and the Council of Europe signed the plan.")
    assert "Council of the European Union" not in found
