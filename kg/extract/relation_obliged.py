"""Who is obliged is not who calls: "X said the Government must enforce the Act" is X's call.

A modal call ("must", "should", "needs to") read with the nearest actor before it as its subject
gives that actor a call for what it is obliged to do. When a speech verb with a subject of its own
comes before that actor ("The Alliance said the Government must …"), the call is the speaker's:
the actor before the speech verb, if one is named, else nobody named.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.found import Found
from kg.extract.relation_context import SentenceRules

_MODALS = ("must", "should", "need to", "needs to")
#: right after the obliged actor: " must ", " (NCM) should urgently "
_MODAL_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?\s+(?:also\s+|now\s+|still\s+)?(?:must|should|needs?\s+to)\b"
)
#: "said (that) the ", "warned that ": a speech verb opening a clause of its own
_SAID_THAT = re.compile(
    r"\b(?:said|says|told\s+[^,.;]{1,40}?|stated|added|noted|stressed|argued|warned|insisted|believes|"
    r"believed|maintained|maintains|contended|wrote|writes|concluded|concludes|finds|found)\s+"
    r"(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:royal\s+|federal\s+)?government\s+of\s+(?:the\s+)?)?$"
)


#: "… and that ": a second clause of the same saying
_AND_THAT = re.compile(r"\band\s+that\s+(?:the\s+)?$")


def _last_speech(low: str, end: int) -> re.Match[str] | None:
    """The last speech verb before ``end``."""
    found = list(cues.SPEECH.finditer(low, 0, end))
    return found[-1] if found else None


def speakers_calls(rules: SentenceRules) -> None:
    """Give a modal call read for the obliged actor to the one who says it, or drop it."""
    low = rules.sent.low
    if not rules.out or not any(m in low for m in _MODALS) or not cues.SPEECH.search(low):
        return
    sent = rules.sent
    base = sent.start
    out: list[Found] = []
    for f in rules.out:
        if f.predicate == "callsFor" and f.start == base:
            obliged = [m for m, e in sent.mentions if e.key == f.subject]
            said = None
            for m in obliged:
                if _MODAL_AFTER.match(low, m.end - base) is None:
                    continue  # not "the Government must …"
                said = _SAID_THAT.search(low, max(0, m.start - base - 60), m.start - base)
                if said is None and _AND_THAT.search(low, max(0, m.start - base - 12), m.start - base):
                    said = _last_speech(low, m.start - base)  # "… said A must …, and that B should …"
                if said is not None:
                    break
            if said is not None:
                speakers = [
                    e
                    for _m, e in sent.actors(base, base + said.start())
                    if e.type in ("Country", "Organization")
                ]
                if speakers and speakers[-1].key == f.subject:
                    out.append(f)  # "The Kenyan delegate said Kenya should …": its own call
                elif speakers and speakers[-1].key != f.object:
                    out.append(Found(speakers[-1].key, f.predicate, f.object, f.start, f.end, f.cue))
                continue
        out.append(f)
    rules.out[:] = out
