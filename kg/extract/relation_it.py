"""Who funds or backs the plan a sentence calls "It": "It was prepared by the Ministry with funding
from the Green Fund, whose grant was channelled through UNDP".

After a sentence naming a plan, "It was prepared by X with funding from Y" names the plan's
backers as well as its author: the body the money or help comes from, and the one it is channelled
through, support the plan. Read only in a sentence opening with "It" right after one naming a plan
(the caller checks), and only where one of the phrases is there (a substring test first).
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence, coordinated
from kg.extract.found import Found
from kg.extract.records import EntityRec

_IT_PASSIVE = re.compile(r"It\s+(?:was|is|has been|will be)\s+")
#: "with funding from", "with technical support from", "channelled through"
_BACKED = re.compile(
    r"\b(?:with|and)\s+(?:(?:financial|technical|financing)\s+)?(?:funding|support|assistance|financing|grants?)"
    r"\s+from\s+(?:the\s+)?|\b(?:channell?ed|provided|disbursed)\s+through\s+(?:the\s+)?"
)


def it_backers(sent: Sentence, item: EntityRec) -> list[Found]:
    """supports: the bodies a plan called "It" is funded by or channelled through."""
    if _IT_PASSIVE.match(sent.text) is None or ("from " not in sent.low and "through " not in sent.low):
        return []
    out = []
    for cue in _BACKED.finditer(sent.text):
        at = sent.start + cue.end()
        first = sent.actors(at, at + 1)
        if not first:
            continue
        for backer in coordinated(sent, at):
            if backer.type in ("Country", "Organization") and backer.key != item.key:
                out.append(
                    Found(backer.key, "supports", item.key, sent.start, sent.end, cue.group().split()[-2])
                )
    return out
