"""Issues a text lists by name after "the issues of": "addressing the issues of migration,
displacement, and planned relocation".

The reference scheme cannot hold every problem a text treats; a text that says "the issues of"
names its issues itself, in plain lower-case words. Each item of that list (one to three
lower-case words, joined by commas and "and"/"or") is an issue. Items with a determiner or a
capital ("the issues of the day", "of Pacific States") are no such list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ITEM = r"[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){0,2}"
_LIST = re.compile(
    r"\b(?:issues|problems|challenges|questions)[ \t]+of[ \t]+(?P<list>"
    + _ITEM
    + r"(?:(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?"
    r"|[ \t]+(?:and|or)[ \t]+)"
    + _ITEM
    + r"){0,5})(?=[ \t]*[,.;:)]|[ \t]+(?:comprehensively|together|in|at|for|"
    r"through|with|by|which|that|as|is|are|was|were)\b)"
)
_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
#: words that open no issue's name
_NOT_FIRST = frozenset(
    ("the", "a", "an", "its", "their", "our", "this", "these", "those", "all", "such", "some", "any", "other")
)


def listed_issues(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Issue") of each item listed after "the issues of" (two items at least)."""
    if " of " not in text or not any(w in text for w in ("issues", "problems", "challenges", "questions")):
        return
    for m in _LIST.finditer(text):
        at = m.start("list")
        chunk = m.group("list")
        parts = []
        pos = 0
        for sep in _SPLIT.finditer(chunk):
            parts.append((pos, sep.start()))
            pos = sep.end()
        parts.append((pos, len(chunk)))
        if len(parts) < 2 or any(chunk[a:b].split()[0] in _NOT_FIRST for a, b in parts):
            continue
        for a, b in parts:
            words = chunk[a:b].split()
            while len(words) > 1 and len(words[-1]) > 6 and words[-1].endswith("ly"):
                b -= len(words.pop()) + 1  # "… planned relocation comprehensively": a manner, not the issue
            yield at + a, at + b, "Issue"
