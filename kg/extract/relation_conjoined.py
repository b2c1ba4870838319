"""The thing a passive verb is said of, when it is the second verb of a conjoined predicate.

"Girls Rise will be carried out under the Regional Programme and is funded by Norway": the nearest
item before "funded" is the Regional Programme, but it only names what Girls Rise is carried out
under; the subject of both verbs, Girls Rise, is what Norway funds. "It replaces the 2020 Plan and
was developed by X": the old plan is the object of "replaces"; what X developed is "it", the plan of
the sentence before.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.found import Found
from kg.extract.records import DocState, EntityRec, MentionRec
from kg.extract.relation_agents import agents_after
from kg.extract.relation_wording import ITEMS

#: "… and is funded", "… and will be implemented": a second verb of the subject, in the passive
_AND_PASSIVE = re.compile(
    r"[^,;:()]{0,80}?\s+and\s+(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|"
    r"is\s+being|are\s+being)\s+(?:also\s+|jointly\s+|mainly\s+|partly\s+|largely\s+|fully\s+)?$"
)
#: a prepositional object: "under the ", "as part of the ", "within "
_GOVERNED = re.compile(
    r"\b(?:under|within|through|with|in|into|to|of|for|against|on|from|as part of|in line with)\s+"
    r"(?:the\s+|its\s+|their\s+)?$"
)
#: "It replaces …", "This builds on …": a subject named in the sentence before
_PRONOUN_OPENING = re.compile(r"(?:It|This|They)\s+(?:also\s+)?[a-z]+(?:s|ed)?\s")
#: what may stand before the subject at the start of the sentence
_OPENING = re.compile(r"(?:The|This|Its|Their)?\s*(?:new\s+|national\s+)?")


def passive_object(
    sent: Sentence, before: list[tuple[MentionRec, EntityRec]], cue_start: int, state: DocState
) -> EntityRec | None:
    """The item a passive cue at ``cue_start`` is said of, given the items named before it: the last
    one, unless it is a prepositional object inside the sentence subject's first verb phrase; then
    the item the sentence opens with (named again, perhaps not found as a mention)."""
    last_m, last = before[-1]
    base = sent.start
    if not _AND_PASSIVE.fullmatch(sent.text, last_m.end - base, cue_start - base):
        return last
    if not _GOVERNED.search(sent.low, max(0, last_m.start - base - 16), last_m.start - base):
        if len(before) == 1 and _PRONOUN_OPENING.match(sent.text):
            return None  # "It replaces the 2020 Plan and was developed by X": "it", not the old plan
        return last
    first_m, first = before[0]
    if len(before) > 1 and _OPENING.fullmatch(sent.text, 0, first_m.start - base):
        return first
    lead = _OPENING.match(sent.text)
    opening = lead.end() if lead is not None else 0
    for ent in state.entities.values():
        if ent.type in ITEMS and ent is not last:
            for name in (ent.label, *ent.acronyms):
                if len(name) > 3 and sent.text.startswith(name, opening) and first_m.start - base > opening:
                    return ent  # "Girls Rise will be …" with Girls Rise named in an earlier sentence
    return last


#: "It replaces the 2020 Plan and was developed by ": "it" acted on, by those after "by"
_IT_AND_BY = re.compile(
    r"It\s+(?:also\s+)?[a-z]+s\s+[^,;:]{1,160}?\s+and\s+(?:was|is|has\s+been|will\s+be)\s+"
    r"(?:jointly\s+|mainly\s+)?(?P<verb>developed|drafted|prepared|drawn\s+up|adopted|validated|launched|"
    r"implemented|coordinated|funded|financed|supported|endorsed)\s+by\b"
)
_IT_PREDICATE = {"implemented": "implements", "coordinated": "implements", "funded": "supports",
                 "financed": "supports", "supported": "supports", "endorsed": "supports"}  # fmt: skip


def it_and_by(sent: Sentence, item: EntityRec) -> list[Found]:
    """ "It replaces the 2020 Plan and was developed by the Secretariat", after a sentence naming
    ``item``: the agents act on ``item``."""
    m = _IT_AND_BY.match(sent.text)
    if m is None:
        return []
    pred = _IT_PREDICATE.get(m.group("verb"), "adopts")
    agents = agents_after(sent, sent.start + m.end() - 2, 2)
    return [
        Found(a.key, pred, item.key, sent.start, sent.end, m.group("verb"))
        for a in agents
        if a.key != item.key
    ]
