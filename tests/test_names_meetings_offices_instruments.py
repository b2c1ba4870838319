"""Names: the treaty inside its parties' meeting and one session's other names, a treaty's own opening
acronym, a treaty listed before a plan, plural possessors, "towards" in a plan's name, "Based on", one
owner's NDCs, a body before a role, an office's words, a year after a body."""

from __future__ import annotations

from tests.extract_util import labels, run


def test_the_treaty_closing_its_parties_meeting_is_named_too() -> None:
    ex = run(
        "Tonga spoke at the 29th Conference of the Parties (COP29) to the United Nations Framework "
        "Convention on Climate Change (UNFCCC) in Baku. The UNFCCC said the talks would go on."
    )
    assert "United Nations Framework Convention on Climate Change" in labels(ex, "Framework")
    assert any(label.startswith("29th Conference of the Parties") for label in labels(ex, "Event"))
    assert not labels(ex, "Organization")  # the treaty is named as such, so "the UNFCCC" is it too
    ex = run("Delegates met at the Meeting of the Parties to the Montreal Protocol in Nairobi.")
    assert any(label.startswith("Montreal Protocol") for label in labels(ex, "Framework"))


def test_a_parties_meeting_of_no_treaty_names_none() -> None:
    ex = run("Fiji spoke at the Fifth Meeting of the States Parties of the Pacific Forum in Suva.")
    assert not labels(ex, "Framework")


def test_an_acronym_that_opens_the_treatys_own_name_is_no_body() -> None:
    ex = run("Palau ratified the UN Convention against Corruption in March.")
    assert "United Nations Convention against Corruption" in labels(ex, "Framework")
    assert not labels(ex, "Organization")
    ex = run("Palau ratified the ILO Forced Labour Convention in March.")
    assert "International Labour Organization" in labels(ex, "Organization")


def test_a_treaty_listed_before_a_plan_is_a_name_of_its_own() -> None:
    ex = run("Tuvalu is committed to the Paris Agreement and National Adaptation Plan of 2022.")
    assert "Paris Agreement" in labels(ex, "Framework")
    assert any(label.startswith("National Adaptation Plan") for label in labels(ex, "Plan"))
    ex = run("Tuvalu is committed to the Paris Agreement and Nationally Determined Contributions (NDCs).")
    assert "Paris Agreement" in labels(ex, "Framework")
    assert "Nationally Determined Contributions" in labels(ex, "Plan")


def test_two_heads_of_guidance_stay_one_name() -> None:
    ex = run("The MoU follows the General Principles and Operational Guidelines for Fair Recruitment.")
    assert "General Principles and Operational Guidelines for Fair Recruitment" in labels(ex, "Framework")


def test_a_plural_possessor_opens_a_laws_name() -> None:
    ex = run("Norway added a provision on residence permits to the Aliens’ Act.")
    assert "Aliens’ Act" in labels(ex, "Framework")


def test_towards_joins_a_plans_name() -> None:
    ex = run(
        "The grant is one action of the Regional Strategy towards the Elimination of Child Labour 2020-2025."
    )
    assert "Regional Strategy towards the Elimination of Child Labour 2020-2025" in labels(ex, "Plan")
    ex = run("Ghana will present the National Climate Policy towards COP30 in Belem.")
    assert "National Climate Policy" in labels(ex, "Plan")
    assert "COP30" in labels(ex, "Event")


def test_based_on_opens_no_name() -> None:
    ex = run("Based on Law No. 21 of 2019, the provinces protect migrant workers.")
    assert "Law No. 21 of 2019" in labels(ex, "Framework")


def test_one_owners_plural_ndcs_are_its_plan() -> None:
    ex = run("Chile would submit its revised NDCs till 2035 in November.")
    assert "NDCs" in labels(ex, "Plan")
    ex = run("All parties must update their NDCs before the summit.")
    assert not labels(ex, "Plan")
    ex = run("Africa’s NDCs call for USD 2.8 trillion by 2030.")
    assert not labels(ex, "Plan")


def test_a_body_closed_by_its_head_and_complement_before_a_role() -> None:
    ex = run("The MoU was signed by Department of Justice Regional Prosecutor Ana Cruz on Monday.")
    assert "Department of Justice" in labels(ex, "Organization")
    ex = run("The Ministry of Labour Regional Office in Mombasa opened on Monday.")
    assert "Ministry of Labour Regional Office" in labels(ex, "Organization")
    ex = run("The Office of the Vice President of Kenya issued a statement on Monday.")
    assert "Office of the Vice President of Kenya" in labels(ex, "Organization")


def test_an_offices_words_are_no_persons_name() -> None:
    ex = run(
        "Ambassador Extraordinary and Plenipotentiary of Peru to Egypt Ana Ruiz spoke. "
        "Le Van Hai, Vice Chairwoman of the Hue People’s Committee, welcomed the workshop."
    )
    assert labels(ex, "Person") == {"Ana Ruiz", "Le Van Hai"}


def test_a_year_closes_no_bodys_name() -> None:
    ex = run("The Plan follows the Department of State 2018 report on trafficking.")
    assert "Department of State" in labels(ex, "Organization")


def test_one_numbered_parties_session_takes_its_unnumbered_names() -> None:
    ex = run(
        "Chile spoke at the 28th Conference of the Parties of the UN Framework Convention on Climate "
        "Change (COP28) in Dubai. At the Conference of the Parties to the UN Framework Convention on "
        "Climate Change, Chile pledged more. COP28 closed on Tuesday."
    )
    assert len(labels(ex, "Event")) == 1
    assert "United Nations Framework Convention on Climate Change" in labels(ex, "Framework")


def test_two_numbered_sessions_keep_an_unnumbered_name_apart() -> None:
    ex = run(
        "Chile spoke at COP27 and at COP28. The United Nations Climate Change Conference is held every year."
    )
    assert len(labels(ex, "Event")) == 3


def test_a_session_of_another_treaty_keeps_its_own_names() -> None:
    ex = run(
        "Delegates met at the 16th Conference of the Parties to the Convention on Biological Diversity "
        "(COP16) in Cali. The UN Climate Change Conference follows in Baku."
    )
    assert len(labels(ex, "Event")) == 2
    ex = run("Chile spoke at COP28. The Conference of the Parties (COP) to the UNFCCC meets every year.")
    assert len(labels(ex, "Event")) == 2


def test_a_suffix_after_its_comma_is_the_names() -> None:
    ex = run("The loan was signed before President Ferdinand R. Marcos, Jr., who welcomed it.")
    assert "Ferdinand R. Marcos, Jr." in labels(ex, "Person")


def test_a_year_and_then_a_plan_is_no_name_of_one() -> None:
    ex = run("The projects support graduation from LDC status in 2026 and Vision 2041, she added.")
    assert "Vision 2041" in labels(ex, "Plan")


def test_a_document_word_ends_no_persons_name() -> None:
    ex = run(
        "The Philippines shares the concerns the High Commissioner raised in her Oral Report on migrants."
    )
    assert not labels(ex, "Person")


def test_a_role_word_before_a_body_is_no_word_of_its_name() -> None:
    ex = run("Dr Kazim Niaz, Secretary Economic Affairs Division, Government of Pakistan, signed it.")
    assert "Economic Affairs Division" in labels(ex, "Organization")


def test_a_spaced_arabic_particle_joins_a_place_in_a_name() -> None:
    ex = run("Kenya supports the Sharm el Sheikh Implementation Plan.")
    assert "Sharm el Sheikh Implementation Plan" in labels(ex, "Plan")
