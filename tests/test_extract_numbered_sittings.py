"""A yearly body named with its number is that year's sitting, an event; a numbered legislature is not."""

from __future__ import annotations

import pytest
from extract_util import cues, run, typed


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ghana spoke at the 72nd United Nations General Assembly.", "72nd United Nations General Assembly"),
        (
            "Nepal addressed the 110th International Labour Conference.",
            "110th International Labour Conference",
        ),
        ("Kenya attended the 77th World Health Assembly in Geneva.", "77th World Health Assembly"),
    ],
)
def test_a_numbered_yearly_body_is_an_event_its_speakers_take_part_in(text: str, event: str) -> None:
    extraction = run(text)
    assert ("Event", event) in typed(extraction)
    assert [what for _who, what in cues(extraction, "participatesIn")] == [event]


def test_the_presidency_or_a_resolution_of_a_numbered_assembly_is_no_event() -> None:
    text = "Kenya supported the 78th General Assembly President and the 76th General Assembly resolution."
    assert not any(kind == "Event" for kind, _label in typed(run(text)))


def test_a_numbered_assembly_that_acts_or_owns_a_text_is_the_body() -> None:
    plan = "United Nations Global Plan of Action to Combat Trafficking in Persons"
    acts = run(f"The 72nd United Nations General Assembly adopted the {plan}.")
    assert cues(acts, "adopts") == {("United Nations General Assembly", plan): "adopted"}
    owned = run("Resolution 72/1 of the 72nd United Nations General Assembly was co-sponsored by Nigeria.")
    assert not any(kind == "Event" for kind, _label in typed(owned))
