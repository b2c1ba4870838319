"""Which names a kind noun may stand for: "the law" an Act, Law or Bill, "the agreement" an Agreement
or a Memorandum, "the bloc" a Union.

News names an instrument or body once, then calls it by its kind. Two readers share this table: the
short forms of :mod:`kg.extract.coref` ("the Plan", "the bloc") and the adoptions of
:mod:`kg.extract.relation_the_item` ("President Ruiz signed the law").
"""

from __future__ import annotations

import re
from functools import lru_cache

#: a kind noun → the words one of the names it stands for holds; a noun not listed stands for itself
_FAMILIES: dict[str, frozenset[str]] = {
    "law": frozenset({"act", "law", "bill", "code", "decree"}),
    "act": frozenset({"act", "law", "bill"}),
    "bill": frozenset({"bill", "act", "law"}),
    "legislation": frozenset({"act", "law", "bill", "code"}),
    # an MoU is the agreement it records
    "agreement": frozenset({"agreement", "memorandum", "mou", "accord", "arrangement", "pact"}),
    "memorandum": frozenset({"memorandum", "mou"}),
    # "the treaty": a convention, covenant or protocol between states is one
    "treaty": frozenset({"treaty", "convention", "covenant", "protocol", "charter", "pact", "accord"}),
    "mou": frozenset({"memorandum", "mou"}),
    "bloc": frozenset({"union", "community", "association"}),  # "the bloc": the Union, Community, …
    "organisation": frozenset({"organisation", "organization"}),
    "organization": frozenset({"organization", "organisation"}),
    "centre": frozenset({"centre", "center"}),
    "center": frozenset({"center", "centre"}),
    # "launched its Action Plan … The initiative, developed with …": a plan or programme called by
    # what it does; coref takes only plans for it, not a body named "… Programme"
    "initiative": frozenset(
        {"initiative", "plan", "strategy", "programme", "program", "roadmap", "campaign"}
    ),
    # "the action plan" after a "National Plan of Action": the same words in the other order
    "action plan": frozenset({"action plan", "plan of action"}),
    "plan of action": frozenset({"plan of action", "action plan"}),
    "program": frozenset({"program", "programme"}),
    "programme": frozenset({"programme", "program"}),
}
_WORD = re.compile(r"[a-z]+")


def family(noun: str) -> frozenset[str]:
    """The words of the names ``noun`` (lower case, e.g. "law" or "action plan") may stand for."""
    return _FAMILIES.get(noun, frozenset({noun}))


@lru_cache(maxsize=16384)
def label_words(label: str) -> frozenset[str]:
    """The lower-case words of a name."""
    return frozenset(_WORD.findall(label.lower()))


def fits(label: str, noun: str) -> bool:
    """Whether the name ``label`` may be what the text calls ``noun`` ("Safe Migration Act", "law")."""
    words = label_words(label)
    return any(w in words if " " not in w else w in label.lower() for w in family(noun))
