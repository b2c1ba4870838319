"""represents for a person named right after a body's or country's possessive ("Peru's Ana Ruiz
said …", "the ILO's Ana Ruiz") or right before "from" a body ("Ana Ruiz from the ILO said").

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
        elif first.type == "Person" and second.type == "Organization" and _FROM.fullmatch(text, *gap):
            rules.add(first, "represents", second, "from")
