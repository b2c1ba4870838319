"""A bill that passes a chamber is adopted by it: "The bill … cleared the Senate by 17 votes to 11".

In "The bill passed the National Assembly" the chamber is the object, not the subject, of "passed":
the chamber adopts the bill (the nearest actor before the verb, perhaps named in an apposition, is
not the one acting).
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

#: after the bill (and an apposition): " cleared the ", ", passed the ", " sailed through the "
_CLEARED = re.compile(
    r"(?:\s*,[^;:]{1,80}?,)?\s+(?:(?:has|had|was)\s+)?(?:also\s+|then\s+|finally\s+)?"
    r"(?:cleared|passed|sailed\s+through|got\s+through|won\s+approval\s+(?:in|of|from))\s+(?:the\s+)?$"
)


def chambers_passed(rules: SentenceRules) -> None:
    """adopts: the chamber a bill named before "cleared" or "passed" got through."""
    low = rules.sent.low
    if "Organization" not in rules.types or not any(
        w in low for w in ("cleared", "passed", "through", "approval")
    ):
        return
    sent = rules.sent
    base = sent.start
    items = sent.of_types(ITEMS)
    if not items:
        return
    for m, body in sent.of_types(("Organization",)):
        for im, item in reversed(items):
            if im.end <= m.start and m.start - im.end <= 120:
                if _CLEARED.fullmatch(low, im.end - base, m.start - base):
                    rules.add(body, "adopts", item, "cleared")
                break
