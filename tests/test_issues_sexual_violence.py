"""Issues added to the scheme: sexual violence and rape, genital mutilation as female genital
mutilation (tools/reference_data/issues.py)."""

from __future__ import annotations

from extract_util import has, labels, run


def test_a_law_on_violence_names_rape_and_genital_mutilation():
    ex = run(
        "Assembly passes law\n\n"
        "The Gender Violence Prevention Act 2024 addresses domestic violence, rape and genital mutilation."
    )
    assert {"rape", "female genital mutilation", "domestic violence"} <= labels(ex, "Issue")


def test_rape_inside_a_word_is_no_issue():
    ex = run("Harvest\n\nThe Rapeseed Export Strategy 2030 supports farmers who grow grapes.")
    assert "rape" not in labels(ex, "Issue")


def test_an_issue_and_its_kinds_such_as_or_including_are_all_addressed():
    ex = run(
        "Law passed\n\n"
        "The Family Protection Act 2023 addresses domestic violence and other forms of abuse such as "
        "female genital mutilation and rape. The Safe Homes Plan addresses gender-based violence, "
        "including rape."
    )
    for issue in ("domestic violence", "female genital mutilation", "rape"):
        assert has(ex, "Family Protection Act 2023", "addresses", issue)
    assert has(ex, "Safe Homes Plan", "addresses", "rape")


def test_reducing_disaster_risk_is_disaster_risk_reduction():
    ex = run("Resilience\n\nThe Andean Resilience Initiative aims to help towns reduce disaster risks.")
    assert has(ex, "Andean Resilience Initiative", "addresses", "disaster risk reduction")


def test_a_plan_launched_in_response_to_an_issue_addresses_it():
    ex = run(
        "Strategy\n\n"
        "Chad launched the National Border Strategy in response to rising irregular migration. "
        "Niger launched the National Youth Strategy on Monday in response to questions from Parliament."
    )
    assert has(ex, "National Border Strategy", "addresses", "irregular migration")
