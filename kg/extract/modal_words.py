"""A shortcut for :data:`~kg.extract.cues.MODAL`: the words every one of its matches holds.

MODAL tries many look-arounds at every place (some 11 µs for the 60 characters before a cue, a
tenth of the commitment rules' time); a stretch holding none of these words holds no match, and
the substring tests cost a tenth of the search.
"""

from __future__ import annotations

import re

from kg.extract import cues

#: one of them is in every match of MODAL ("need to", "call for", "urged", "it is essential", …);
#: MODAL is case-sensitive and spelled in lower case, so the test holds on any text
MODAL_WORDS = (
    "must", "should", "need", "demand", "call", "urg", "encourag", "invit", "ask", "request", "exhort",
    "appeal", "expect", "want", "press", "push", "it is",
)  # fmt: skip


def modal_search(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``cues.MODAL.search(text, pos, endpos)``, not tried where none of :data:`MODAL_WORDS` is."""
    window = text[max(0, pos) : endpos]  # a search takes a negative ``pos`` as 0
    if not any(w in window for w in MODAL_WORDS):
        return None
    return cues.MODAL.search(text, pos, endpos)
