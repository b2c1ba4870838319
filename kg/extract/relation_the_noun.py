"""The plan a sentence names only by its head noun: "The programme is funded by A, through B, by C",
after a sentence that named the plan ("launched Cosecha Verde, a programme …")."""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.found import Found
from kg.extract.records import EntityRec
from kg.extract.relation_lists import funders
from kg.extract.relation_wording import ITEMS

#: "The programme is funded by ": the plan the text named last, by its head noun
_THE_NOUN = re.compile(
    r"The\s+(?P<noun>programme|program|project|plan|strategy|initiative|action\s+plan|roadmap)\s+"
    r"(?:will|would|is|was|has|had|shall)\b"
)
_FUNDED_BY = re.compile(
    r"\s*(?:also\s+)?(?:be\s+|been\s+|being\s+)?(?:jointly\s+|largely\s+|mainly\s+|fully\s+)?"
    r"(?:co-)?(?:funded|financed|supported|backed|sponsored)\s+(?=by\b)"
)


def the_noun_item(text: str, earlier: EntityRec | None) -> EntityRec | None:
    """The plan a sentence opening "The programme will …" speaks of: the one named last, if its name
    holds the noun (a programme for "The programme")."""
    m = _THE_NOUN.match(text) if text[:4] == "The " else None
    if m is None or earlier is None or earlier.type not in ITEMS:
        return None
    noun = m.group("noun").split()[-1]
    label = earlier.label.lower()
    if noun in label:
        return earlier
    # "launched Cosecha Verde, a programme …": a plan whose name holds no head noun at all
    return earlier if earlier.type == "Plan" and _ANY_HEAD.search(label) is None else None


#: the head nouns a plan's name may hold
_ANY_HEAD = re.compile(
    r"\b(?:programme|program|project|plan|strategy|initiative|roadmap|policy|framework|agenda|"
    r"compact|act|law|convention|protocol|agreement|declaration|charter|guidelines|memorandum)\b"
)


def the_noun_funded(sent: Sentence, item: EntityRec) -> list[Found]:
    """ "The programme is funded by A, through B, by C and D, and by E": each supports the plan."""
    m = _THE_NOUN.match(sent.text)
    by = _FUNDED_BY.match(sent.text, m.end()) if m is not None else None
    if by is None:
        return []
    pos = sent.start + by.end()
    first = sent.actors(pos, pos + 8)
    if not first:
        return []
    return [
        Found(e.key, "supports", item.key, sent.start, sent.end, "funded by")
        for e in funders(sent, [first[0][1]], first[0][0].start)
        if e.type in ("Country", "Organization")
    ]
