"""Issues referred to, not named, where an instrument addresses them: "this crime" after a verb of
fighting is the last issue named before it, when only one is in reach."""

from __future__ import annotations

import pytest
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


def test_a_practice_referred_back_with_two_harms_in_reach_is_neither() -> None:
    ex = run(
        news(
            "Forced labour and child labour remain widespread in the sector. "
            "The new Action Plan aims to end this practice."
        )
    )
    assert not any(
        r.predicate == "addresses" and "this practice" in r.evidence.sentence for r in ex.relations
    )


def test_every_verb_of_fighting_refers_back_and_lists_measures() -> None:
    # fight_words.FIGHTING, one list for the three rules: "reduce" is a verb of fighting here too
    for verb in ("end", "reduce"):
        ex = run(
            news(
                "Forced labour remains widespread in Laos.",
                f"A new National Action Plan aims to {verb} this crime.",
            )
        )
        assert has(ex, "National Action Plan", "addresses", "forced labour")
    for verb in ("reduce", "stop", "suppress"):
        ex = run(
            news(
                "Forced labour is widespread.",
                f"The minister highlighted the measures taken to {verb} forced labour, including the "
                "Clean Supply Campaign.",
            )
        )
        assert has(ex, "Clean Supply Campaign", "addresses", "forced labour")


@pytest.mark.parametrize("noun", ["prevention", "elimination", "reduction"])
def test_a_crime_after_a_noun_of_fighting_is_the_issue_named_before(noun: str) -> None:
    ex = run(
        news(
            "Forced labour remains widespread in Laos.",
            f"A new National Action Plan aims at the {noun} of this crime by 2030.",
        )
    )
    issue = next(e for e in ex.entities if e.label.lower() == "forced labour")
    assert "crime" in [m.text for m in issue.mentions]  # "this crime" is forced labour


@pytest.mark.parametrize("noun", ["prevention", "reduction", "suppression", "elimination", "eradication"])
def test_a_noun_of_fighting_refers_back_to_the_issue(noun: str) -> None:
    # fight_words.FIGHT_NOUN: the nouns of fighting with their object ("the prevention of this crime")
    ex = run(
        news(
            "Forced labour remains widespread in Laos.",
            f"The National Action Plan sets out measures for the {noun} of this crime.",
        )
    )
    assert has(ex, "National Action Plan", "addresses", "forced labour")
