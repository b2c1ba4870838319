"""One session of a treaty's parties, however a text names it: "the 27th Conference of the Parties of
the UN Framework Convention on Climate Change (COP27)", later "the Conference of the Parties to the
UN Framework Convention on Climate Change", "the UN climate change conference".

A text on one session names it by its number once and then without it; the unnumbered names are that
session's, when the text numbers only one. A text on two sessions (COP26 and COP27) keeps its
unnumbered names apart: which session they mean is not said.
"""

from __future__ import annotations

import re

from kg.extract.entity_bookkeeping import fold_short
from kg.extract.records import DocState, EntityRec

#: a numbered session: "COP27", "COP 29", "27th Conference of the Parties", "twenty-sixth Conference …"
_NUMBERED = re.compile(
    r"^(?:COP|CoP|Cop)[ -]?\d{1,2}$|^(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+-?(?:first|second|third|[a-z]+th))\s+"
    r"(?:(?:Session|Meeting)\s+of\s+(?:the\s+)?)?Conference\s+of\s+(?:the\s+)?Parties\b",
    re.IGNORECASE,
)
#: an unnumbered name of a session: "Conference of the Parties to the …", "UN Climate Change Conference"
_UNNUMBERED = re.compile(
    r"^(?:Conference\s+of\s+(?:the\s+)?Parties\b.*|(?:UN|United\s+Nations)\s+[Cc]limate\s+[Cc]hange\s+[Cc]onference)$"
)


def fold_parties_meetings(state: DocState) -> None:
    """Fold the unnumbered names of a treaty's parties' session into the one numbered session."""
    events = [e for e in state.entities.values() if e.type == "Event"]
    if len(events) < 2:
        return
    numbered = [e for e in events if _numbered(e)]
    if len(numbered) != 1:
        return
    session = numbered[0]
    for e in events:
        if e is not session and _UNNUMBERED.match(e.label) and not _numbered(e):
            fold_short(state, keep=session, drop=e)


def _numbered(e: EntityRec) -> bool:
    """Whether the event's label or an acronym of it numbers a session."""
    return bool(_NUMBERED.match(e.label)) or any(_NUMBERED.match(a) for a in e.acronyms)
