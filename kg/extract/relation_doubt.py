"""An act feared, doubted, only promised or still being prepared is not done; a reflection is no call.

"… said he supported the Convention but feared the State did not have enough inspectors to
enforce it": enforcing is what the speaker doubts will happen, not an implementation; the support
stated before the doubt stands. "Angola pledged to present its Policy", "we are completing the
procedures to ratify the Protocol": not (yet) adopted. "We must ask what has changed for the people
the Compact was written for": a question put, not a call for the Compact.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.relation_context import SentenceRules

#: a doubt over the act that follows it in the clause ("unclear whether Kenya ratified"); a question
#: ("asked if Peru had ratified")
_DOUBT = re.compile(
    r"\b(?:fear(?:s|ed|ing)?|doubt(?:s|ed|ing|ful)?|worr(?:y|ies|ied)|sceptical|skeptical|question(?:s|ed)? "
    r"whether|whether|" + cues.ASKED_IF + r"|lack(?:s|ed|ing)?|"
    r"(?:do|does|did|would|will|could) not have|cannot|can't|could not|"
    r"unable to|too few|not enough|insufficient)\b[^.;:!?,]{0,80}$"
)
_DOUBT_WORDS = (
    "fear", "doubt", "worr", "scept", "skept", "whether", " if ", "lack", "not have", "cannot", "can't",
    "could not", "unable", "too few", "not enough", "insufficient",
)  # fmt: skip
#: an act promised or prepared, right before the cue: "pledged to present", "the procedures to ratify"
_NOT_YET = re.compile(
    r"\b(?:(?:pledg|promis|vow|undert(?:ook|ake|akes))(?:e|es|ed|ing|s)?\s+to|"
    r"(?:procedures?|process|preparations?|formalities)\s+(?:(?:necessary|needed|required)\s+)?"
    r"(?:to|for))\s+(?:(?:formally|swiftly|fully)\s+)?(?:(?:present|submit|table|publish)\s+)?$"
)
_NOT_YET_WORDS = (
    "pledg",
    "promis",
    "vow",
    "undert",
    "procedure",
    "steps",
    "process",
    "preparation",
    "formalit",
)
#: a modal before a verb of reflection: "we must ask", "we should remember"
_REFLECTION = re.compile(
    r"\b(?:must|should|need to|needs to)\s+(?:also\s+|now\s+|still\s+)?(?:ask|wonder|remember|recall|"
    r"recogni[sz]e|acknowledge|admit|reflect|consider|note)\b"
)
_ACTS = frozenset(("adopts", "implements"))


def drop_doubted_acts(rules: SentenceRules) -> None:
    """Drop the adopts and implements whose cue, wherever it stands in the sentence, follows a
    doubt in its clause or a promise right before it, and the calls of a modal of reflection."""
    low = rules.sent.low
    if not rules.out:
        return
    doubt = any(w in low for w in _DOUBT_WORDS)
    not_yet = any(w in low for w in _NOT_YET_WORDS)
    reflection = ("must " in low or "should " in low or "need" in low) and _REFLECTION.search(low)
    if not doubt and not not_yet and not reflection:
        return
    base = rules.sent.start
    keep = []
    for f in rules.out:
        if f.start == base and f.cue:
            if f.predicate in _ACTS and (doubt or not_yet):
                places = [m.start() for m in re.finditer(re.escape(f.cue.lower()), low)]
                if places and all(
                    (doubt and _DOUBT.search(low, max(0, at - 90), at))
                    or (not_yet and _NOT_YET.search(low, max(0, at - 50), at))
                    for at in places
                ):
                    continue
            if f.predicate == "callsFor" and reflection and f.cue.lower() in ("must", "should", "need to"):
                continue
        keep.append(f)
    rules.out[:] = keep
