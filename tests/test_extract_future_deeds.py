"""An adoption still to come is no adoption, however the pair model reads the verb; a deed done stays."""

from __future__ import annotations

import pytest
from extract_util import has, run


@pytest.mark.parametrize(
    ("text", "actor", "item"),
    [
        (
            "Myanmar is set to launch the National Strategy on Youth next month.",
            "Myanmar",
            "National Strategy",
        ),
        (
            "The Government of Somalia will launch the National Development Plan 10 in January.",
            "Somalia",
            "National Development Plan",
        ),
        (
            "Guatemala is due to validate the National Policy on Food Security in March.",
            "Guatemala",
            "National Policy",
        ),
        (
            "Ahead of the upcoming launch of the National Migration Policy, Ethiopia met donors.",
            "Ethiopia",
            "National Migration Policy",
        ),
    ],
)
def test_an_adoption_still_to_come_gives_no_adoption(text: str, actor: str, item: str) -> None:
    x = run(text)
    assert not has(x, actor, "adopts", item)
    assert not has(x, actor, "implements", item)


@pytest.mark.parametrize(
    ("text", "actor", "item"),
    [
        (
            "Tanzania has operationalised the National Plan of Action to End Violence Against Women and "
            "Children, which will run until 2026.",
            "Tanzania",
            "National Plan of Action",
        ),
        (
            "Showing political will to act, India notified the Digital Personal Data Protection Act in July.",
            "India",
            "Digital Personal Data Protection Act",
        ),
    ],
)
def test_a_deed_done_stays_beside_other_future_or_will(text: str, actor: str, item: str) -> None:
    x = run(text)
    assert has(x, actor, "adopts", item) or has(x, actor, "implements", item)
