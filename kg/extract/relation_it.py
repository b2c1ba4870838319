"""What a sentence opening with "It" says of the plan or meeting named in the sentence before.

- "It will be implemented by the Ministry and IOM", "The plan is funded by Spain": the agents
  act on the plan named in the sentence before (:func:`it_by`);
- "It was prepared by the Ministry with funding from the Green Fund, whose grant was channelled
  through UNDP": the body the money or help comes from, and the one it is channelled through,
  support the plan (its author is read by :func:`it_by`);
- "It was co-chaired by Ana Ruiz, Director of …, and Omar Sy": after a sentence opening with a
  meeting, those who chaired, opened or hosted it take part in it.

Read only in a sentence opening with "It" (or "The plan …"), and only where one of the phrases is there.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence, coordinated
from kg.extract.found import Found
from kg.extract.records import EntityRec
from kg.extract.relation_agents import agents_after
from kg.extract.relation_lists import funders
from kg.extract.relation_wording import ITEMS

_IT_PASSIVE = re.compile(r"It\s+(?:was|is|is being|has been|will be)\s+")
#: "with funding from", "with technical support from", "with the support of", "channelled through"
_BACKED = re.compile(
    r"\b(?:with|and)\s+(?:the\s+)?(?:(?:financial|technical|financing)\s+)?"
    r"(?P<what>funding|support|assistance|financing|grants?)\s+(?:from|of)\s+(?:the\s+)?"
    r"|\b(?:channell?ed|provided|disbursed)\s+through\s+(?:the\s+)?"
)


def it_backers(sent: Sentence, item: EntityRec) -> list[Found]:
    """supports: the bodies a plan called "It" is funded by or channelled through."""
    if _IT_PASSIVE.match(sent.text) is None or not any(w in sent.low for w in ("from ", "through ", " of ")):
        return []
    out = []
    for cue in _BACKED.finditer(sent.text):
        at = sent.start + cue.end()
        first = sent.actors(at, at + 1)
        if not first:
            continue
        word = cue.group("what") or cue.group().split()[-2]  # "support", "through"
        for backer in coordinated(sent, at):
            if backer.type in ("Country", "Organization") and backer.key != item.key:
                out.append(Found(backer.key, "supports", item.key, sent.start, sent.end, word))
    return out


#: "It was co-chaired by", "It was opened by", "It is hosted by"
_IT_CHAIRED = re.compile(
    r"It\s+(?:was|is|will be|has been)\s+(?:jointly\s+)?(?:co-?)?"
    r"(?:chaired|opened|hosted|organi[sz]ed|convened|attended|moderated|presided over)\s+by\s+(?:the\s+)?"
)


def it_event(sent: Sentence, before: Sentence | None) -> list[Found]:
    """participatesIn: who chaired or hosted the meeting the sentence before opens with."""
    if before is None or not before.mentions:
        return []
    m = _IT_CHAIRED.match(sent.text)
    if m is None:
        return []
    first, event = before.mentions[0]
    if event.type != "Event" or before.text[: first.start - before.start].count(" ") > 2:
        return []  # "The third Meeting …": the sentence is about the meeting
    at = sent.start + m.end()
    return [
        Found(who.key, "participatesIn", event.key, sent.start, sent.end, "chaired")
        for who in coordinated(sent, at)
        if who.type in ("Person", "Country", "Organization")
    ]


#: "It will be implemented by", "The plan is funded by": the plan named in the sentence before
_IT_BY = re.compile(
    r"(?:It|This|The)\s+(?:(?:new\s+|national\s+)?(?:plan|strategy|programme|program|policy|law|act|"
    r"framework|roadmap|initiative|agreement|convention|protocol|memorandum)\s+)?"
    r"(?:will|would|shall|is|was|has|had|are|were)\s+(?:also\s+|now\s+)?(?:be\s+|been\s+|being\s+)?"
    r"(?:jointly\s+|mainly\s+|largely\s+|primarily\s+)?(?P<verb>implemented|coordinated|led|overseen|"
    r"executed|carried out|enforced|(?:co-)?funded|(?:co-)?financed|supported|backed|endorsed|welcomed|"
    r"adopted|launched|"
    r"developed|ratified|signed|drafted|validated|prepared|drawn up|elaborated|formulated)\s+by\b"
)
_IT_IMPLEMENTS = frozenset(
    ("implemented", "coordinated", "led", "overseen", "executed", "carried out", "enforced")
)
_IT_SUPPORTS = frozenset(("funded", "financed", "supported", "backed", "endorsed", "welcomed"))


def it_by(sent: Sentence, item: EntityRec) -> list[Found]:
    """ "It will be implemented by the Ministry of Labour and IOM" after a sentence naming the plan:
    the agents act on the plan."""
    m = _IT_BY.match(sent.text)
    if m is None or sent.of_types(ITEMS, sent.start, sent.start + m.end()):
        return []
    verb = m.group("verb")
    plain = verb.removeprefix("co-")
    pred = "implements" if plain in _IT_IMPLEMENTS else "supports" if plain in _IT_SUPPORTS else "adopts"
    agents = agents_after(sent, sent.start + m.end() - 2, 2)
    if pred == "supports":  # "funded by Spain, through AECID, by Switzerland, and by the EU"
        agents = funders(sent, agents, sent.start + m.end() - 2)
    return [Found(a.key, pred, item.key, sent.start, sent.end, verb) for a in agents if a.key != item.key]
