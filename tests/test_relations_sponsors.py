"""Sponsoring a resolution is backing it, the body adopts it (kg/extract/relation_sponsors.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_the_delegate_and_the_group_spoken_for_support_the_resolution_introduced():
    ex = by_rules(
        run(
            news(
                "Spain welcomed the resolution on the rights of domestic workers, which the Council adopted "
                "in March. Minister Ana Ruiz introduced the resolution to the Council on behalf of the "
                "Andean Group comprising Chile, Peru and Bolivia."
            )
        )
    )
    assert has(ex, "Ana Ruiz", "supports", "resolution on the rights of domestic workers")
    assert has(ex, "Andean Group", "supports", "resolution on the rights of domestic workers")


def test_a_state_tabling_or_steering_a_resolution_supports_and_does_not_adopt_it():
    ex = by_rules(run(news("Chile introduced the resolution on the rights of domestic workers.")))
    assert has(ex, "Chile", "supports", "resolution on the rights of domestic workers")
    assert not has(ex, "Chile", "adopts", "resolution on the rights of domestic workers")
    ex = by_rules(
        run(
            news(
                "Peru kept its lead on the matter, as it steers forward the resolution on the rights of "
                "domestic workers, which was adopted without a vote."
            )
        )
    )
    assert has(ex, "Peru", "supports", "resolution on the rights of domestic workers")
    assert not has(ex, "Peru", "adopts", "resolution on the rights of domestic workers")


def test_a_headline_leading_the_adoption_of_a_resolution_supports_it():
    ex = by_rules(
        run("Chile Leads Adoption of UN Resolution on the Rights of Domestic Workers\n\nIt passed.")
    )
    assert has(ex, "Chile", "supports", "UN Resolution on the Rights of Domestic Workers")
    assert not has(ex, "Chile", "adopts", "UN Resolution on the Rights of Domestic Workers")


def test_introducing_a_law_is_still_its_adoption_and_another_resolution_is_not_taken():
    ex = by_rules(run(news("Chile introduced the Domestic Workers Act of 2024 in the Congress.")))
    assert not has(ex, "Chile", "supports", "Domestic Workers Act of 2024")
    ex = by_rules(
        run(
            news(
                "Spain welcomed the resolution on the rights of domestic workers. Chile later tabled "
                "a resolution on climate finance."
            )
        )
    )
    assert not has(ex, "Chile", "supports", "resolution on the rights of domestic workers")


_ADOPTED = "The Security Council adopted resolution 2331 (2016). "


def test_the_resolution_introduced_on_behalf_of_a_group_is_backed_by_the_sponsor_and_the_group():
    ex = by_rules(run(news(_ADOPTED + "Spain introduced the resolution on behalf of the European Union.")))
    assert has(ex, "Spain", "supports", "resolution 2331")
    assert has(ex, "European Union", "supports", "resolution 2331")
    ex = by_rules(run(news(_ADOPTED + "Brazil tabled the resolution on behalf of the Core Group.")))
    assert has(ex, "Brazil", "supports", "resolution 2331")
    assert has(ex, "Core Group", "supports", "resolution 2331")


def test_a_group_another_speaker_speaks_for_does_not_back_the_resolution():
    for tail in (
        ", and Hungary, speaking on behalf of the European Union, said it would vote against it.",
        ", though Pakistan, on behalf of the OIC, presented amendments.",
        " despite objections from Russia on behalf of the Eastern Group.",
    ):
        ex = by_rules(run(news(_ADOPTED + "Egypt introduced the resolution" + tail)))
        assert has(ex, "Egypt", "supports", "resolution 2331")
        for group in ("European Union", "Organisation of Islamic Cooperation", "Eastern Group"):
            assert not has(ex, group, "supports", "resolution 2331")


def test_presenting_the_resolution_s_flaws_or_as_flawed_is_no_backing():
    for text in (
        "China opposed the resolution and presented the resolution's shortcomings to the press.",
        "Russia, which had threatened a veto, presented the resolution as flawed.",
        "Russia, which had threatened a veto, presented the resolution to the press.",
    ):
        ex = by_rules(run(news(_ADOPTED + text)))
        assert not has(ex, "China", "supports", "resolution 2331")
        assert not has(ex, "Russia", "supports", "resolution 2331")


def test_a_new_draft_resolution_is_not_the_one_named_before():
    ex = by_rules(run(news(_ADOPTED + "Russia later submitted a new draft resolution, which was rejected.")))
    assert not has(ex, "Russia", "supports", "resolution 2331")
    ex = by_rules(run(news(_ADOPTED + "Russia later submitted another resolution.")))
    assert not has(ex, "Russia", "supports", "resolution 2331")


def test_introducing_or_presenting_a_resolution_is_no_adoption_cue_but_a_law_or_plan_is_adopted():
    from kg.extract.cues import ADOPTS

    for words in (
        "introduced the draft resolution",
        "introduced resolution 2331",
        "presented its own resolution",
        "presented the UN resolution",
        "introducing a new draft resolution",
    ):
        assert ADOPTS.search(words) is None, words
    for words in (
        "introduced the Domestic Workers Act",
        "presented the National Plan",
        "introduced a new policy",
    ):
        assert ADOPTS.search(words) is not None, words
    ex = by_rules(run(news("Chile presented the UN Resolution on Domestic Workers to the Council.")))
    assert has(ex, "Chile", "supports", "UN Resolution on Domestic Workers")
    assert not has(ex, "Chile", "adopts", "UN Resolution on Domestic Workers")


def test_a_resolution_not_yet_tabled_or_tabled_by_neither_is_backed_by_nobody():
    for text in (
        "Chile has not yet tabled the resolution.",  # "not yet": once read as backing
        "Neither Chile nor Peru tabled the resolution.",  # once Peru's backing
        "Chile declined to table the resolution.",
    ):
        ex = by_rules(run(news("Spain welcomed the resolution on the rights of domestic workers. " + text)))
        assert not has(ex, "Chile", "supports", "resolution on the rights of domestic workers"), text
        assert not has(ex, "Peru", "supports", "resolution on the rights of domestic workers"), text
