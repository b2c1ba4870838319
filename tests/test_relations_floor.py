"""Taking part in a meeting the sentence does not name: the speakers whose statements a delegation
aligns with, countries represented at ministerial level, the host thanked for hosting "this meeting",
those who "will open the meeting", a person "who is also president of" an event."""

from __future__ import annotations

import pytest
from extract_util import has
from extract_util import run_titled as run

_DEBATE = "Security Council Open debate on “Food security and conflict”"


@pytest.mark.parametrize(
    "speaks_for",
    [
        "on behalf of",
        # cues.BEHALF: "speaking for" is "on behalf of" (the group spoken for is no speaker)
        "speaking for",
    ],
)
def test_the_speakers_of_the_statements_a_delegation_aligns_with_take_part(speaks_for: str) -> None:
    ex = run(
        f"{_DEBATE}\n\nStatement by Ambassador Lena Marovo, Permanent Representative\n\nMr. President,\n\n"
        f"My delegation aligns itself with the statements delivered today by Fiji {speaks_for} the Alliance "
        f"of Small Island States, Kiribati {speaks_for} the Pacific Islands Forum, and Tuvalu."
    )
    for speaker in ("Fiji", "Kiribati", "Tuvalu"):
        assert has(ex, speaker, "participatesIn", "Security Council Open debate")
    assert not has(ex, "Alliance of Small Island States", "participatesIn", "Security Council Open debate")


def test_a_statement_made_elsewhere_is_no_taking_part():
    ex = run(
        f"{_DEBATE}\n\nStatement by Ambassador Lena Marovo, Permanent Representative\n\nMr. President,\n\n"
        "Last month we read the statement made by Tuvalu on drought with great interest."
    )
    assert not has(ex, "Tuvalu", "participatesIn", "Security Council Open debate")


def test_countries_represented_at_ministerial_level_take_part_in_the_meeting_just_named():
    ex = run(
        "News\n\nThe Ninth Andean Forum on Labour Migration was held in Quito and attended by the ministers "
        "of Ecuador and Peru. Chile, Bolivia, and Colombia were represented at Ministerial Level."
    )
    for country in ("Chile", "Bolivia", "Colombia"):
        assert has(ex, country, "participatesIn", "Ninth Andean Forum")


def test_a_country_not_represented_at_that_level_is_not_read_so():
    ex = run(
        "News\n\nThe Ninth Andean Forum on Labour Migration was held in Quito and attended by the ministers "
        "of Ecuador and Peru. Chile was not represented at ministerial level."
    )
    assert not has(ex, "Chile", "participatesIn", "Ninth Andean Forum")


def test_the_government_thanked_for_hosting_this_meeting_takes_part():
    ex = run(
        "Remarks at the Second Regional Ministerial Conference on Drought and Mobility\n\n"
        "Excellencies,\n\nI will begin by thanking Botswana for its support and the Government of Zambia "
        "for hosting this meeting."
    )
    assert has(ex, "Zambia", "participatesIn", "Second Regional Ministerial Conference")
    assert not has(ex, "Botswana", "participatesIn", "Second Regional Ministerial Conference")


def test_those_who_will_open_the_meeting_take_part():
    ex = run(
        "News\n\nMinisters will gather in Lusaka at the Southern Dialogue on Labour Mobility in June.\n\n"
        "Zambia's President Hakainde Hichilema and Malawi's minister Nancy Tembo will open the meeting."
    )
    assert has(ex, "Hakainde Hichilema", "participatesIn", "Southern Dialogue on Labour Mobility")
    assert has(ex, "Nancy Tembo", "participatesIn", "Southern Dialogue on Labour Mobility")


def test_the_president_of_a_conference_takes_part_in_it():
    ex = run(
        'News\n\n"The fund is agreed," said Zambian Foreign Minister Mulambo Haimbe, who is also '
        "president of the COP41, at the closing session."
    )
    assert has(ex, "Mulambo Haimbe", "participatesIn", "COP41")


def test_the_president_of_a_body_is_not_read_as_presiding_a_meeting_he_praised():
    ex = run(
        "News\n\nMulambo Haimbe, who is president of the Zambia Red Cross Society, praised the Africa "
        "Climate Summit."
    )
    assert "Africa Climate Summit" in {e.label for e in ex.entities if e.type == "Event"}
    assert has(ex, "Mulambo Haimbe", "represents", "Zambia Red Cross Society")
    assert not has(ex, "Mulambo Haimbe", "participatesIn", "Africa Climate Summit")
