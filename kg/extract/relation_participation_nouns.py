"""Taking part said by a noun or by the host's welcome, not by a verb of attending: "Kenya's
participation in the Forum", "the participation of Ghana in the Summit", "Spain welcomed more than 60
heads of state to the Conference". The verb tables read "Kenya participated in the Forum" only.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules

_NOUN = r"(?:(?:active|full|continued|strong|high-level)\s+)?(?:participation|presence|attendance)"
_IN_THE = r"\s+(?:in|at)\s+(?:the\s+work\s+of\s+)?(?:the\s+)?$"
#: "Kenya's participation in the ": the owner right before the possessive
_POSSESSIVE = re.compile(r"[’']s\s+" + _NOUN + _IN_THE)
#: "the participation of Ghana and Peru in the "
_OF_THEN_IN = re.compile(r"\b" + _NOUN + r"\s+of\s+(?P<who>[^;.()]{1,120}?)" + _IN_THE)
#: "welcomed more than 60 heads of state to the ": the host of the meeting named next
#: guests only, not a thing welcomed ("welcomed the invitation to the Summit") nor one delegation's visit
_WELCOMED_TO = re.compile(
    r"\bwelcom(?:ed|es|ing)\s+(?:[^;.()]{0,40}?\s)?"
    r"(?:heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|leaders|delegates|delegations|"
    r"participants|ministers|(?:\d[\d,]*|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+)?(?:people|guests|"
    r"visitors|representatives|officials|attendees))\s+(?:[^;.()]{0,30}?\s)?to\s+(?:the|this)\s+$"
)
#: "the suspension of", "opposed", "called for", "was blocked": a participation stopped or disputed
_DISPUTED = re.compile(
    r"\b(?:suspen(?:d|ds|ded|ding|sion)|block(?:s|ed|ing)?|barr(?:ed|ing)|bars?|oppos(?:e|es|ed|ing|ition)|"
    r"question(?:s|ed|ing)?|exclu(?:de|des|ded|ding|sion)|call(?:s|ed|ing)?\s+for|reject(?:s|ed|ing)?|"
    r"against|end(?:ed|s|ing)?|halt(?:s|ed|ing)?|denied|refus(?:e|es|ed|ing|al)|cancel(?:l?ed|s)?)\b"
)
_ACTORS = ("Country", "Organization", "Person")


def noun_participation(rules: SentenceRules, events: list[tuple[MentionRec, EntityRec]]) -> None:
    """participatesIn for the owner of a participation in an event, and for the host who welcomes
    guests to it."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, event in events:
        lo = max(0, m.start - base - 160)
        after = re.split(r"[,;]", low[m.end - base : m.end - base + 40])[0]
        if _DISPUTED.search(after):
            continue  # "Russia's participation in the Summit was suspended"
        owned = _POSSESSIVE.search(low, lo, m.start - base)
        if owned is not None and _DISPUTED.search(low, max(0, owned.start() - 60), owned.start()):
            owned = None  # "opposed Russia's participation in the Summit"
        if owned is not None:
            for m2, e in sent.actors(base + owned.start() - 80, base + owned.start()):
                if m2.end == base + owned.start() and e.type in _ACTORS:
                    rules.add(e, "participatesIn", event, "participation in")
        of = _OF_THEN_IN.search(low, lo, m.start - base) if owned is None else None
        if of is not None and _DISPUTED.search(low, max(0, of.start() - 40), of.start()):
            of = None  # "called for the participation of Russia in the Summit to end"
        if of is not None:
            for _m2, e in sent.actors(base + of.start("who"), base + of.end("who")):
                if e.type in _ACTORS:
                    rules.add(e, "participatesIn", event, "participation of")
        welcomed = _WELCOMED_TO.search(low, lo, m.start - base) if "welcom" in low else None
        if welcomed is not None:
            for host in rules.subject(base + welcomed.start()):
                rules.add(host, "participatesIn", event, "welcomed to")
