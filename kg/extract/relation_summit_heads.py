"""The leaders who open a declaration take part in the meeting where they make it.

Summit and ministerial declarations open with their authors and the occasion in one long
sentence: "WE, the Heads of State/Government of Brunei Darussalam, the Kingdom of Cambodia, …
and the Socialist Republic of Viet Nam, Member States of ASEAN, at the 18th ASEAN Summit",
"WE, the Heads of State/Government of the Member States of ASEAN, together with Australia, China
and Japan, on the occasion of the 11th East Asia Summit". Every country or body listed (and
those joined on "together with") participates in the meeting named after "at", "on the occasion
of" or "during". The nearest-actor rule of :mod:`kg.extract.relation_events` sees only the last.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules

#: "WE, the Heads of State/Government of", "We, the Ministers of Labour of", "WE, the Leaders of"
_OPENING = re.compile(
    r"\s*(?:WE|We),?\s+the\s+(?:Heads\s+of\s+(?:State|Government)(?:\s*(?:/|and|or)\s*Government)?|"
    r"Leaders|(?:[A-Z][a-z]+\s+)?Ministers(?:\s+(?:of|for|responsible\s+for)\s+[A-Z][\w,\s]{0,60}?)?)"
    r"\s+(?:of|from)\s+(?:the\s+)?"
)
_OF_END = re.compile(r"\s+(?:of|from)(?:\s+the)?$")
#: more authors joined on: ", together with Australia, China and Japan"
_JOINED_ON = re.compile(r",?\s+(?:together|along)\s+with\s+(?:the\s+)?")
#: the occasion: "at the 18th ASEAN Summit", "on the occasion of the 11th East Asia Summit"
_OCCASION = re.compile(
    r"\b(?:at|on\s+the\s+occasion\s+of|during|attending|gathered\s+(?:at|for)|"
    # "had the honour to co-chair the", "hosted the": the authors ran the meeting
    r"(?P<ran>(?P<co>co-?)?chair(?:ed|ing)?|host(?:ed|ing)?|convene[ds]?|convening))\s+(?:the\s+)?$"
)


#: a meeting named as the place of earlier decisions, not of this declaration
_RECALLED = re.compile(
    r"\b(?:recall\w*|taken|made|reached|adopted|agreed|previous|last|earlier)\b[^,;]{0,50}$"
)


def summit_heads(rules: SentenceRules) -> None:
    """participatesIn from each author a declaration's opening lists to the meeting it names."""
    sent, base = rules.sent, rules.sent.start
    opening = _OPENING.match(sent.text)
    if opening is None:
        return
    authors: list[EntityRec] = list(coordinated(sent, base + opening.end()))
    if authors:  # ", together with Australia, China and Japan" right after the list
        last = [m for m, e in sent.actors(base + opening.end()) if e is authors[-1]][:1]
        joined = _JOINED_ON.match(sent.text, last[0].end - base) if last else None
        if joined is not None:
            authors += [e for e in coordinated(sent, base + joined.end()) if e not in authors]
    authors = [e for e in authors if e.type in ("Country", "Organization")]
    cue = _OF_END.sub("", opening.group().strip())  # "WE, the Heads of State/Government"
    for m, event in sent.of_types(("Event",), base + opening.end()):
        if _RECALLED.search(sent.low, max(0, m.start - base - 60), m.start - base):
            continue  # "recalling the decisions taken at the 20th ASEAN Summit": an earlier meeting
        occasion = _OCCASION.search(sent.low, max(0, m.start - base - 40), m.start - base)
        if occasion is not None:
            for author in authors:
                rules.add(author, "participatesIn", event, cue)
            if occasion.group("co") and len(authors) == 2:  # not "convened": co-chairs only
                rules.add(authors[0], "partnersWith", authors[1], occasion.group("ran"))  # its co-chairs
            return
