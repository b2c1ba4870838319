"""Names news writes with a lower-case head (kg/extract/lower_heads.py), meetings named by a quoted
title (kg/extract/quoted_events.py), and a known body's office for a region (kg/extract/patterns.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run, typed


def test_a_capitalized_name_with_a_lower_case_treaty_head_is_a_framework():
    ex = run(news("On 4 May, Kenya and Qatar signed the Doha Labour Mobility treaty, and made history."))
    assert ("Framework", "Doha Labour Mobility treaty") in typed(ex)
    assert has(ex, "Kenya", "adopts", "Doha Labour Mobility treaty")
    assert has(ex, "Qatar", "adopts", "Doha Labour Mobility treaty")


def test_a_lower_case_campaign_and_scheme_head_make_plans():
    ex = run(
        news(
            "Tonga joined the Blue Reef campaign in 2020.", "Workers came under the Seasonal Harvest scheme."
        )
    )
    assert ("Plan", "Blue Reef campaign") in typed(ex)
    assert ("Plan", "Seasonal Harvest scheme") in typed(ex)
    assert has(ex, "Tonga", "adopts", "Blue Reef campaign")


def test_words_that_only_say_whose_name_no_instrument():
    ex = run(news("The Kenyan programme, the UNDP project and the EU-Turkey agreement were discussed."))
    assert not {t for t in typed(ex) if t[0] in ("Plan", "Framework")}


def test_a_reference_instrument_written_with_a_lower_case_head_is_the_reference_one():
    ex = run(news("The Paris agreement was signed by Chile."))
    assert ("Framework", "Paris Agreement") in typed(ex)
    assert has(ex, "Chile", "adopts", "Paris Agreement")


def test_an_acronym_with_a_lower_case_head_is_left_to_the_acronym():
    ex = run(
        news(
            "The survey is part of the Coastal Livelihoods and Safety (CLS) Programme.",
            "The CLS programme receives funding from Norway.",
        )
    )
    plans = {name for kind, name in typed(ex) if kind == "Plan"}
    assert plans == {"Coastal Livelihoods and Safety Programme"}


def test_a_meeting_named_by_a_quoted_title():
    ex = run(
        news(
            'On 3 May a two-day regional conference on "Building Partnerships to End Child Labour" '
            "was opened in Lima.",
            "The event is co-organised by UNICEF and the ILO.",
        )
    )
    assert ("Event", "Building Partnerships to End Child Labour") in typed(ex)
    assert has(
        ex, "United Nations Children's Fund", "participatesIn", "Building Partnerships to End Child Labour"
    )


def test_quoted_speech_after_a_meeting_is_no_title():
    ex = run(news('The Minister told the meeting "we must act now on this".'))
    assert not {t for t in typed(ex) if t[0] == "Event"}


def test_a_known_body_for_a_region_is_the_body():
    ex = run(news("Head of the International Labour Organization for South Asia, Ravi Menon, praised Nepal."))
    assert ("Organization", "International Labour Organization") in typed(ex)
    assert has(ex, "Ravi Menon", "represents", "International Labour Organization")


def test_a_body_whose_own_name_holds_for_keeps_it():
    ex = run(news("The International Organization for Migration for the Middle East opened an office."))
    assert ("Organization", "International Organization for Migration") in typed(ex)


def test_a_backer_written_into_an_adjective_is_no_name():
    ex = run(news("The EU-funded project began.", "The US-brokered agreement was signed by Sudan."))
    assert not {t for t in typed(ex) if t[0] in ("Plan", "Framework")}
    assert ("Country", "United States") in typed(ex)


def test_a_two_word_quoted_topic_is_no_meeting_title():
    ex = run(news('Thailand hosted a conference on "Migrant Workers".'))
    assert not {t for t in typed(ex) if t[0] == "Event"}
    ex = run(news('Thailand hosted a workshop titled "Fair Recruitment".'))
    assert ("Event", "Fair Recruitment") in typed(ex)


def test_a_body_meeting_named_with_a_lower_case_kind():
    ex = run(
        news("Australia announced the scheme at the 2019 Pacific Islands Forum leaders meeting in Apia.")
    )
    assert ("Event", "2019 Pacific Islands Forum leaders meeting") in typed(ex)
    ex = run(news("The Security Council meeting was tense."))
    assert not {t for t in typed(ex) if t[0] == "Event"}


def test_a_year_dates_a_programme_without_joining_its_name():
    ex = run(news("Ghana joined the 2026 Safe Roads programme."))
    assert ("Plan", "Safe Roads programme") in typed(ex)


def test_a_lower_case_head_before_a_bracket_is_left_to_the_bracket_rules():
    ex = run(news("Workers joined the Recognised Seasonal Employer scheme (2007) in Fiji."))
    assert ("Plan", "Recognised Seasonal Employer scheme") not in typed(ex)


def test_a_treaty_named_after_a_union_of_states():
    ex = by_rules(run(news("On 4 May, Fiji and Tonga signed the Vaka Union treaty, and made history.")))
    assert ("Framework", "Vaka Union treaty") in typed(ex)
    assert has(ex, "Fiji", "adopts", "Vaka Union treaty")
    for text in (
        "The European Union agreement was signed by Chile.",
        "The Ministry agreement was signed by Chile.",
    ):
        assert not {t for t in typed(run(news(text))) if t[0] == "Framework"}


def test_a_bill_with_a_lower_case_head_after_its_owner_s_possessive_is_a_framework():
    ex = run(news("Fiji's Climate Resilience bill, aimed at cutting emissions, passed its second reading."))
    assert ("Framework", "Climate Resilience bill") in typed(ex)
    ex = run(news("The Senate bill and the Kenyan bill both passed."))
    assert not [name for kind, name in typed(ex) if kind == "Framework"]


def test_a_project_named_after_under_needs_no_article():
    ex = run(news("Norway signed two grants worth 5 million euros under SAFIRA II project for returnees."))
    assert ("Plan", "SAFIRA II project") in typed(ex)
    ex = run(news("Workers recruited under Kafala scheme were denied wages."))
    assert not [name for kind, name in typed(ex) if kind == "Plan"]
    ex = run(news("Funds were spent under UNDP project rules."))
    assert not [name for kind, name in typed(ex) if kind == "Plan"]
