"""Lower-case words between a role phrase and the name it describes.

News writes "Ghana's Minister of Labour on Tuesday, Jane Doe, said", "the Director-General of
the ILO, speaking in Geneva, Jane Doe, said", "the Special Rapporteur on trafficking in persons,
especially women and children, Jane Doe": the role is still the person's. Used by
:mod:`kg.extract.persons`, which finds roles only next to a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: a clause that continues a role phrase: "especially women and children", "speaking in Geneva"
ROLE_TAIL = re.compile(r"[ \t]*(?:especially|including|in particular|particularly|notably|[a-z]+ing)\b")
#: lower-case words right before the name: " on Tuesday, ", ", speaking in Geneva, "
INTERJECTION = re.compile(
    r"(?:,[ \t]*[a-z]+ing\b[^,.;:\n]{0,40}|[ \t]+(?:on|last|this|earlier|late|also|yesterday|today)\b"
    r"[^,.;:\n]{0,30})[ \t]*,[ \t]*$"
)


def role_before_interjection(
    text: str,
    pos: int,
    lo: int,
    role_start: Callable[[str, int, int], int],
    role_word: re.Pattern[str],
) -> tuple[int, int]:
    """The role phrase before lower-case words that end right before the name at ``pos``, not
    before ``lo``, or an empty span; ``role_start`` finds where a role phrase ending somewhere
    begins, ``role_word`` a role word in it."""
    inter = INTERJECTION.search(text, max(lo, pos - 200), pos)
    if inter is None:
        return pos, pos
    end = inter.start()
    line_start = max(text.rfind("\n", 0, end), text.rfind(",", 0, end), lo - 1) + 1
    start = role_start(text, line_start, end)
    return (start, end) if role_word.search(text, start, end) else (pos, pos)
