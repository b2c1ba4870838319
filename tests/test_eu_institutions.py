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


def test_a_statement_at_the_human_rights_council_keeps_its_council():
    found = orgs(
        "EU Statement - HRC58 - Interactive Dialogue. Mr. President, the European Union thanks the "
        "Special Rapporteur for her report. The Council must continue to support her mandate."
    )
    assert "Council of the European Union" not in found


def test_an_eu_funded_project_does_not_make_a_text_on_the_eu():
    found = orgs(
        "The EU-funded project was presented to the Nairobi City County Assembly. The Council also "
        "heard from Interpol."
    )
    assert "Council of the European Union" not in found


def test_a_council_named_later_keeps_the_lone_council_from_the_eu():
    found = orgs(
        "The Council adopted its negotiating mandate today. The European Parliament adopted its "
        "position in April. Separately, the EU welcomed a Security Council resolution."
    )
    assert "Council of the European Union" not in found


def test_a_commission_named_later_keeps_the_mentions_after_it():
    ex = run(
        "The Commission proposed new rules on Monday, said the European Parliament. The EU also funds "
        "the Independent International Commission of Inquiry on Syria. The Commission said it had "
        "documented torture."
    )
    inquiry = next(e for e in ex.entities if e.label.startswith("Independent International Commission"))
    assert "Commission" in inquiry.aliases
    assert "European Commission" in {e.label for e in ex.entities}


def test_a_commission_written_in_lower_case_before_is_not_the_eus():
    found = orgs(
        "With EU support, Nepal set up a national commission against human trafficking in 2022. "
        "The Commission has since rescued 300 women."
    )
    assert "European Commission" not in found
