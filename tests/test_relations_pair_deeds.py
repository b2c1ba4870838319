"""Two actors named as one subject of a deed they share ("Algeria and Italy reached an agreement",
"Egypt and Jordan issued a joint statement", "are working together"), one actor's verb of working
with another ("collaborates with", "renewed its agreement with"), and ties turned down ("rejected
cooperation with"): kg/extract/cues.py, relation_ties.py. Texts written for these tests."""

from __future__ import annotations

import pytest
from extract_util import by_rules, news, partners, run


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Algeria and Italy reached an agreement on gas supplies.", "Algeria", "Italy"),
        ("Nepal and India exchanged a memorandum of understanding on hydropower.", "Nepal", "India"),
        ("Egypt and Jordan issued a joint statement on regional security.", "Egypt", "Jordan"),
        (
            "Indonesia and Australia signed a joint declaration on maritime cooperation.",
            "Indonesia",
            "Australia",
        ),
        ("Costa Rica and Spain forged a new partnership on renewable energy.", "Costa Rica", "Spain"),
        (
            "Norway and Indonesia have a long-standing partnership on forest protection.",
            "Norway",
            "Indonesia",
        ),
        ("Estonia and Latvia are working together on a shared cyber defence centre.", "Estonia", "Latvia"),
        ("Peru and Bolivia will jointly implement the lake management plan.", "Peru", "Bolivia"),
        ("The Philippines collaborates with Japan on coast guard modernisation.", "Philippines", "Japan"),
        ("Lesotho renewed its water agreement with South Africa.", "Lesotho", "South Africa"),
    ],
)
def test_a_shared_deed_or_a_verb_of_working_with_makespartners(text: str, a: str, b: str) -> None:
    assert partners(by_rules(run(news(text))), a, b)


