"""One goal or target of the Sustainable Development Goals, named with its number.

"Sustainable Development Goal 16", "SDG 8", "SDG 10.7", "SDG target 8.7": a policy that commits
to one goal or target commits to that instrument, not to all seventeen goals, so each is its own
Framework. A bare "Goal 13" or "target 10.7 of the SDGs" is not read: the first may be any
document's goal, the second names the SDGs themselves.

>>> [m[:2] for m in sdg_goals("It serves SDG 16 and SDG target 8.7, not Goal 3.")]
[(10, 16), (21, 35)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: the goal (1-17) or target (goal.number or goal.letter) after "Sustainable Development Goal" or "SDG"
_NAMED = re.compile(
    r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Sustainable\s+Development\s+Goal|SDG)"
    r"(?:\s+[Tt]arget)?\s+(?:1[0-7]|[1-9])(?:\.(?:\d{1,2}|[a-c]))?(?![\d.]?\d)"
)


def sdg_goals(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of each SDG goal or target named with its number in ``text``."""
    if "SDG" not in text and "Development Goal" not in text:
        return
    for m in _NAMED.finditer(text):
        yield m.start(), m.end(), "Framework"
