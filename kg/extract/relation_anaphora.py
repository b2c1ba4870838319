"""Acts on a plan or law that the sentence names only as "its": "welcomed its passage", "stood ready
to support its implementation", "will allocate NPR 1 billion for its implementation".

News and statements name a plan once and then speak of "its implementation", "its adoption", "its
passage": the noun says the "its" is an instrument, the one named last before it (in the sentence
or the text before), and the verb governing the phrase says what its subject does with it:
supports (support, welcome, back, fund, pledge money for), implements (allocate or earmark a
budget for, oversee, coordinate, lead). The sentence is read only when it holds one of the nouns
("its" or "their", a substring test first), so the rule costs nothing on the many sentences without one.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS, NEGATED

#: the nouns of an act done on an instrument, after "its"/"their"
ITS_ACT = re.compile(
    r"\b(?:its|their)\s+(?:(?:full|effective|swift|rapid|speedy|timely|successful|smooth|eventual)\s+)?"
    r"(?:implementation|passage|adoption|enactment|ratification|enforcement|roll-?out|operationali[sz]ation)\b"
)
#: "support its implementation", "welcomed its passage", "assist in its implementation"
_SUPPORT = re.compile(
    r"\b(?:support(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|"
    r"applaud(?:s|ed|ing)?|hail(?:s|ed|ing)?|commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|"
    r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|"
    r"assist(?:s|ed|ing)?|help(?:s|ed|ing)?|facilitat(?:e|es|ed|ing))(?:\s+(?:in|with|to))?\s+$"
)
#: money given for it by others: "pledged 2 million euros for its implementation"
_FUNDS = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|mobili[sz](?:e|es|ed|ing)|"
    r"provid(?:e|es|ed|ing))\b[^;:]{0,60}?\bfor\s+$"
)
#: its own budget for it, or the lead of the work: the actor carries it out
_IMPLEMENTS = re.compile(
    r"\b(?:allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set(?:s|ting)? aside|budget(?:s|ed|ing)?|"
    r"ring-?fenc(?:e|es|ed|ing)|spend(?:s|ing)?|spent)\b[^;:]{0,60}?\bfor\s+$|"
    r"\b(?:oversee(?:s|ing)?|oversaw|coordinat(?:e|es|ed|ing)|lead(?:s|ing)?|led|steer(?:s|ed|ing)?|"
    r"in charge of|responsible for|charged with)\s+$"
)


#: "call for its full implementation", "urged its ratification"
_CALL = re.compile(
    r"\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|press(?:es|ed)? for)\s+$"
)


def referred_acts(rules: SentenceRules, earlier: tuple[MentionRec, EntityRec] | None) -> None:
    """supports / implements on the instrument an "its implementation" refers to.

    ``earlier``: the last plan or framework named in the text before this sentence.
    """
    sent = rules.sent
    low = sent.low
    if "its " not in low and "their " not in low:
        return
    for its in ITS_ACT.finditer(low):
        at = its.start()
        referent = _referent(sent, sent.start + at, earlier)
        if referent is None:
            continue
        lead = max(0, at - 90)
        if NEGATED.search(low, max(0, at - 40), at) and not _SUPPORT.search(low, lead, at):
            continue
        verb = _IMPLEMENTS.search(low, lead, at)
        pred = "implements"
        if verb is None:
            verb = _CALL.search(low, lead, at)
            pred = "callsFor"  # "we call for its full implementation"
        if verb is None:
            verb = _SUPPORT.search(low, lead, at) or _FUNDS.search(low, lead, at)
            pred = "supports"
        if verb is None or NEGATED.search(low, max(0, verb.start() - 24), verb.start()):
            continue
        for agent in rules.subject(sent.start + verb.start()):
            if agent.type in ("Country", "Organization") or (pred == "supports" and agent.type == "Person"):
                rules.add(agent, pred, referent, low[verb.start() : its.end()].split()[0])


def _referent(sent: Sentence, pos: int, earlier: tuple[MentionRec, EntityRec] | None) -> EntityRec | None:
    """The plan or framework named last before ``pos``: in the sentence, else in the text before."""
    inside = sent.of_types(ITEMS, sent.start, pos)
    if inside:
        return inside[-1][1]
    return earlier[1] if earlier is not None else None
