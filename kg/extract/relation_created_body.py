"""A body a law or plan created is the body that carries it out.

"the National Council, which the Act created to coordinate the response", "the Agency, established
under the Law to enforce it": the body implements the instrument that made it. It does not adopt it
(the legislature did): :data:`~kg.extract.cues.ADOPTS` reads no adoption in "established by the Act".
"""

from __future__ import annotations

import re

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
            continue
        made = _CREATED_BY.match(sent.text, end)
        if made is not None and made.end() in starts:
            rules.add(body, "implements", starts[made.end()], "created")
