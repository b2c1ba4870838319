"""A hard-wrapped text whose lines mostly open with a capital or a bracket is still wrapped.

Before the fix a text counted as wrapped only when a quarter of its cut lines went on in lower
case: a release wrapped at 74 columns whose breaks fell before names ("Minister of Public⏎Security
Tiran Alles"), acronyms and periods ("(2021-2025) together with") was read line by line, and
"Tiran Alles" was lost. Its prose runs across the breaks: sentences end inside lines.
"""

from __future__ import annotations

from kg.extract import extract
from kg.soft_breaks import unwrap
from kg.sources import load_text

LINES = [
    "NORLAND, 12 May 2024 - Norland launched its National Strategic Action Plan",
    "(2021-2025) together with the International Organization for Migration",
    "(IOM), the Norland Bureau of Foreign Employment and the United Nations",
    "Office on Drugs and Crime. Speaking at the event, the Minister of Public",
    "Security Tomas Berg said Norland would protect victims of trafficking.",
    "The Plan was drafted by the National Anti-Human Trafficking Task Force,",
    "UNODC Regional Representative Ana Lind said. IOM Chief of Mission Raj",
    "Thapa welcomed the Plan and said IOM would support the Norland Police.",
]


def _persons(text: str) -> set[str]:
    return {e.label for e in extract(load_text(text, location="r.txt")).entities if e.type == "Person"}


def test_lines_cut_at_one_width_before_capitals_are_one_paragraph():
    text = "\n".join(LINES) + "\n"
    assert all(66 <= len(line) <= 76 for line in LINES)
    flat = unwrap(text)
    assert "Minister of Public Security Tomas Berg" in flat and "Mission Raj Thapa" in flat
    assert "Plan (2021-2025) together" in flat and "Migration (IOM)" in flat
    assert {"Tomas Berg", "Raj Thapa"} <= _persons(text)
    assert _persons(text) == _persons(" ".join(LINES))


def test_a_list_of_one_length_without_sentences_across_lines_keeps_its_breaks():
    text = (
        "Participants in the dialogue on labour migration and fair recruitment\n"
        "Mr Tomas Berg, Head of Cooperation, Delegation of the European Union\n"
        "Ms Ana Lind, President, Lumbini Migrant Workers Association (LMWA)\n"
        "Mr Raj Thapa, Joint Secretary, Ministry of Labour and Employment, Nepal\n"
        "Dr. Jane Doe, Senior Adviser, International Labour Organization (ILO)\n"
    )
    assert unwrap(text) == text
