"""Acts a sentence states in the passive: who did them, and what they were done to.

"The National Plan was launched on Friday" names no agent (the text's country may be it); "a tribunal
has been established to …, and campaigns were included in our national strategy" has its object
before the cue, never after it; "Conatrap was established by Decree No. 7901" names the means after
"by", not an agent nor the thing established.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import Sentence
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_wording import BY_WORD

AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|will be)\s+(?:[a-z]+\s+)?$")
#: a cue in the past participle: "validated", "established", "drawn up", "put in place"
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|wn)\b|put in place")
#: "by Decree No. 7901", "by the Act": the item right after "by" is the means of a passive act
_BY_THE = re.compile(r"by\s+(?:the\s+)?")


def agentless_passive(low: str, cue: re.Match[str], predicate: str) -> bool:
    """Whether an adopting or implementing cue is a passive whose object stands before it ("… has
    been established to expedite trials"): what follows is no object of it, whatever it names."""
    return (
        predicate in ("adopts", "implements")
        and _PARTICIPLE.match(cue.group()) is not None
        and AUX_BEFORE.search(low, max(0, cue.start() - 30), cue.start()) is not None
    )


def instrument_agent(text: str, by_at: int, first_after: MentionRec | None, base: int) -> bool:
    """Whether the item right after a passive's "by" (at ``by_at``, in the document) is the means
    of the act ("established by Decree No. 7901"), not its object nor (an item) its agent."""
    if first_after is None:
        return False
    gap = _BY_THE.match(text, by_at - base)
    return (
        gap is not None
        and gap.end() == first_after.start - base
        and not text.startswith(("’s", "'s"), first_after.end - base)
    )


def national_plan_before(sent: Sentence, cue: re.Match[str], low: str) -> EntityRec | None:
    """The national plan a passive cue without an agent is about: "The National Plan was launched"."""
    if not AUX_BEFORE.search(low, max(0, cue.start() - 30), cue.start()):
        return None
    if BY_WORD.search(low, cue.end()) or cues.MODAL.search(low, max(0, cue.start() - 60), cue.start()):
        return None
    plans = sent.of_types(("Plan",), sent.start, sent.start + cue.start())
    if not plans or sent.start + cue.start() - plans[-1][0].end > 40:
        return None
    plan = plans[-1][1]
    return plan if "national" in plan.label.lower() else None


def unclaimed(low: str, cue: re.Match[str]) -> bool:
    """Whether no agent follows "by" and no modal comes before the cue: an act stated, by nobody named."""
    return not BY_WORD.search(low, cue.end(), len(low)) and not cues.MODAL.search(
        low, max(0, cue.start() - 60), cue.start()
    )
