"""A list of one length whose every line holds a stop inside it is not a wrapped paragraph.

Before the fix a sentence's end inside a line ("… Secretary. Ministry of …") counted as prose
running across the break, and a list of people with their roles and bodies, of addresses with a
phone number, or of headlines with their source, each line cut near one width, was joined into
one paragraph: each person took the body on the line before.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.soft_breaks import unwrap
from kg.sources import load_text

PEOPLE = (
    "Members of the Regional Advisory Board on Ocean Affairs\n\n"
    "Chairperson Tomas Berg, Cabinet Secretary. Ministry of Fisheries and Blue Economy\n"
    "Ambassador Ana Lind, Principal Secretary. Ministry of Foreign Affairs of Norland\n"
    "Commissioner Raj Thapa, Chairperson. Norland National Commission on Coastal Rights\n"
    "Director-General Jane Holm, Head. Department of Maritime Safety and Ports\n"
    "Representative Omar Wells, Chief of Mission. Regional Organization for the Sea\n"
)
ADDRESSES = (
    "Directory of agencies\n\n"
    "Ministry of Fisheries and Blue Economy, Harbour House, Port Alva. Tel: 020 2729800\n"
    "Department of Maritime Safety, Quay Building, Dock Avenue, Port Alva. Tel: 020 222022\n"
    "Regional Organization for the Sea, Lagoon Court, off Reef Crescent. Tel: 020 4221000\n"
    "Directorate of Coastal Investigations, Cliff Road, Port Alva, Norland. Tel: 020 334331\n"
    "National Coast Guard, Beacon House, Lighthouse Avenue, Port Alva. Tel: 020 341411\n"
)
HEADLINES = (
    "Weekly news digest\n\n"
    "Norland ratifies the Convention on Coastal Fisheries after debate. Source: OCEANWIRE\n"
    "Estland launches National Action Plan on Marine Protected Areas. Source: NEWSDESK\n"
    "Sudland adopts the National Blue Economy Policy for the year 2024. Source: GAZETTE\n"
    "Westmark lifts ban on deep-sea trawling in its Northern Waters. Source: THE TIMES\n"
)


@pytest.mark.parametrize("text", [PEOPLE, ADDRESSES, HEADLINES], ids=["people", "addresses", "headlines"])
def test_a_list_with_a_stop_inside_every_line_keeps_its_breaks(text):
    assert unwrap(text) == text


def test_each_person_keeps_no_body_from_the_line_before():
    doc = extract(load_text(PEOPLE, location="p.txt"))
    labels = {e.iri: e.label for e in doc.entities}
    pairs = {(labels.get(r.subject), labels.get(r.object)) for r in doc.relations}
    assert ("Ana Lind", "Ministry of Fisheries and Blue Economy") not in pairs
    assert ("Raj Thapa", "Ministry of Foreign Affairs of Norland") not in pairs
