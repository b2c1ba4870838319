"""The role under a speaker's name in a statement's signature block:

    Ambassador Lena Fors
    Swedish Representative for Economic and Social Affairs
    Swedish Mission to the United Nations

A name alone on its line (after at most a title) and, on the next line, a role phrase with no
sentence in it: the role is the person's, as "Lena Fors, Swedish Representative …" would be.
"""

from __future__ import annotations

import re

from kg.extract.persons_anchors import ROLE_WORD as _ROLE_WORD

#: what may stand before the name on its line: a title of a few capitalized words ("H.E. Ambassador")
_TITLE_ONLY = re.compile(r"[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,3}")
#: the gap between a name ending its line and the role line under it
LINE_GAP = re.compile(r"[ \t]*\n[ \t]*")


def signature_role(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the role line under the name at ``text[start:end]``, if the name stands alone
    on its line and the next line is a role phrase; None otherwise."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return None  # the name does not end its line
    line_start = text.rfind("\n", 0, start) + 1
    if not _TITLE_ONLY.fullmatch(text, line_start, start):
        return None  # "… said Lena Fors": a sentence, not a signature
    role_start = line_end + 1
    role_end = text.find("\n", role_start)
    if role_end < 0:
        role_end = len(text)
    role = text[role_start:role_end]
    stripped = role.strip()
    if not stripped or len(stripped) > 120 or stripped[-1] in ".!?:;," or not _ROLE_WORD.search(role):
        return None
    lead = len(role) - len(role.lstrip())
    return role_start + lead, role_start + lead + len(stripped)
