"""Recurring meetings: a climate COP however news writes its number, and the reference's standing
review and conference names (kg/extract/patterns.py, kg/extract/resolver.py, ontology/reference)."""

from __future__ import annotations

from extract_util import has, labels, run


def test_a_cop_in_news_case_is_the_same_conference_as_in_capitals():
    ex = run("Egypt hosted Cop 27 in Sharm el-Sheikh. Later, Kenya attended COP27 and spoke at COP-27.")
    events = [e for e in ex.entities if e.type == "Event"]
    assert [e.label for e in events] == ["COP27"]
    assert has(ex, "Egypt", "participatesIn", "COP27")


def test_the_word_cop_without_a_number_is_no_meeting():
    ex = run("A cop said the Kenya Police arrested two men. The Cop Shop closed.")
    assert not labels(ex, "Event")


def test_the_universal_periodic_review_is_a_meeting_known_by_its_acronym_too():
    ex = run(
        "Canada spoke during the Universal Periodic Review (UPR) of Viet Nam in Geneva. "
        "Norway also took part in the UPR."
    )
    assert labels(ex, "Event") == {"Universal Periodic Review"}
    assert has(ex, "Canada", "participatesIn", "Universal Periodic Review")
    assert has(ex, "Norway", "participatesIn", "Universal Periodic Review")


def test_the_climate_conference_by_its_general_name_is_a_meeting():
    ex = run("Kenya attended the UN Climate Change Conference in Baku.")
    assert "United Nations Climate Change Conference" in labels(ex, "Event")
    assert has(ex, "Kenya", "participatesIn", "United Nations Climate Change Conference")


def test_an_agency_by_its_acronym_numbered_before_its_assembly_is_that_years_sitting():
    ex = run("Kenya attended the 12th IRENA Assembly in Abu Dhabi. Chile spoke at the 33rd FAO Conference.")
    assert {"12th IRENA Assembly", "33rd FAO Conference"} <= labels(ex, "Event")
    assert has(ex, "Kenya", "participatesIn", "12th IRENA Assembly")
    assert has(ex, "Chile", "participatesIn", "33rd FAO Conference")


def test_a_meeting_numbered_in_words_figures_or_roman_numerals_is_one_meeting():
    ex = run(
        "7th Andean Dialogue Ministerial Consultation opens\n\n"
        "The Seventh Andean Dialogue Ministerial Consultation opened in Lima. Peru spoke at the VII Andean "
        "Dialogue Ministerial Consultation."
    )
    events = [e for e in ex.entities if e.type == "Event"]
    assert len(events) == 1
    assert has(ex, "Peru", "participatesIn", events[0].label)


def test_a_meeting_named_with_its_bodys_acronym_in_brackets_is_named_whole():
    ex = run(
        "The Bali Process (BP) Ministerial Conference opened. Fiji hosted the Pacific Islands Forum (PIF) "
        "Leaders Meeting."
    )
    assert {"Bali Process Ministerial Conference", "Pacific Islands Forum Leaders Meeting"} <= labels(
        ex, "Event"
    )
    assert has(ex, "Fiji", "participatesIn", "Pacific Islands Forum Leaders Meeting")
