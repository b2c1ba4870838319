"""Markdown: which runs in angle brackets are tags, and which front matter key gives the date.

Before the fix Jekyll's "published: true" above "date: 2023-07-16" gave no date (the "published"
key matched first and its value is no date), and tags of elements missing from the list of HTML
elements ("<big>", "<svg>", "<nobr>", MDX's "<Callout type="info">") stayed in the text.
"""

from __future__ import annotations

import pytest

from kg.sources.markdown import parse_text, strip_markdown


@pytest.mark.parametrize(
    "front",
    [
        "published: true\ndate: 2024-03-05",
        "date: 2024-03-05\npublished: true",
        "published: false\npubDate: 2024-03-05",
        "published: 2024-03-05",
    ],
)
def test_a_key_whose_value_is_no_date_does_not_win(front):
    parsed = parse_text(f"---\ntitle: T\n{front}\n---\n\nNorland signed the Accord.\n", name="a.md")
    assert parsed.date == "2024-03-05"


@pytest.mark.parametrize(
    "markup",
    [
        "<big>Norland</big> signed",
        "<nobr>Norland</nobr> signed",
        '<svg width="10"><circle r="4"/></svg>Norland signed',
        '<Callout type="info">Norland</Callout> signed',
        "<Note>Norland</Note> signed",
        "<Aside />Norland signed",
        "<fancy-box mode=dark>Norland</fancy-box> signed",
        "<memo>Norland</memo> signed",
        "<details open>Norland</details> signed",
    ],
)
def test_tags_of_any_element_or_component_go(markup):
    assert strip_markdown(f"{markup} the Accord.") == "Norland signed the Accord."


@pytest.mark.parametrize(
    "words",
    [
        "States should <not punish them> for it.",
        "It calls for <time-bound targets>.",
        "States must <a victim-centred approach> take.",
        "Do <stop the abuse> now.",
    ],
)
def test_words_in_angle_brackets_stay(words):
    assert strip_markdown(words) == words
