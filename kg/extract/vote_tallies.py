"""Countries named in a recorded vote's tally: counted, not acting.

"adopted by a recorded vote of 181 in favour to 2 against (Hungary, United States), with 3
abstentions (Eritrea, Liberia, Libya), endorsing the Compact": the bracketed lists say how members
voted on the text; none of them adopts or endorses what the sentence's verbs act on (those against
voted to reject it), so :class:`~kg.extract.actors.Sentence` leaves them out of its actors.
"""

from __future__ import annotations

import re

#: the words a tally's bracket follows: "2 against (", "3 abstentions (", "in favour: ("
_TALLY_HEAD = re.compile(
    r"(?:\bagainst|\bin\s+favou?r|\babstentions?|\babstaining|\babstained|\bopposed|\bvoting\s+no)"
    r"\s*:?\s*\(\s*\Z",
    re.IGNORECASE,
)
_WINDOW = 400  # how far back a tally's opening bracket is looked for


def in_tally(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a bracketed vote tally."""
    lo = max(0, at - _WINDOW)
    opening = text.rfind("(", lo, at)
    if opening < 0 or ")" in text[opening:at]:
        return False
    return _TALLY_HEAD.search(text, max(0, opening - 30), opening + 1) is not None
