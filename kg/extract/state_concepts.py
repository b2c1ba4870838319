"""A state's "Concept": the policy document of many post-Soviet governments.

"the Concept for Combating Human Trafficking in Uzbekistan for 2021-2025", "the Concept of Migration
Policy for 2023-2027", "the Concept on Countering Trafficking": a plan, when the concept is for doing
something (its topic opens with a verb's -ing form) or covers a period. "Concept Note", "One Health
Concept" or "the Strategic Concept of NATO" are other things.

>>> [text for _s, _e, text in state_concepts("Tashkent approved the Concept for Combating Human "
...     "Trafficking for 2021-2025. A Concept Note was shared.", texts=True)]
['Concept for Combating Human Trafficking for 2021-2025']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import YEAR, YEAR_RANGE

#: the topic's words: capitalized, and the small words between them
_WORDS = r"(?:[ \t]+(?:[A-Z][\w’'-]*|(?:of|the|and|in|on|for|against)(?=[ \t]+[A-Z])))*"
_PERIOD = r"[ \t]+(?:for|until|to)[ \t]+(?:the[ \t]+(?:period[ \t]+)?)?(?:" + YEAR_RANGE + "|" + YEAR + r")\b"
#: "Concept for/of/on" + a topic in capitals, with an -ing topic or a period (or both)
_CONCEPT = re.compile(
    r"(?<![\w-])Concept[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?"
    r"(?:(?P<act>[A-Z][a-z]+ing)\b" + _WORDS + r"(?:" + _PERIOD + r")?"
    r"|[A-Z][\w’'-]*" + _WORDS + _PERIOD + r")"
)


def state_concepts(text: str, *, texts: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each state concept in ``text`` (its text for the type when ``texts``)."""
    if "Concept " not in text:
        return
    for m in _CONCEPT.finditer(text):
        yield m.start(), m.end(), m.group() if texts else "Plan"
