"""represents for a person named right after a body's or country's possessive ("Peru's Ana Ruiz
said …", "the ILO's Ana Ruiz") or right before "from" a body ("Ana Ruiz from the ILO said"; not "a
letter to Ana Ruiz from the UNHCR office").

News writes whom a person speaks for this way when it gives no title; the owner is the person's
country or body, as with "Peru's ambassador Ana Ruiz".
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.relation_context import SentenceRules

#: between the owner's name and the person's: the possessive only
_POSSESSIVE = re.compile(r"[’']s[ \t]+")
#: between the person's name and the body's: "from (the)"
_FROM = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?")
#: a person after these words is an object ("a letter to Ana Ruiz from the UNHCR office")
_OBJECT_BEFORE = re.compile(r"\b(?:to|for|with|by|from|of|at|on|about|and)[ \t]+$")
#: what follows the body when it is the person's: the end of the phrase or a verb of saying
_BODY_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|(?:said|says|told|noted|added|explained|stressed|urged|warned|called|welcomed|praised)\b)"
)


def owned_persons(rules: SentenceRules) -> None:
    """represents: the person right after "<Country or Organization>'s", or right before "from the <Body>"."""
    text = rules.sent.text
    if "Person" not in rules.types or not ("’s " in text or "'s " in text or " from " in text):
        return
    base = rules.sent.start
    for (m1, first), (m2, second) in pairwise(rules.sent.mentions):
        gap = (m1.end - base, m2.start - base)
        if (
            second.type == "Person"
            and first.type in ("Country", "Organization")
            and _POSSESSIVE.fullmatch(text, *gap)
        ):
            rules.add(second, "represents", first, "possessive")
        elif (
            first.type == "Person"
            and second.type == "Organization"
            and _FROM.fullmatch(text, *gap)
            and not _OBJECT_BEFORE.search(text, max(0, gap[0] - len(first.label) - 16), m1.start - base)
            and _BODY_ENDS.match(text, m2.end - base)
        ):
            rules.add(first, "represents", second, "from")
