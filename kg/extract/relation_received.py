"""supports: money or help received from a giver, "Kenya will receive a grant of USD 2.9 million from
the World Bank", "Bangladesh and Zambia are to receive funding for resilience from the Green Climate
Fund".

The receivers are the clause's subject, named right before the verb (a list of them, joined by
"and"); the giver is named right after "from", in the same clause. A receipt denied or only hoped for
("did not receive", "hopes to receive") gives nothing.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated_before
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import NEGATED

#: the receipt, then "from" in its clause: "will receive a grant of USD 2.9 million from the "
_RECEIVED_FROM = re.compile(
    r"\b(?:receive[sd]?|receiving|obtain(?:s|ed)?|secured?|secures)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[\w$€£.,-]+\s+){0,5}?)(?:loans?|grants?|funding|financing|finance|aid|assistance|support|funds)\b"
    r"(?P<gap>(?:[^.;:()]|\.(?=\d)){0,100}?)\s+from\s+(?:the\s+)?"  # "… USD 2.9 million from the …"
)
#: only hoped or asked for: "hopes to receive", "applied to receive", "seek to obtain"
_WISHED = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|appl(?:y|ies|ied)|ask(?:s|ed)?|want(?:s|ed)?|"
    r"expect(?:s|ed)?|eligible|may|might|could|would)\s+(?:\w+\s+)?(?:to\s+)?$"
)
#: between the receivers and the verb: their subject's clause ("Bangladesh and Zambia, alongside
#: Georgia, are to"); not another clause
_TO_VERB = re.compile(r"[^.;:]{0,60}$")
_WORDS = ("receiv", "obtain", "secure")
#: before a place or body named in a phrase of another subject: "… needs in Malawi and Maldives"
_PLACE_BEFORE = re.compile(r"\b(?:in|for|of|to|from|with|at|by|on|across)\s+(?:the\s+)?$")


def received_support(rules: SentenceRules) -> None:
    """The giver named after "from" supports each receiver named as the subject of the receipt."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    if not any(w in low for w in _WORDS):
        return
    for cue in _RECEIVED_FROM.finditer(low):
        at = cue.start()
        if NEGATED.search(low, max(0, at - 20), at) or _WISHED.search(low, max(0, at - 30), at):
            continue
        if " from " in cue.group("gap") or ", and " in cue.group("gap"):
            continue
        givers = sent.actors(base + cue.end(), base + cue.end() + 1)
        if not givers:
            continue
        giver = givers[0][1]
        receivers = coordinated_before(sent, base + at)
        if not receivers:
            continue
        before = sent.actors(sent.start, base + at)
        last = before[-1][0]
        if not _TO_VERB.fullmatch(low, last.end - base, at):
            continue
        first = next(m for m, e in before if e is receivers[0])
        if _PLACE_BEFORE.search(low, max(0, first.start - base - 12), first.start - base):
            continue  # "Two projects … in Malawi and Maldives received …": the projects receive
        for receiver in receivers:
            if receiver.type in ("Country", "Organization") and receiver is not giver:
                rules.add(giver, "supports", receiver, "received from")
