"""Acts stated in a relative clause after what they are on: "the Convention against Corruption and the
Protocol, both of which it has ratified"; "the Convention, to which Mauritania acceded in 2005";
"the Regional Centre (RC) in Almaty, of which it is a founding member".

The actor is the one named in the clause ("which Kenya ratified", or "it" resolved to the
sentence's country); the objects are the instrument or body named right before the clause:
"both of which" takes the last two plans or frameworks, "all of which" the list before it, "of which
… a member" and "which X chairs" the organization. A substring test ("which ") gates the sentence.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

#: ", both of which it has ratified", ", which Kenya acceded to in 2005"
_WHICH_ACT = re.compile(
    r",\s+(?P<q>(?:both|all|each)\s+of\s+)?(?P<to>to\s+)?which\s+(?P<who>[A-Za-z][\w ’'-]{0,40}?)\s+"
    r"(?:has\s+|had\s+|have\s+|also\s+|since\s+|already\s+)*(?P<verb>ratified|acceded|signed|adopted)\b"
)
#: ", of which it is a founding member", ", which the Philippines chairs"
_WHICH_MEMBER = re.compile(
    r",\s+of\s+which\s+(?P<who>[A-Za-z][\w ’'-]{0,40}?)\s+(?:is|was|has been|became)\s+(?:also\s+)?"
    r"(?:a|an|one)\s+(?:(?:founding|full|active|permanent)\s+)?member\b|"
    r",\s+which\s+(?P<chair>[A-Za-z][\w ’'-]{0,40}?)\s+(?:currently\s+|also\s+|now\s+)?(?:co-?)?"
    r"(?:chairs|chaired|leads|led|heads|headed|presides over)\b"
)
_ACTORS = ("Country", "Organization")


def which_acts(rules: SentenceRules) -> None:
    """adopts / memberOf from "…, both of which it has ratified", "…, of which it is a member"."""
    sent = rules.sent
    if "which " not in sent.low or not rules.has_actor:
        return
    base = sent.start
    for m in _WHICH_ACT.finditer(sent.text):
        if (m.group("to") is not None) != (m.group("verb") == "acceded"):
            continue  # "to which X acceded", "which X ratified"; not "to which X signed"
        actor = _actor(rules, base + m.start("who"), base + m.end("who"))
        if actor is None:
            continue
        items = sent.of_types(ITEMS, base, base + m.start())
        if not items or not _tail(sent.text[items[-1][0].end - base : m.start()]):
            continue
        q = (m.group("q") or "").split()[:1]
        count = 2 if q == ["both"] else len(items) if q else 1
        for _m, item in items[-count:]:
            rules.add(actor, "adopts", item, m.group("verb").split()[0])
    for m in _WHICH_MEMBER.finditer(sent.text):
        who = "who" if m.group("who") is not None else "chair"
        actor = _actor(rules, base + m.start(who), base + m.end(who))
        bodies = sent.of_types(("Organization",), base, base + m.start())
        if actor is None or not bodies or not _tail(sent.text[bodies[-1][0].end - base : m.start()]):
            continue
        rules.add(actor, "memberOf", bodies[-1][1], "member")


#: what may stand between a name and its relative clause: an acronym, a place
_TAIL = re.compile(r"\)?\s*(?:\([^()]{1,20}\))?\s*(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*")


def _tail(gap: str) -> bool:
    return _TAIL.fullmatch(gap) is not None


def _actor(rules: SentenceRules, lo: int, hi: int) -> EntityRec | None:
    """The country or body whose name (after "the") is all of ``lo:hi``, the clause's subject: not
    "it has not" in "which it has not ratified"."""
    found = [
        e for m, e in rules.sent.mentions if lo <= m.start <= lo + 4 and m.end == hi and e.type in _ACTORS
    ]
    return found[0] if len(found) == 1 else None
