"""One list of a meeting's common nouns (relation_wording.MEETING_NOUN) for the rules that read a meeting
named only by its noun: co-organisers, those it is organised with, and deeds at "the training"."""

from __future__ import annotations

import pytest
from extract_util import by_rules, has, news, run


@pytest.mark.parametrize("noun", ["summit", "retreat", "session"])
def test_a_meeting_held_jointly_with_others_by_any_of_its_nouns(noun):
    ex = by_rules(
        run(
            news(
                f"Peru is hosting a {noun} on labour migration in Lima. The {noun} will be held jointly "
                "with Chile and Ecuador."
            )
        )
    )
    assert has(ex, "Peru", "partnersWith", "Chile") and has(ex, "Peru", "partnersWith", "Ecuador")


@pytest.mark.parametrize("noun", ["ceremony", "assembly"])
def test_a_meeting_organised_in_co_operation_with_a_body_by_any_of_its_nouns(noun):
    ex = by_rules(
        run(
            news(f"Peru held its first {noun} in Lima. The {noun} was organized in co-operation with UNICEF.")
        )
    )
    assert has(ex, "Peru", "partnersWith", "United Nations Children")


@pytest.mark.parametrize("noun", ["assembly of evidence", "gathering of data"])
def test_a_noun_that_is_not_the_head_is_no_meeting_organised_with_others(noun):
    ex = by_rules(
        run(
            news(
                "Kenya hosted the Africa Migration Summit in Nairobi. "
                f"The {noun} was conducted in cooperation with Interpol."
            )
        )
    )
    assert not has(ex, "Kenya", "partnersWith", "International Criminal Police")


def test_a_meeting_of_officials_organised_in_co_operation_with_a_body():
    ex = by_rules(
        run(
            news(
                "Kenya hosted the Africa Migration Summit in Nairobi. "
                "The meeting of senior officials was organized in cooperation with Interpol."
            )
        )
    )
    assert has(ex, "Kenya", "partnersWith", "International Criminal Police")


@pytest.mark.parametrize("noun", ["workshop", "session", "meeting"])
def test_attending_the_meeting_named_before_by_any_of_its_nouns(noun):
    ex = by_rules(
        run(
            news(
                "The Regional Workshop on Victim Identification opened in Bangkok. "
                f"Thailand attended the {noun}."
            )
        )
    )
    assert has(ex, "Thailand", "participatesIn", "Regional Workshop on Victim Identification")


def test_attending_the_roundtable_named_before_by_its_noun():
    """A noun the one list added to the carried events (they lacked "roundtable")."""
    ex = by_rules(
        run(
            news(
                "The Regional Roundtable on Victim Identification opened in Bangkok. "
                "Thailand attended the roundtable."
            )
        )
    )
    assert has(ex, "Thailand", "participatesIn", "Regional Roundtable on Victim Identification")


@pytest.mark.parametrize(
    "second",
    [
        "Separately, Indonesia attended the training of border officials run by Australia.",
        "Indonesia attended the training.",
        "Officials from Indonesia and Nepal took part in the webinar.",
        "Indonesia and Nepal co-chaired the training.",
        "Indonesia joined the roundtable on skills.",
        "John Smith of Indonesia, who attended the webinar on recruitment fees, spoke to reporters.",
        "The training was facilitated by Indonesia and Nepal.",
        "Opening the training, the Minister of Labour of Indonesia, Jane Doe, said it mattered.",
    ],
)
def test_a_training_webinar_or_round_table_is_not_the_conference_named_before(second):
    ex = by_rules(
        run(news("The Bali Process Ministerial Conference was held in Adelaide in February.", second))
    )
    for who in ("Indonesia", "Nepal", "John Smith", "Jane Doe"):
        assert not has(ex, who, "participatesIn", "Bali Process")
