"""Who the pair model may not make the doer of an act: a country named as a city's, or anyone
after an act still to come in the passive.

"The Compact to Be Adopted at a Conference in Marrakech, Morocco": Morocco is where, not who, and
"to be adopted" names no adopter yet (an agent would follow "by"). The rules read neither as an
act; the model, seeing an adoption cue and a country, would.
"""

from __future__ import annotations

import re

from kg.extract.actors import CITY_BEFORE
from kg.extract.pair_features import PairCandidate

#: the acts done by a subject to a plan, framework or issue
ACTS = frozenset(("adopts", "implements", "supports", "callsFor"))
#: an act still to come, in the passive: "to be adopted", "will be signed"
_FUTURE_PASSIVE = re.compile(
    r"\b(?:to|will|shall|would)\s+be\s+(?:formally\s+|officially\s+|jointly\s+)?"
    r"(?:adopted|signed|ratified|launched|endorsed|approved|enacted|implemented)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def no_doer(text: str, cand: PairCandidate, subject_first: bool) -> bool:
    """Whether the would-be subject of an act is a country named as a city's, or comes after an act
    in the future passive without "by" before it."""
    subj, mention = (cand.first, cand.first_mention) if subject_first else (cand.second, cand.second_mention)
    lead = max(cand.sent_start, mention.start - 40)
    if subj.type == "Country" and CITY_BEFORE.search(text, lead, mention.start) is not None:
        return True  # "… in Marrakech, Morocco": where
    if subject_first:
        return False
    return (
        _FUTURE_PASSIVE.search(text, cand.first_mention.end, mention.start) is not None
        and _BY_BEFORE.search(text, lead, mention.start) is None
    )
