"""Who acts when the nearest name is not the doer (kg/extract/actors.py, relation_ties.membership,
relation_wording.AT_LAUNCH): a trailing "X said" reports, a group one is ranked in ranks, a host of a
launch hosts."""

from __future__ import annotations

import pytest
from extract_util import by_rules, has, news, run


def test_a_trailing_speaker_reports_what_a_countrys_legislature_passed():
    ex = run(news("Ghana's parliament passed the Anti-Slavery Act, 2021, the Ministry of the Interior said."))
    assert not has(ex, "Ministry of the Interior", "adopts", "Anti-Slavery Act")


def test_a_trailing_speaker_still_acts_for_its_own_clause():
    ex = run(news("Ghana adopted the Anti-Slavery Act, 2021, the Ministry of the Interior said."))
    assert has(ex, "Ghana", "adopts", "Anti-Slavery Act")
    assert not has(ex, "Ministry of the Interior", "adopts", "Anti-Slavery Act")


def test_the_group_one_is_first_in_does_not_act():
    ex = run(news("Ghana became the first country in ECOWAS to ratify the Palermo Protocol."))
    assert has(ex, "Ghana", "adopts", "Protocol")
    assert not has(ex, "Economic Community of West African States", "adopts", "Protocol")
    assert has(ex, "Ghana", "memberOf", "Economic Community of West African States")
    assert not has(ex, "Ghana", "partnersWith", "Economic Community of West African States")


def test_the_group_named_before_its_members_word_does_not_act():
    ex = run(news("Togo became the second ECOWAS member to ratify the Palermo Protocol."))
    assert has(ex, "Togo", "adopts", "Protocol")
    assert not has(ex, "Economic Community of West African States", "adopts", "Protocol")


def test_a_body_named_later_is_no_group_of_the_first():
    ex = run(
        news(
            "Ghana became the first country in the region to ratify the Convention of the Council of "
            "Europe on Action against Trafficking in Human Beings."
        )
    )
    assert not has(ex, "Ghana", "memberOf", "Council of Europe")


def test_the_host_of_a_launch_does_not_launch():
    ex = run(news("IOM hosted the launch of Ghana's National Action Plan against Child Labour (2021-2025)."))
    assert has(ex, "Ghana", "adopts", "National Action Plan against Child Labour")
    assert not has(ex, "International Organization for Migration", "adopts", "National Action Plan")


def test_a_plural_owner_with_a_bare_apostrophe_is_no_subject():
    ex = run(
        news(
            "Kenya became the second state in Africa to back the United Nations’ drive against forced "
            "labour, formally ratifying the Protocol of 2014 to the Forced Labour Convention."
        )
    )
    assert has(ex, "Kenya", "adopts", "Protocol of 2014")
    assert not has(ex, "United Nations", "adopts", "Protocol of 2014")


def test_a_plural_name_without_an_apostrophe_still_acts():
    ex = run(news("The Philippines ratified the Protocol of 2014 to the Forced Labour Convention."))
    assert has(ex, "Philippines", "adopts", "Protocol of 2014")


@pytest.mark.parametrize(
    ("text", "owner", "speaker"),
    [
        ("Chile said the Philippines' government ratified the Palermo Protocol.", "Philippines", "Chile"),
        ("Chile said Kenya's government ratified the Palermo Protocol.", "Kenya", "Chile"),
        ("Peru noted that the Netherlands' parliament adopted the Paris Agreement.", "Netherlands", "Peru"),
    ],
)
def test_a_country_s_own_government_acts_for_it_not_the_speaker(text, owner, speaker):
    ex = run(news(text))
    item = "Paris Agreement" if "Paris" in text else "Protocol"
    assert has(by_rules(ex), owner, "adopts", item)
    assert not has(ex, speaker, "adopts", item)


def test_a_plural_possessor_s_government_acts():
    ex = by_rules(run(news("The Philippines' government ratified the Palermo Protocol in 2002.")))
    assert has(ex, "Philippines", "adopts", "Protocol")


@pytest.mark.parametrize("organ", ["senate", "legislature", "congress"])
def test_a_reported_state_organ_is_a_subject_of_its_own_not_the_speaker(organ):
    ex = run(news(f"Chile said the {organ} ratified the Palermo Protocol."))
    assert not has(ex, "Chile", "adopts", "Protocol")


@pytest.mark.parametrize(
    ("text", "country", "obj"),
    [
        (
            "Brazil said at the congress in Durban that it had ratified the Paris Agreement.",
            "Brazil",
            "Paris",
        ),
        (
            "Colombia announced to the legislature that it had adopted the National Development Plan.",
            "Colombia",
            "National Development Plan",
        ),
        ("Chile told the congress that it had signed the Palermo Protocol.", "Chile", "Protocol"),
        ("Chile said its senate ratified the Palermo Protocol.", "Chile", "Protocol"),
    ],
)
def test_a_state_organ_spoken_at_or_to_is_the_audience_not_the_subject(text, country, obj):
    assert has(by_rules(run(news(text))), country, "adopts", obj)


def test_a_state_organ_after_the_one_told_is_the_subject():
    ex = run(news("Chile told reporters the senate had ratified the Palermo Protocol."))
    assert not has(ex, "Chile", "adopts", "Protocol")


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_plural_possessor_s_support_with_either_apostrophe(apostrophe):
    ex = by_rules(run(news(f"The Netherlands{apostrophe} support for the Paris Agreement was welcomed.")))
    assert has(ex, "Netherlands", "supports", "Paris Agreement")
