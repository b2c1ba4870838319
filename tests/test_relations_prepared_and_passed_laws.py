"""A body that "has prepared" a named plan adopts it (not one that "prepared the ground for" it); a law
passed in lower case and called back ("the law") is a framework (kg/extract/cues.py,
kg/extract/passed_laws.py)."""

from __future__ import annotations

from extract_util import has, labels, run


def test_prepared_a_plan_is_its_adoption_but_not_prepared_the_ground():
    ex = run(
        "Plan ready\n\n"
        "The Ministry of Labour has prepared a National Labour Migration Strategy for 2024-2028 with the "
        "assistance of the Labour Migration Task Force. "
        "The Ministry of Health prepared the ground for the National Health Workforce Plan."
    )
    assert has(ex, "Ministry of Labour", "adopts", "National Labour Migration Strategy for 2024-2028")
    assert not has(ex, "Ministry of Health", "adopts", "National Health Workforce Plan")


def test_a_lower_case_law_passed_and_called_back_is_a_framework():
    ex = run(
        "Senate votes\n\n"
        "The Senate of Paraguay approved the revised asylum bill on Friday. "
        "The bill now goes to the President."
    )
    assert "revised asylum bill" in labels(ex, "Framework")
    assert has(ex, "Senate of Paraguay", "adopts", "revised asylum bill")


def test_a_judged_or_uncalled_law_is_no_name():
    ex = run("Senate votes\n\nThe Senate passed a historic law on Friday. The law bans child labour.")
    assert not any("law" in label for label in labels(ex, "Framework"))
    ex = run("Senate votes\n\nThe Senate passed the asylum bill on Friday, and adjourned.")
    assert "asylum bill" not in labels(ex, "Framework")


def test_two_lower_case_laws_leave_the_law_open():
    ex = run(
        "Senate votes\n\n"
        "The Senate approved the asylum bill and later passed the labour bill. The bill now goes to the King."
    )
    assert not {"asylum bill", "labour bill"} & labels(ex, "Framework")
