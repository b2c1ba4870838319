"""Two parties a meeting verb sets apart: a person does not act for the body met, thanked or hosted.

"IOM representatives met with the Secretary General of the Ministry, Ana Ruiz": Ana Ruiz is the
Ministry's, not IOM's; "Minister Ana Ruiz thanked UNICEF for its support": she is no UNICEF official.
The pair model reads closeness, not the verb between; :mod:`kg.extract.pair_model` asks here before
it adds a ``represents`` link.
"""

from __future__ import annotations

import re

#: a verb of meeting, thanking, receiving or addressing between two parties
#: (finite forms only: "IOM officials attending the meeting, Ana Ruiz and …", "the Ministers of SADC
#: hosting the summit, A and B" describe the body's own people)
_MET = re.compile(
    r"\b(?:met|meets|thank(?:ed|s)?|welcom(?:ed|es)|receiv(?:ed|es)|host(?:ed|s)"
    r"|visit(?:ed|s)|call(?:ed|s)[ \t]+on|brief(?:ed|s)|address(?:ed|es)|courtesy[ \t]+call"
    r"|congratulat(?:ed|es))\b"
)


def met_between(text: str, start: int, end: int) -> bool:
    """Whether a meeting verb stands in ``text[start:end]``, between the two parties' mentions."""
    return start < end and _MET.search(text, start, end) is not None
