"""Issues added to the scheme: sexual violence and rape, genital mutilation as female genital
mutilation (tools/reference_data/issues.py)."""

from __future__ import annotations

from extract_util import labels, run


def test_a_law_on_violence_names_rape_and_genital_mutilation():
    ex = run(
        "Assembly passes law\n\n"
        "The Gender Violence Prevention Act 2024 addresses domestic violence, rape and genital mutilation."
    )
    assert {"rape", "female genital mutilation", "domestic violence"} <= labels(ex, "Issue")


def test_rape_inside_a_word_is_no_issue():
    ex = run("Harvest\n\nThe Rapeseed Export Strategy 2030 supports farmers who grow grapes.")
    assert "rape" not in labels(ex, "Issue")
