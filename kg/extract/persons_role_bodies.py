"""The body a role phrase is held in, when it is named after the role, and whom "from the …"
names: "Tomas Berg, Head of Cooperation, Delegation of the EU to Ghana", "Ana Lind, President,
Lumbini Workers Association (LWA)", "Raj Thapa, from the Ministry of Labour and Employment".

Participant lists and speakers' lines write the role and the body as two comma-separated
items; the body belongs to the role (the person speaks for it), unless another person's name
starts there.
"""

from __future__ import annotations

import re
from bisect import bisect_left

#: ", Delegation of the European Union to Nepal" after "X, Head of Cooperation": up to the next
#: comma or semicolon, with the body's acronym
_BODY_AFTER_ROLE = re.compile(
    r",[ \t]+(?:the[ \t]+)?[A-Z][^,;:.\n“”\"()]{2,100}?(?:[ \t]*\([A-Z][\w-]*\))?(?=[,;.\n]|[ \t]*\(|$)"
)
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][\w-]*\)")
_FROM_BODY = re.compile(
    r",[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][^,;:.\n“”\"()]{2,100}?(?:[ \t]*\([A-Z][\w-]*\))?"
    r"(?=[,;.\n]|[ \t]*\(|$)"
)


def holds_person(persons: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``persons`` (sorted (start, end) spans) starts inside ``[start, end)``."""
    at = bisect_left(persons, (start, 0))
    return at < len(persons) and persons[at][0] < end


def role_end_with_body(text: str, persons: list[tuple[int, int]], role_end: int) -> int:
    """Where a role phrase ending at ``role_end`` ends with the body named after it, if any."""
    body = _BODY_AFTER_ROLE.match(text, role_end)
    if body is None or holds_person(persons, *body.span()):
        return role_end
    acronym = _ACRONYM_AFTER.match(text, body.end())
    return acronym.end() if acronym else body.end()


def from_body(text: str, persons: list[tuple[int, int]], name_end: int) -> tuple[int, int] | None:
    """(start, end) of "from the Ministry of Labour" right after a name ending at ``name_end``."""
    body = _FROM_BODY.match(text, name_end)
    if body is None or holds_person(persons, *body.span()):
        return None
    return body.start() + 2, body.end()
