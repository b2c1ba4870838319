"""An actor set off as the president, chair or host of a meeting takes part in it; "in its capacity as
Chair of" a body makes it a member; names with "el-" or "al-" inside (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_util import has
from extract_util import run_titled as run


@pytest.mark.parametrize(
    "text, actor, event",
    [
        (
            "Chile, as President of the Fifth Conference of the Parties, opened the session in Santiago.",
            "Chile",
            "Fifth Conference of the Parties",
        ),
        (
            "The ministers thanked Ghana in its capacity as host of the West African Migration Summit.",
            "Ghana",
            "West African Migration Summit",
        ),
        (
            "Egypt, in its role as the incoming Chair of the Sharm el-Sheikh Climate Change Conference, "
            "presented its priorities.",
            "Egypt",
            "Sharm el-Sheikh Climate Change Conference",
        ),
    ],
)
def test_an_actor_set_off_as_a_meetings_president_takes_part_in_it(text: str, actor: str, event: str) -> None:
    assert has(run("Meeting\n\n" + text), actor, "participatesIn", event)


def test_a_president_of_a_body_or_of_a_country_is_no_meeting_participation() -> None:
    ex = run(
        "Visit\n\nChile welcomed Ana Ruiz as President of the Regional Conference on Migration. Peru, as "
        "President of the Andean Community, met the delegation at the Lima Migration Dialogue."
    )
    assert not has(ex, "Chile", "participatesIn", "Regional Conference on Migration")
    assert not has(ex, "Peru", "participatesIn", "Lima Migration Dialogue")


def test_a_country_in_its_capacity_as_chair_of_a_body_is_a_member() -> None:
    ex = run(
        "Forum\n\nThe ministers thanked Samoa, in its capacity as Chair of the Pacific Islands Forum, for "
        "hosting the talks."
    )
    assert has(ex, "Samoa", "memberOf", "Pacific Islands Forum")


@pytest.mark.parametrize(
    "text, actor, event",
    [
        ("Brazil will take over from Azerbaijan as President of COP30 in November.", "Azerbaijan", "COP30"),
        ("Kenya replaced Egypt as Chair of the Africa Climate Summit.", "Egypt", "Africa Climate Summit"),
        ("Egypt, not Kenya, as host of COP27, welcomed the delegations.", "Kenya", "COP27"),
        (
            "France, as President of the Council, refused to attend the Security Council Summit.",
            "France",
            "Security Council Summit",
        ),
    ],
)
def test_a_former_holder_a_rejected_one_or_a_body_is_not_the_meetings_president(
    text: str, actor: str, event: str
) -> None:
    assert not has(run("Meeting\n\n" + text), actor, "participatesIn", event)


def test_a_particle_after_a_whole_name_opens_another_name() -> None:
    ex = run("Fund\n\nThe Islamic Development Bank al-Aqsa Fund supported Jordan.")
    assert "Islamic Development Bank" in {e.label for e in ex.entities}


def test_a_president_of_a_meeting_in_lower_case_takes_part_in_it() -> None:
    ex = run("Talks\n\nEgypt, as president of the 27th Conference of the Parties, opened the talks.")
    assert has(ex, "Egypt", "participatesIn", "27th Conference of the Parties")
