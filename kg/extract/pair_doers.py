"""Who the pair model may not make the doer of an act: a country named as a city's, anyone
after an act still to come in the passive, and anyone whose adoption is still to come.

"The Compact to Be Adopted at a Conference in Marrakech, Morocco": Morocco is where, not who, and
"to be adopted" names no adopter yet (an agent would follow "by"). The rules read neither as an
act; the model, seeing an adoption cue and a country, would.
"""

from __future__ import annotations

import re

from kg.extract.pair_features import PairCandidate
from kg.extract.subjects import CITY_BEFORE

#: the acts done by a subject to a plan, framework or issue
ACTS = frozenset(("adopts", "implements", "supports", "callsFor"))
#: an act still to come, in the passive: "to be adopted", "will be signed"
_FUTURE_PASSIVE = re.compile(
    r"\b(?:to|will|shall|would)\s+be\s+(?:formally\s+|officially\s+|jointly\s+)?"
    r"(?:adopted|signed|ratified|launched|endorsed|approved|enacted|implemented)\b",
    re.IGNORECASE,
)
#: the words of an adoption or implementation still to come, in the active: "Somalia will launch the
#: Plan", "Myanmar is set to adopt", "ahead of the upcoming launch of the Plan" (the rules read these as
#: intentions; the model, seeing the verb, would read a deed). The verb follows "will" at once, so "political
#: will to adopt" is no future act; a future passive
#: with its agent ("is to be adopted by Ruritania") is left to the model as before
_YET_TO_COME = re.compile(
    r"(?:\bwill|\bshall|\b(?:set|poised|due|scheduled|slated|preparing|ready|"
    r"gearing up|going|about|on track|(?:is|are|was|were))\s+to)\s+"
    r"(?:(?:soon|also|now|formally|officially|then|finally|shortly|jointly|first)\s+)?"
    r"(?:launch|adopt|ratif|sign|approv|acced|enact|implement|unveil|roll|develop|validat|endors|join|"
    r"introduc|pass|becom|deposit|promulgat|finali[sz]|domesticat|gazett|carr(?:y|ied) out)\w*"
    r"|\b(?:upcoming|forthcoming|planned|imminent|future|expected|anticipated|proposed)\s+"
    r"(?:launch|adoption|ratification|signing|signature|validation|accession|enactment|approval|passage)\b",
    re.IGNORECASE,
)
#: the adoption-type acts whose time :func:`yet_to_come` reads
DEEDS = frozenset(("adopts", "implements"))
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


def yet_to_come(text: str, cand: PairCandidate) -> bool:
    """Whether an adoption or implementation still to come stands between the pair's names (or in the
    few words before the first): "Somalia will launch the Plan", "the Plan, which Peru is set to adopt"."""
    start = max(cand.sent_start, cand.first_mention.start - 40)
    return _YET_TO_COME.search(text, start, cand.second_mention.start) is not None
