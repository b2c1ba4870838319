"""A that-clause with a subject of its own, a name no actor of the text, is not the speaker's act
(kg/extract/actors.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_speaker_does_not_act_in_a_clause_with_its_own_subject():
    ex = by_rules(
        run(
            news(
                "Minister Lena Okafor opened the forum.",
                "She told delegates that Oceania was the first region to domesticate the Paris Agreement by "
                "adopting the Pacific Resilience Programme.",
            )
        )
    )
    assert not has(ex, "Lena Okafor", "adopts", "Paris Agreement")
    assert not has(ex, "Lena Okafor", "adopts", "Pacific Resilience Programme")


def test_the_speaker_still_acts_where_the_clause_is_hers_or_her_governments():
    ex = by_rules(
        run(
            news(
                "Minister Lena Okafor of Ghana opened the forum.",
                "She said that she welcomed the Paris Agreement.",
                "She told delegates that her Government had adopted the Pacific Resilience Programme.",
            )
        )
    )
    assert has(ex, "Lena Okafor", "supports", "Paris Agreement")
    assert has(ex, "Ghana", "adopts", "Pacific Resilience Programme")
