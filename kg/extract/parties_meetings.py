"""One session of a treaty's parties, however a text names it: "the 27th Conference of the Parties of
the UN Framework Convention on Climate Change (COP27)", later "the Conference of the Parties to the
UN Framework Convention on Climate Change", "the UN climate change conference".

A text on one session names it by its number once and then without it; the unnumbered names are that
session's when the text numbers only one and they name the same treaty (a "UN Climate Change
Conference" is a session of the climate convention's parties). A text on two sessions (COP26 and
COP27) keeps its unnumbered names apart: which one they mean is not said. The standing body ("the
Conference of the Parties (COP) … meets every year") is no session.
"""

from __future__ import annotations

import re

from kg.extract.entity_bookkeeping import fold_short
from kg.extract.records import DocState, EntityRec

_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|[a-z]+th))"
#: a numbered session: "COP27", "COP 29", "27th Conference of the Parties", "Third Conference …"
_NUMBERED = re.compile(
    r"^(?:COP|CoP|Cop)[ -]?\d{1,2}$|^" + _ORDINAL + r"\s+(?:(?:Session|Meeting)\s+of\s+(?:the\s+)?)?"
    r"Conference\s+of\s+(?:the\s+)?Parties\b",
    re.IGNORECASE,
)
#: an unnumbered name of a session: "Conference of the Parties to the …"
_UNNUMBERED = re.compile(r"^Conference\s+of\s+(?:the\s+)?Parties\b")
#: the climate convention's session named without its treaty: "UN Climate Change Conference"
_CLIMATE_CONFERENCE = re.compile(r"^(?:UN|United\s+Nations)\s+[Cc]limate\s+[Cc]hange\s+[Cc]onference$")
#: the treaty whose parties meet: "… Parties to the UN Framework Convention on Climate Change"
_TREATY = re.compile(r"\bParties\s+(?:to|of)\s+(?:the\s+)?(?P<treaty>.+)$")
_CLIMATE = "framework convention on climate change"


def fold_parties_meetings(state: DocState) -> None:
    """Fold the unnumbered names of a treaty's parties' session into the one numbered session."""
    events = [e for e in state.entities.values() if e.type == "Event"]
    if len(events) < 2:
        return
    numbered = [e for e in events if _numbered(e)]
    if len(numbered) != 1:
        return
    session = numbered[0]
    treaty = _treaty(session.label)
    for e in events:
        if e is session or _numbered(e) or "COP" in e.acronyms:
            continue  # "the Conference of the Parties (COP) meets every year": the standing body
        if _CLIMATE_CONFERENCE.match(e.label):
            same = treaty is None or _CLIMATE in treaty
        else:
            same = (
                _UNNUMBERED.match(e.label) is not None and treaty is not None and _treaty(e.label) == treaty
            )
        if same:
            fold_short(state, keep=session, drop=e)


def _numbered(e: EntityRec) -> bool:
    """Whether the event's label or an acronym of it numbers a session."""
    return bool(_NUMBERED.match(e.label)) or any(_NUMBERED.match(a) for a in e.acronyms)


def _treaty(label: str) -> str | None:
    """The treaty a session's name names, in lower case and with "UN" spelt out, or None."""
    m = _TREATY.search(label)
    if m is None:
        return None
    return re.sub(r"^(?:un|u\.n\.)\s", "united nations ", m.group("treaty").lower())
