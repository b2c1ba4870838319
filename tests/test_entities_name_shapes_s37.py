"""Name shapes: camel-case surnames after an Arabic or Romance prefix, "Leader" and "Clerk" as
offices, a nationality and an office opening a run (a title, no body), "Masterplan" plans and
"Arrangement" frameworks (kg/extract/persons_titles.py, kg/extract/office_openings.py, lexicon)."""

from __future__ import annotations

from extract_util import has, labels, run


def test_camel_case_surnames_are_names():
    ex = run(
        "Bill signed in Ilorin\n\n"
        "Governor AbdulWahab AbdulKareem signed the bill. "
        "Senator Maria DeLuca and Minister Anne LeClerc welcomed it."
    )
    persons = labels(ex, "Person")
    assert {"AbdulWahab AbdulKareem", "Maria DeLuca", "Anne LeClerc"} <= persons


def test_leader_and_clerk_are_offices_before_a_name():
    ex = run(
        "Assembly passes bill\n\n"
        "The Majority Leader, Garba Olatoye, moved the motion, and the Clerk of the House, "
        "Hauwa Ekpenyong, read it."
    )
    assert {"Garba Olatoye", "Hauwa Ekpenyong"} <= labels(ex, "Person")
    assert not any("Leader" in label for label in labels(ex, "Organization"))


def test_a_nationality_and_an_office_open_a_title_not_a_body():
    ex = run(
        "Summit closes\n\n"
        "The summit was chaired by Ghanaian President and ECOWAS Chairman Kofi Mensah and "
        "European Commission President Lena Berg."
    )
    orgs = labels(ex, "Organization")
    assert not any("President" in label for label in orgs)
    assert "Kofi Mensah" in labels(ex, "Person")
    assert has(ex, "Kofi Mensah", "represents", "Ghana")


def test_a_masterplan_is_a_plan_and_an_arrangement_a_framework():
    ex = run(
        "Energy ministers agree\n\n"
        "The ministers endorsed the West African Power Masterplan (WAPM). "
        "Chile and Peru later signed the Regional Arrangement on Seasonal Workers."
    )
    assert "West African Power Masterplan" in labels(ex, "Plan")
    assert "Regional Arrangement on Seasonal Workers" in labels(ex, "Framework")
