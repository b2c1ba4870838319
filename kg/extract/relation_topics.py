""" "The fight against X" named as a topic of cooperation is what the instrument setting out
the cooperation addresses ("the fight against X" is no call for X: only a call word is).

"… signed a Memorandum on Security, setting out how they will work together on border control,
the fight against arms trafficking and …": the fight is one of the fields of the cooperation,
listed, and the Memorandum addresses arms trafficking. A call verb (urge, call for, must)
governing it gives callsFor, through the call cue itself.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

#: "work together on ", "cooperate in ", "cooperation on ", "partnership covering ", then the list so far
_TOPIC_LEAD = re.compile(
    r"\b(?:(?:work(?:s|ed|ing)?\s+(?:together|jointly|closely)|cooperat(?:e|es|ed|ing|ion)|"
    r"collaborat(?:e|es|ed|ing|ion)|partnership|dialogue|coordinat(?:e|es|ed|ing|ion))\b"
    r"[^.;:]{0,30}?\b(?:on|in|over|regarding|covering|including|such as|areas?\s+(?:of|such as))|"
    r"discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|exchanged\s+views\s+on|talks\s+on)\s+"
    r"(?:[^.;:]{0,120}?(?:,|\band)\s+)?(?:in\s+)?(?:the\s+)?$"
)
_CALL_WORDS = ("urg", "call", "must", "should", "appeal", "demand", "need")
#: between an instrument and its topics: ", setting out how they will ", ", which covers "
_SETS_OUT = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:which\s+|that\s+)?(?:sett(?:ing|s) out|sets? out|outlin(?:ing|es)|"
    r"cover(?:ing|s)|describ(?:ing|es)|defin(?:ing|es))\b[^.;:]{0,80}?$"
)


def topic_fights(rules: SentenceRules) -> None:
    """addresses: the instrument whose topics of cooperation "the fight against X" is one of
    ("work together on A, the fight against X, …"), where no call word comes before it."""
    low = rules.sent.low
    if "fight against" not in low:
        return
    at = low.find("fight against")
    while at >= 0:
        head = low[max(0, at - 200) : at]
        if _TOPIC_LEAD.search(head) and not any(w in head for w in _CALL_WORDS):
            _instrument_addresses(rules, at)
            return
        at = low.find("fight against", at + 1)


def _instrument_addresses(rules: SentenceRules, at: int) -> None:
    """addresses: the instrument whose topics of cooperation the fight at ``at`` is one of."""
    sent = rules.sent
    base = sent.start
    issues = sent.of_types(("Issue",), base + at + 14, base + at + 20)
    items = sent.of_types(ITEMS, base, base + at)
    if not issues or not items:
        return
    m, item = items[-1]
    lead = _TOPIC_LEAD.search(sent.low, m.end - base, at)
    if lead is not None and _SETS_OUT.fullmatch(sent.low, m.end - base, lead.start()):
        rules.add(item, "addresses", issues[0][1], "fight against")
