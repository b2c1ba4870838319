"""Whether an act named after some words is only intended, promised or still ahead, not done:
"plans to ratify", "is considering joining", "will soon ratify", "the upcoming launch of",
"commitments made by A and B to ratify". Adoption rules ask it before they read an act as done.
"""

from __future__ import annotations

import re

from kg.extract.relation_wording import MOVE_NOT_YET

#: "plans to ratify", "is expected to sign", "is considering joining", "the bill to ratify": not (yet) an act;
#: nor is a move not yet done, MOVE_NOT_YET ("Kenya's attempt to ratify … failed"),
#: though "efforts to implement" is implementing (only adoption acts are checked)
_INTENT = re.compile(
    r"\b(?:(?:bills?|motions?|" + MOVE_NOT_YET + r"|plann(?:ed|ing)|attempt(?:ed|ing)|"
    r"intend(?:s|ed|ing)?|expect(?:s|ed|ing)?|set|"
    r"aim(?:s|ed|ing)?|hop(?:es|ed|ing)|"
    r"seek(?:s|ing)?|sought|want(?:s|ed)?|wish(?:es|ed)?|prepar(?:ed|ing)|poised|due|likely|about|"
    r"propos(?:es|ed|ing)|consider(?:s|ed|ing)?|ready)\s+to|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|"
    r"weigh(?:s|ed|ing)?|explor(?:es|ed|ing)|discuss(?:es|ed|ing)?|whether\s+to)\s+(?:formally\s+)?$"
)
#: "Argentina, Finland, Spain and Uruguay", "the Government of Chile": names as the text writes them
_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*"
_NAMES = _NAME + r"(?:(?:,\s+|,?\s+and\s+)" + _NAME + r")*"
#: a promise whose makers may stand between it and its act: "commitments made by A and B to ratify"
#: (not one kept: "honoured its commitment to ratify")
_PROMISED_TO = re.compile(
    r"(?<!honoured its )(?<!honored its )(?<!fulfilled its )(?<!kept its )"
    r"\b(?i:commitments?|pledges?|promises?|intention|readiness|willingness)\s+(?:(?:made|given|announced)\s+)?"
    r"(?:by\s+" + _NAMES + r"\s+)?to\s+$"
)
_INTENT_VERBS = ("consider", "mull", "weigh", "explor", "discuss")
#: an act named as still ahead: "the upcoming launch of the Policy", "its forthcoming ratification"
_AHEAD = frozenset(["upcoming", "forthcoming", "imminent", "anticipated", "proposed", "future", "expected"])
_FUTURE_ADVERBS = frozenset(["soon", "shortly", "also", "then", "now", "eventually", "finally", "quickly"])


def only_intended(low: str, at: int, text: str = "") -> bool:
    """Whether the words before ``at`` say an act is only intended: "plans to", "is considering"
    (``text``: the sentence as written, for a promise made by a list of names)."""
    words = low[max(0, at - 40) : at].split()
    if words and words[-1] == "formally":
        words.pop()
    if words and words[-1] in _FUTURE_ADVERBS:
        words.pop()
    if words and words[-1] in _AHEAD:
        return True  # "ahead of the upcoming launch of the Policy": not launched yet
    if words and words[-1] in ("will", "would", "shall", "could", "may", "might", "can"):
        return True  # "Chile will soon ratify the Protocol", "Zambia could sign it": not done yet
    if not words or (words[-1] != "to" and not words[-1].startswith(_INTENT_VERBS)):
        return False
    if _PROMISED_TO.search(text or low, max(0, at - 140), at):
        return True  # "commitments made by Argentina, Finland and Spain to ratify": promised, not done
    return _INTENT.search(low, max(0, at - 40), at) is not None


def intended_before(low: str, at: int) -> bool:
    """Whether the words right before ``at`` say only an intent: "hopes to", "plans to", "is
    considering" (the test :func:`only_intended` makes after its other checks)."""
    return _INTENT.search(low, max(0, at - 40), at) is not None
