"""One goal or target of the Sustainable Development Goals, named with its number.

"Sustainable Development Goal 16", "SDG 8", "SDG16", "SDG 10.7", "SDG target 8.7", "SDGs 1, 5 and
8": a policy that commits to one goal or target commits to that instrument, not to all seventeen
goals, so each is its own Framework. In a list the first goal's span holds the lead words and each
other goal is its number. A bare "Goal 13" or "target 10.7 of the SDGs" is not read: the first may
be any document's goal, the second names the SDGs themselves.

>>> [m[:2] for m in sdg_goals("It serves SDG 16 and SDG target 8.7, not Goal 3.")]
[(10, 16), (21, 35)]
>>> [text for _s, _e, text in sdg_goals("Progress on SDGs 1, 5 and 8 was slow.", texts=True)]
['SDGs 1', '5', '8']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: a goal (1-17) or a target (goal.number or goal.letter)
_GOAL = r"(?:1[0-7]|[1-9])(?:\.(?:\d{1,2}|[a-d]))?(?![\d.]?\d)"
#: the lead words, then the first number, then more numbers joined by commas or "and"
_NAMED = re.compile(
    r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Sustainable\s+Development\s+Goals?\s+|SDGs?\s*)"
    r"(?:[Gg]oals?\s+)?(?:[Tt]argets?\s+)?(" + _GOAL + r")"
    r"((?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)" + _GOAL + r")*"
)
_MORE = re.compile(_GOAL)


def sdg_goals(text: str, *, texts: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of each SDG goal or target named with its number in ``text``
    (the span's text instead of the type when ``texts``)."""
    if "SDG" not in text and "Development Goal" not in text:
        return
    for m in _NAMED.finditer(text):
        yield m.start(), m.end(1), text[m.start() : m.end(1)] if texts else "Framework"
        for more in _MORE.finditer(text, m.end(1), m.end()):
            yield more.start(), more.end(), more.group() if texts else "Framework"


_LABEL = re.compile(
    r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Sustainable\s+Development\s+Goals?\s+|SDGs?\s*)?"
    r"(?:[Gg]oals?\s+)?(?:[Tt]argets?\s+)?(" + _GOAL + r")"
)


def canonical_label(label: str) -> str | None:
    """ "SDG 8.7" for a goal or target however the text wrote it ("SDG target 8.7", "Sustainable
    Development Goal 8.7", "8.7" in a list): one node per goal or target, or None for another name.

    >>> [canonical_label(x) for x in ("Sustainable Development Goals 5", "16", "SDG Goal 5", "SDGs")]
    ['SDG 5', 'SDG 16', 'SDG 5', None]
    """
    m = _LABEL.fullmatch(label)
    return f"SDG {m.group(1)}" if m else None
