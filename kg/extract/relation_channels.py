"""The agency a donor gives through gives too.

"with financial support from the Government of Ireland through Irish Aid", "funded by Norway and
Sweden, through the Swedish International Development Cooperation Agency (Sida)": the agency
named after "through" carries the donors' support, and supports the plan as well.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.records import EntityRec

#: after the donors: " through ", " (SDC), through the ", ", via its "
_THROUGH = re.compile(r",?\s+(?:through|via)\s+(?:the\s+|its\s+|their\s+)?")
#: what may stand between the donors besides their names
_DONOR_GAP = re.compile(
    r"(?:[\s,&]|\band\b|\bthe\b|\b(?:[Gg]overnment|[Kk]ingdom|[Rr]epublic) of\b|\([^()]{1,40}\))*"
)


def channels(sent: Sentence, after: int) -> list[EntityRec]:
    """The organization named after "through" that closes the donor list starting at ``after``."""
    base = sent.start
    way = _THROUGH.search(sent.text, after - base, after - base + 160)
    if way is None:
        return []
    donors = sent.actors(after, base + way.start())
    if not donors:
        return []
    rest, at = [], after - base
    for m, _e in donors:
        rest.append(sent.text[at : m.start - base])
        at = m.end - base
    rest.append(sent.text[at : way.start()])
    if not all(_DONOR_GAP.fullmatch(piece) for piece in rest):
        return []  # "funded by Norway to train police through …": not a list of donors
    first = sent.actors(base + way.end(), base + way.end() + 1)
    return [first[0][1]] if first and first[0][1].type == "Organization" else []