def test_two_co_leads_of_a_body_arepartners() -> None:
    ex = by_rules(run(news("UNICEF and UNESCO co-led the consultations.")))
    assert partners(
        ex,
        "United Nations Children's Fund",
        "United Nations Educational, Scientific and Cultural Organization",
    )


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Cuba rejected cooperation with the United States on migration.", "Cuba", "United States"),
        ("Ghana suspended its partnership with Togo.", "Ghana", "Togo"),
        ("Chile ended its cooperation with Bolivia in 2019.", "Chile", "Bolivia"),
        # each with a third, not with one another
        ("Kenya and Uganda reached agreements with Tanzania on the railway.", "Kenya", "Uganda"),
        ("Kenya and Uganda have a partnership with the European Union on trade.", "Kenya", "Uganda"),
        ("India and Pakistan have not reached an agreement on the water dispute.", "India", "Pakistan"),
        ("Brazil and Argentina co-led opposing coalitions at the conference.", "Brazil", "Argentina"),
        # near-misses: apart, at odds, a place, a headline in Title Case
        ("China and India differ on the boundary question.", "China", "India"),
        ("Greece and Turkey traded accusations over migrant pushbacks.", "Greece", "Turkey"),
        ("Iraq and Syria both suffered severe droughts this year.", "Iraq", "Syria"),
        ("Farmers in Kenya and Uganda reached an agreement with the buyers.", "Kenya", "Uganda"),
        ("Armenia And Azerbaijan Trade Fire Along Border", "Armenia", "Azerbaijan"),
    ],
)
def test_a_tie_refused_a_third_party_or_a_quarrel_makes_nopartners(text: str, a: str, b: str) -> None:
    assert not partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Thailand and Laos have agreed to establish a joint task force on drug trafficking.",
            "Thailand",
            "Laos",
        ),
        (
            "ECOWAS and the African Union will hold joint consultations on Mali.",
            "Economic Community of West African States",
            "African Union",
        ),
        ("Singapore and Malaysia renewed their water agreement.", "Singapore", "Malaysia"),
        ("Bangladesh and Japan elevated their ties to a strategic partnership.", "Bangladesh", "Japan"),
        ("Nigeria and Ghana pledged closer collaboration on trade.", "Nigeria", "Ghana"),
        (
            "Indonesia and Malaysia have been working jointly on palm oil sustainability.",
            "Indonesia",
            "Malaysia",
        ),
        (
            "In a joint effort with UNICEF, Nepal vaccinated 1.2 million children.",
            "Nepal",
            "United Nations Children's Fund",
        ),
        (
            "The programme is jointly implemented by UNDP and the Government of Fiji.",
            "United Nations Development Programme",
            "Fiji",
        ),
    ],
)
def test_a_joint_body_a_renewed_instrument_or_a_joint_effort_makespartners(text: str, a: str, b: str) -> None:
    assert partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Farmers in Kenya and Uganda held a joint protest against the tax.", "Kenya", "Uganda"),
        ("Officials from Kenya and Uganda held separate meetings with the IMF.", "Kenya", "Uganda"),
        ("Kenya And Uganda Hold Joint Talks On Trade", "Kenya", "Uganda"),
        ("France and Germany launched joint criticism of the budget plan.", "France", "Germany"),
        (
            "President Ruto of Kenya and President Museveni of Uganda co-chaired opposing blocs.",
            "Kenya",
            "Uganda",
        ),
    ],
)
def test_places_officials_and_opposing_blocs_make_no_jointpartners(text: str, a: str, b: str) -> None:
    assert not partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a negation, another verb or another noun between the deed's verb and its noun
        ("Kenya and Uganda have no partnership on the pipeline.", "Kenya", "Uganda"),
        ("Kenya and Uganda have ended the partnership led by the World Bank.", "Kenya", "Uganda"),
        ("Kenya and Uganda have joined the partnership led by the World Bank.", "Kenya", "Uganda"),
        ("India and China reached no agreement on the border.", "India", "China"),
        ("Ethiopia and Egypt exchanged views on agreements on the dam.", "Ethiopia", "Egypt"),
        ("Germany renewed its call for an agreement with Iran.", "Germany", "Iran"),
        # "exchange" a noun; the agreement's noun not the head of its phrase
        ("Kenya and Uganda criticised the currency exchange agreement.", "Kenya", "Uganda"),
        ("Kenya and Uganda praised their prisoner-exchange agreement.", "Kenya", "Uganda"),
        ("Kenya and Uganda reached the agreement deadline without a deal.", "Kenya", "Uganda"),
        ("Kenya and Uganda reached agreement that the proposal should be rejected.", "Kenya", "Uganda"),
        # a deed urged, proposed or given up
        ("The UN urged Kenya and Somalia to hold joint consultations.", "Kenya", "Somalia"),
        ("Kenya proposed that Somalia and Ethiopia hold joint patrols.", "Somalia", "Ethiopia"),
        ("Kenya and Uganda abandoned plans to launch joint patrols.", "Kenya", "Uganda"),
        # a person is no partner of a country by a shared deed
        ("Prime Minister Modi and Japan issued a joint statement.", "Modi", "Japan"),
        # a truce ends a fight; a review of texts is no tie
        ("Kenya and Uganda signed a ceasefire agreement.", "Kenya", "Uganda"),
        ("Ethiopia and Eritrea reached a peace agreement.", "Ethiopia", "Eritrea"),
        ("Armenia and Azerbaijan reaffirmed their ceasefire agreement.", "Armenia", "Azerbaijan"),
        ("Kenya and Uganda reviewed their agreements.", "Kenya", "Uganda"),
        # signers for others, trading partners, a question
        ("The agreement was signed by Kenya and Uganda as witnesses.", "Kenya", "Uganda"),
        ("The agreement was signed by Qatar and the United States as mediators.", "Qatar", "United States"),
        ("China is the largest trading partner of Kenya.", "China", "Kenya"),
        ("Kenya's trading partners include China and India.", "Kenya", "China"),
        ("Analysts asked whether Mexico is a partner of Canada.", "Mexico", "Canada"),
        # a tie denied, stopped or held against one
        ("Rwanda denied collaborating with UNICEF.", "Rwanda", "United Nations Children's Fund"),
        ("Rwanda stopped collaborating with UNICEF.", "Rwanda", "United Nations Children's Fund"),
        ("Kenya warned Sudan against collaborating with Russia.", "Sudan", "Russia"),
        ("Ethiopia accused Eritrea of collaborating with Egypt.", "Eritrea", "Egypt"),
    ],
)
def test_a_deed_denied_urged_of_others_or_of_a_truce_makes_nopartners(text: str, a: str, b: str) -> None:
    assert not partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a truce, a failed or proposed instrument, a noun that is not the head
        ("The Armenia-Azerbaijan ceasefire agreement held.", "Armenia", "Azerbaijan"),
        ("Talks on a Kenya-Uganda pipeline agreement collapsed.", "Kenya", "Uganda"),
        ("There is no Armenia-Azerbaijan peace agreement yet.", "Armenia", "Azerbaijan"),
        ("Kenya rejected a proposed Uganda-Tanzania trade agreement.", "Uganda", "Tanzania"),
        ("The US-China trade war agreement talks stalled.", "United States", "China"),
    ],
)
def test_a_dashed_truce_failed_or_proposed_instrument_makes_nopartners(text: str, a: str, b: str) -> None:
    assert not partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The EU-Turkey deal on migrants was signed.", "European Union", "Turkey"),
        ("The Kenya-Uganda pipeline agreement was signed.", "Kenya", "Uganda"),
        ("India and China reached a trade deal.", "India", "China"),
        ("Kenya and Uganda reached agreement on trade.", "Kenya", "Uganda"),
        ("Kenya and Uganda have a long-standing partnership.", "Kenya", "Uganda"),
        ("Ethiopia and Egypt exchanged memoranda on the dam.", "Ethiopia", "Egypt"),
        ("Armenia and Azerbaijan reviewed their cooperation.", "Armenia", "Azerbaijan"),
    ],
)
def test_a_shared_instrument_named_plainly_still_makespartners(text: str, a: str, b: str) -> None:
    assert partners(by_rules(run(news(text))), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Asked about the drought, Kenya and Uganda launched a joint task force on Monday.",
            "Kenya",
            "Uganda",
        ),
        ("The MoU was signed by Kenya and Uganda on Monday.", "Kenya", "Uganda"),
        ("Kenya and Uganda renewed their MoU on fisheries.", "Kenya", "Uganda"),
    ],
)
def test_a_question_before_the_clause_or_an_mou_in_capitals_keeps_thepartners(
    text: str, a: str, b: str
) -> None:
    assert partners(by_rules(run(news(text))), a, b)


def test_the_trading_partners_of_a_country_are_nopartners() -> None:
    ex = run(news("The trading partners of Zambia, such as China and India, raised tariffs."))
    assert not partners(ex, "Zambia", "China")
