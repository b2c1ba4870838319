"""The plan a sentence names only by its head noun: "The programme is funded by A, through B, by C",
"He said the project would be implemented by UNODC and FIIAPP", "The project, she added, is run by
IOM", "The five-year Action Plan was developed under the leadership of the Ministry", after a sentence
that named the plan ("launched Cosecha Verde, a programme …", "signed the “Safe Routes” project").
Funders support the plan; those who carry it out implement it; those who drew it up adopt it. A second
verb goes on: "is financed by A and implemented by B"."""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.found import Found
from kg.extract.records import EntityRec
from kg.extract.relation_lists import funders
from kg.extract.relation_wording import ITEMS

#: "The programme is funded by ": the plan the text named last, by its head noun
_THE_NOUN = re.compile(
    # reported: "He said the project would …", "Officials added that the programme is …"
    r"(?:(?:He|She|They|Officials?)\s+(?:said|added|noted|explained|stated)\s+(?:that\s+)?the|The)\s+"
    r"(?:new\s+|national\s+|regional\s+|[a-z]+-year\s+)?"
    r"(?P<noun>programme|program|project|plan|strategy|initiative|[Aa]ction\s+[Pp]lan|roadmap)"
    r"(?:,\s+(?:he|she|they)\s+(?:said|added|noted|explained),)?\s+"  # "The project, he added, is …"
    r"(?:will|would|is|was|has|had|shall)\b"
)
#: the verb and its agent's marker: "funded by", "implemented by", "developed under the leadership of"
_VERB_BY = (
    r"(?P<verb>(?:co-)?(?:funded|financed|supported|backed|sponsored)|implemented|executed|managed|run|"
    r"developed|drafted|prepared|formulated|elaborated)\s+"
    r"(?:by|under\s+the\s+(?:leadership|stewardship|direction)\s+of)\b"
)
_FUNDED_BY = re.compile(
    r"\s*(?:also\s+|now\s+)?(?:be\s+|been\s+|being\s+)?(?:jointly\s+|largely\s+|mainly\s+|fully\s+)?"
    + _VERB_BY
)
#: a second verb after the first one's agents: "… and implemented by the IOM"
_AND_VERB = re.compile(r",?\s+and\s+(?:is\s+|was\s+|will\s+be\s+|being\s+)?" + _VERB_BY)
_CARRIED_OUT = frozenset(("implemented", "executed", "managed", "run"))
_DRAWN_UP = frozenset(("developed", "drafted", "prepared", "formulated", "elaborated"))


def the_noun_item(text: str, earlier: EntityRec | None) -> EntityRec | None:
    """The plan a sentence opening "The programme will …" speaks of: the one named last, if its name
    holds the noun (a programme for "The programme")."""
    m = _THE_NOUN.match(text) if text[:1] in "THSO" else None
    if m is None or earlier is None or earlier.type not in ITEMS:
        return None
    noun = m.group("noun").split()[-1].lower()
    label = earlier.label.lower()
    if noun in label:
        return earlier
    # "launched Cosecha Verde, a programme …": a plan whose name holds no head noun at all
    return earlier if earlier.type == "Plan" and no_head_noun(label) else None


def no_head_noun(label: str) -> bool:
    """Whether a plan's name (lower case) holds no head noun at all: "cosecha verde", "safe routes"."""
    return _ANY_HEAD.search(label) is None


#: the head nouns a plan's name may hold
_ANY_HEAD = re.compile(
    r"\b(?:programme|program|project|plan|strategy|initiative|roadmap|policy|framework|agenda|"
    r"compact|act|law|convention|protocol|agreement|declaration|charter|guidelines|memorandum)\b"
)


def the_noun_funded(sent: Sentence, item: EntityRec) -> list[Found]:
    """ "The programme is funded by A, through B, by C and D, and by E": each supports the plan; "… is
    implemented by A and B": each implements it; "… was developed by A": A adopts it."""
    m = _THE_NOUN.match(sent.text)
    by = _FUNDED_BY.match(sent.text, m.end()) if m is not None else None
    out: list[Found] = []
    while by is not None:
        pos = sent.start + by.end()
        first = sent.actors(pos, pos + 8)
        if not first:
            break
        verb = by.group("verb")
        predicate = "implements" if verb in _CARRIED_OUT else "adopts" if verb in _DRAWN_UP else "supports"
        agents = [
            e
            for e in funders(sent, [first[0][1]], first[0][0].start)
            if e.type in ("Country", "Organization")
        ]
        out += [Found(e.key, predicate, item.key, sent.start, sent.end, f"{verb} by") for e in agents]
        ends = [mm.end for mm, e in sent.actors(first[0][0].start, sent.end) if e in agents]
        by = _AND_VERB.match(sent.text, max(ends) - sent.start) if ends else None
    return out
