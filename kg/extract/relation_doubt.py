"""An act feared, doubted or said to be beyond means is not done.

"… said he supported the Convention but feared the State did not have enough inspectors to
enforce it": enforcing is what the speaker doubts will happen, not an implementation; the
support stated before the doubt stands.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: a doubt over the act that follows it in the clause
_DOUBT = re.compile(
    r"\b(?:fear(?:s|ed|ing)?|doubt(?:s|ed|ing|ful)?|worr(?:y|ies|ied)|sceptical|skeptical|question(?:s|ed)? "
    r"whether|whether|lack(?:s|ed|ing)?|(?:do|does|did|would|will|could) not have|cannot|can't|could not|"
    r"unable to|too few|not enough|insufficient)\b[^.;:!?]{0,80}$"
)
_ACTS = frozenset(("adopts", "implements"))


def drop_doubted_acts(rules: SentenceRules) -> None:
    """Drop the adopts and implements whose cue, wherever it stands in the sentence, follows a
    doubt in its clause ("feared the State did not have enough inspectors to enforce it")."""
    low = rules.sent.low
    if not rules.out or not any(
        w in low
        for w in (
            "fear",
            "doubt",
            "worr",
            "scept",
            "skept",
            "whether",
            "lack",
            "not have",
            "cannot",
            "can't",
            "could not",
            "unable",
            "too few",
            "not enough",
            "insufficient",
        )
    ):
        return
    base = rules.sent.start
    keep = []
    for f in rules.out:
        if f.predicate in _ACTS and f.start == base and f.cue:
            word = f.cue.lower()
            places = [m.start() for m in re.finditer(re.escape(word), low)]
            if places and all(_DOUBT.search(low, max(0, at - 90), at) for at in places):
                continue
        keep.append(f)
    rules.out[:] = keep
