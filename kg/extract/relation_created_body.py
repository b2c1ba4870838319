"""A body a law or plan created is the body that carries it out.

"the National Council, which the Act created to coordinate the response", "the Agency, established
under the Law to enforce it": the body implements the instrument that made it. It does not adopt it
(the legislature did): "The Board, established by the Act of 2005, Act 694, is …" is no adoption of the
Act, nor of its number named beside it.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

#: ", which the " (the instrument follows), then the verb: ", which the Act created"
_WHICH_THE = re.compile(r"\s*(?:\([^()]{1,30}\))?,\s+(?:which|that)\s+(?:the\s+|this\s+)?")
_CREATED_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:created|established|set\s+up|instituted)\b")
#: ", established under the ", ", created by the ": the instrument follows
_CREATED_BY = re.compile(
    r"\s*(?:\([^()]{1,30}\))?,\s+(?:which\s+was\s+|that\s+was\s+)?(?:created|established|set\s+up|instituted)"
    r"\s+(?:in\s+\d{4}\s+)?(?:by|under)\s+(?:the\s+|this\s+)?"
)


def created_bodies(rules: SentenceRules) -> None:
    """implements: a body and the instrument said to have created it."""
    low = rules.sent.low
    if "Organization" not in rules.types or not rules.types & {"Plan", "Framework"}:
        return
    if "creat" not in low and "establish" not in low and "set up" not in low and "institut" not in low:
        return
    sent = rules.sent
    base = sent.start
    starts = {m.start - base: e for m, e in sent.of_types(ITEMS)}
    for m, body in sent.of_types(("Organization",)):
        end = m.end - base
        which = _WHICH_THE.match(sent.text, end)
        if which is not None and which.end() in starts:
            item = starts[which.end()]
            mention = next(x for x, e in sent.of_types(ITEMS, base + which.end()) if e is item)
            if _CREATED_AFTER.match(sent.text, mention.end - base):
                rules.add(body, "implements", item, "created")
                _not_adopted(rules, body, which.end(), mention.end - base)
            continue
        made = _CREATED_BY.match(sent.text, end)
        if made is not None and made.end() in starts:
            rules.add(body, "implements", starts[made.end()], "created")
            _not_adopted(rules, body, made.end(), made.end() + _REACH)


#: how far after "established by" the instrument's other names may stand: "the Act of 2005, Act 694"
_REACH = 60


def _not_adopted(rules: SentenceRules, body: EntityRec, lo: int, hi: int) -> None:
    """Drop the body's adoption of the instruments named from ``lo`` to ``hi`` (in the sentence)."""
    base = rules.sent.start
    made = {e.key for _m, e in rules.sent.of_types(ITEMS, base + lo, base + hi)}
    rules.out = [
        f for f in rules.out if not (f.subject == body.key and f.predicate == "adopts" and f.object in made)
    ]
