"""An instrument named as the response to a problem addresses it.

"… reaffirmed the Regional Protection Framework as the regional response to forced displacement",
"the Plan, the country's answer to child labour": the instrument addresses the issue.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

#: right after the instrument: " (MIRPS) as the regional response to ", ", the country's answer to "
_RESPONSE_TO = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*|\s+as\s+|\s+is\s+|\s+was\s+)(?:the|a|an|its|their|our|the\s+\w+[’']s)\s+"
    r"(?:(?:main|key|regional|national|global|joint|common|comprehensive|coordinated|collective|"
    r"international|continental|shared)\s+){0,2}(?:response|answer|responses)\s+to\s+(?:the\s+)?$"
)


def response_addresses(rules: SentenceRules) -> None:
    """addresses: "the X as the regional response to forced displacement"."""
    if "Issue" not in rules.types or ("response" not in rules.sent.low and "answer" not in rules.sent.low):
        return
    sent = rules.sent
    base = sent.start
    items = sent.of_types(ITEMS)
    for m, issue in sent.of_types(("Issue",)):
        for im, item in reversed(items):
            if im.end <= m.start and m.start - im.end <= 90:
                if _RESPONSE_TO.fullmatch(sent.low, im.end - base, m.start - base):
                    rules.add(item, "addresses", issue, "response to")
                break
