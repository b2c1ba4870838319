"""Issues referred to, not named, where an instrument addresses them: "this crime" after a verb of
fighting is the last issue named before it; "the issues of A, B and C" names issues."""

from __future__ import annotations

from extract_util import has, news, run


def test_a_crime_referred_back_is_the_issue_named_before() -> None:
    ex = run(
        news(
            "Laos, a major source country for forced labour, on Monday adopted the National Action Plan "
            "to eliminate the exploitative practice."
        )
    )
    assert has(ex, "National Action Plan", "addresses", "forced labour")
    ex = run(
        news(
            "Forced labour remains widespread in Laos.", "A new National Action Plan aims to end this crime."
        )
    )
    assert has(ex, "National Action Plan", "addresses", "forced labour")


def test_a_practice_not_fought_or_with_no_issue_in_reach_is_left_alone() -> None:
    ex = run(
        news(
            "Forced labour remains widespread in Laos.",
            "The minister said the National Action Plan would change the practice of law.",
        )
    )
    assert not has(ex, "National Action Plan", "addresses", "forced labour")
    far = run(
        news(
            "Forced labour remains widespread in Laos.",
            "Rice exports grew in 2023.",
            "The National Action Plan aims to end this practice.",
        )
    )
    assert not has(far, "National Action Plan", "addresses", "forced labour")


def test_the_issues_of_a_list_are_issues_the_one_framework_addresses() -> None:
    ex = run(
        news(
            "At the summit, Pacific leaders endorsed a Regional Framework on Labour Mobility.",
            "This agreement is the first to address the issues of coastal erosion, displacement, and "
            "planned relocation comprehensively.",
        )
    )
    assert has(ex, "Regional Framework on Labour Mobility", "addresses", "planned relocation")
    assert has(ex, "Regional Framework on Labour Mobility", "addresses", "coastal erosion")


def test_the_issues_of_the_day_are_no_issues() -> None:
    ex = run(
        news(
            "Ministers endorsed the Regional Framework on Labour Mobility and discussed the issues of the "
            "day and the questions of Pacific trade and tourism."
        )
    )
    assert not [e for e in ex.entities if e.type == "Issue"]


def test_a_law_providing_for_the_victims_of_a_harm_addresses_it() -> None:
    ex = run(
        news(
            "Law No. 20451, among other aspects, establishes effective means for the compensation of "
            "victims of forced labour."
        )
    )
    assert has(ex, "Law No. 20451", "addresses", "forced labour")
    other = run(
        news("Law No. 20451 establishes a fund for farmers, while victims of forced labour still wait.")
    )
    assert not has(other, "Law No. 20451", "addresses", "forced labour")


def test_a_decision_addresses_what_the_body_did_by_it() -> None:
    ex = run(
        news(
            "Adopting resolution 2388 (2017) unanimously, the Security Council extended the authorization, "
            "first established by resolution 2331 (2016), for States to inspect vessels suspected of being "
            "used for human trafficking or migrant smuggling."
        )
    )
    for resolution in ("resolution 2388", "resolution 2331"):
        for issue in ("human trafficking", "migrant smuggling"):
            assert has(ex, resolution, "addresses", issue)
    ex = run(
        news("Issuing presidential statement PRST/2019/3 in its meeting on forced labour, the Council acted.")
    )
    assert has(ex, "PRST/2019/3", "addresses", "forced labour")


def test_a_concern_beside_the_decision_is_not_its_scope() -> None:
    ex = run(
        news(
            "Adopting resolution 2388 (2017), the Security Council extended the mission's mandate, while "
            "expressing concern about human trafficking."
        )
    )
    assert not has(ex, "resolution 2388", "addresses", "human trafficking")


def test_instruments_listed_as_the_actions_against_a_harm_address_it() -> None:
    ex = run(
        news(
            "Forced labour is widespread.",
            "The minister highlighted the actions that have been undertaken to combat this crime, including "
            "the creation of the National Plan against Forced Labour and the Clean Supply Campaign.",
        )
    )
    assert has(ex, "Clean Supply Campaign", "addresses", "forced labour")


def test_a_call_including_a_means_is_no_list_of_measures() -> None:
    ex = run(
        news(
            "The minister urged States to combat forced labour, including by ratifying new laws, and praised "
            "the Clean Supply Campaign."
        )
    )
    assert not has(ex, "Clean Supply Campaign", "addresses", "forced labour")
