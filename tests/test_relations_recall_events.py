"""Participation that the first rules missed: a review presented to a forum ("this", "the next"),
the country in a clause under someone's speech, the thanked co-chairs who convened a meeting, and
the author of a "Statement by <role> at <Event>" headline, found by the role the text signs with."""

from __future__ import annotations

from extract_util import by_rules, has
from extract_util import run_titled as run


def test_a_review_presented_to_a_forum_is_participation():
    ex = run(
        "Review\n\nThe Government of Ghana presents this first Voluntary National Review to the "
        "High-level Political Forum on Sustainable Development."
    )
    assert has(ex, "Ghana", "participatesIn", "High-level Political Forum")


def test_the_presenter_in_reported_speech_takes_part_not_the_speaker():
    ex = run(
        "News\n\nMinister Jane Wanjiru said that Uganda would present its progress report to the next "
        "Regional Migration Review Forum."
    )
    assert has(ex, "Uganda", "participatesIn", "Regional Migration Review Forum")
    assert not has(ex, "Jane Wanjiru", "participatesIn", "Regional Migration Review Forum")


def test_the_thanked_co_chairs_convened_the_meeting():
    ex = run(
        "Statement\n\nWe thank Peru and Canada, the Co-Chairs of the Regional Conference on Migration "
        "and Refugee Protection in the Americas, for convening this Fourth Ministerial Meeting here."
    )
    assert has(ex, "Peru", "participatesIn", "Fourth Ministerial Meeting")
    assert has(ex, "Canada", "participatesIn", "Fourth Ministerial Meeting")


def test_the_author_of_a_statement_headline_takes_part_in_the_event():
    ex = run(
        "Statement by Ghana's Minister of Gender and Social Protection at the Third Accra Regional "
        "Dialogue on Child Labour\n"
        "Excellencies,\n\nGhana remains committed to ending child labour.\n\n"
        "Akosua Mensah, Minister of Gender and Social Protection of Ghana\n"
    )
    assert has(ex, "Akosua Mensah", "participatesIn", "Third Accra Regional Dialogue")


def test_a_headline_event_keeps_its_full_name_over_the_text_s_shorter_one():
    ex = run(
        "Statement by Fiji's Minister of Employment at the Fifth Pacific Labour Mobility Summit\n"
        "Excellencies,\n\nWe thank Samoa for hosting this Fifth Labour Mobility Summit.\n"
    )
    events = {e.label for e in ex.entities if e.type == "Event"}
    assert "Fifth Pacific Labour Mobility Summit" in events
    assert "Fifth Labour Mobility Summit" not in events


def test_chairing_or_opening_a_meeting_is_taking_part():
    ex = run("News\n\nChile and Uruguay will co-chair the Southern Conference on Migration in 2028.")
    assert has(ex, "Chile", "participatesIn", "Southern Conference on Migration")
    assert has(ex, "Uruguay", "participatesIn", "Southern Conference on Migration")


def test_a_fronted_opening_clause_is_the_named_speaker_s_participation():
    ex = run(
        "News\n\nThe General Assembly held a high-level meeting on road safety on Monday. "
        "Opening the meeting, Maria Lopez, President of the General Assembly, said deaths had risen."
    )
    assert has(ex, "Maria Lopez", "participatesIn", "high-level meeting")


def test_money_pledged_for_the_implementation_of_a_plan_is_support_not_implementation():
    ex = run(
        "News\n\nNorway pledged 3 million dollars for the implementation of the Global Action Plan on Water."
    )
    assert has(ex, "Norway", "supports", "Global Action Plan on Water")
    assert not has(ex, "Norway", "implements", "Global Action Plan on Water")


def test_telling_a_summit_is_taking_part():
    ex = run("News\n\nMinister Paul Otieno told the Nairobi Labour Mobility Summit that wages must rise.")
    assert has(ex, "Paul Otieno", "participatesIn", "Nairobi Labour Mobility Summit")


def test_only_the_event_met_at_is_where_the_speaker_was():
    # the Declaration was endorsed at the Congress; the speaker only refers to it
    ex = run(
        "News\n\nMr. Ivan Petrov said the Lima Declaration, endorsed at the 14th Crime Congress, and the "
        "follow-up to the Seventh Session of the Conference of States Parties were priorities."
    )
    assert not has(ex, "Ivan Petrov", "participatesIn", "14th Crime Congress")
    assert not has(ex, "Ivan Petrov", "participatesIn", "Seventh Session")
    there = run("News\n\nMr. Ivan Petrov said so on the sidelines of the 14th Crime Congress in Kyoto.")
    assert has(there, "Ivan Petrov", "participatesIn", "14th Crime Congress")
    segment = run("News\n\nMr. Ivan Petrov spoke at the high-level segment of the Tenth Regional Summit.")
    assert has(segment, "Ivan Petrov", "participatesIn", "Tenth Regional Summit")


def test_a_possessive_before_the_event_met_at():
    ex = run("News\n\nMr. Ivan Petrov said at the Council’s 59th Session that wages must rise.")
    assert has(ex, "Ivan Petrov", "participatesIn", "59th Session")


def test_joining_a_named_event_is_taking_part_joining_a_body_is_membership():
    ex = by_rules(run("News\n\nUNHCR and IOM joined the Global Refugee Forum in Geneva."))
    assert has(
        ex, "Office of the United Nations High Commissioner for Refugees", "participatesIn", "Global Refugee"
    )
    assert has(ex, "International Organization for Migration", "participatesIn", "Global Refugee Forum")
    ex = by_rules(run("News\n\nKenya joined the Global Alliance to End Child Labour."))
    assert has(ex, "Kenya", "memberOf", "Global Alliance") and not has(
        ex, "Kenya", "participatesIn", "Global"
    )


def test_not_attending_hosting_or_joining_a_meeting_is_no_participation():
    for verb in ("did not attend", "has not hosted", "did not join", "declined to attend"):
        ex = by_rules(run(f"News\n\nKenya {verb} the Khartoum Process Senior Officials Meeting."))
        assert not has(ex, "Kenya", "participatesIn", "Khartoum Process"), verb
