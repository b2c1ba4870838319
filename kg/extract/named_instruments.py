"""Funding instruments named with their acronym: "the Neighbourhood, Development and International
Cooperation Instrument - Global Europe (NDICI-Global Europe)", "the Instrument for Pre-accession
Assistance (IPA)". A programme of spending (a Plan), whose name holds a comma list and a dash that
the shape finder in :mod:`kg.extract.patterns` does not join, and whose head word "Instrument" is
too loose alone ("its instrument of ratification"): the acronym right after is required, and
money named within 150 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_W = r"[A-Z][\w’'\-]*"
_INSTRUMENT = re.compile(
    r"(?<=[Tt]he[ \t])(?P<name>"
    # "Neighbourhood, Development and International Cooperation "
    r"(?:" + _W + r"(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)" + _W + r"){0,6}[ \t]+)?"
    r"Instrument"
    # "for Pre-accession Assistance", "contributing to Stability and Peace"
    r"(?:[ \t]+(?:for|contributing[ \t]+to)[ \t]+"
    + _W
    + r"(?:[ \t]+(?:and[ \t]+|the[ \t]+)?"
    + _W
    + r"){0,4})?"
    # " - Global Europe"
    r"(?:[ \t]+[-–][ \t]+" + _W + r"(?:[ \t]+" + _W + r"){0,2})?"
    r")[ \t]+\((?P<acr>[A-Z]{2,}[\w\-]*(?:[ \t]" + _W + r"){0,2})\)"
)


#: Money near the name: a funding instrument, not a legal one ("the International Tracing
#: Instrument (ITI)" on small arms is a framework).
_MONEY = re.compile(r"fund|financ|grant|budget|million|billion|EUR\b|€|US\$|\$|allocat|disburs", re.I)


def named_instruments(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each funding instrument defined with its acronym, money in reach."""
    if "Instrument" not in text:
        return
    for match in _INSTRUMENT.finditer(text):
        lo, hi = max(0, match.start() - 150), min(len(text), match.end() + 150)
        if _MONEY.search(text, lo, match.start()) or _MONEY.search(text, match.end(), hi):
            yield match.start("name"), match.end("name"), "Plan"
