"""An entity the sentence leaves out takes no part in its relations: "G20 leaders except U.S.
President Donald Trump reaffirmed their commitment to the Paris Agreement", "Chile, unlike Peru,
ratified the Protocol", "Peru ratified every convention except the Protocol".

A relation is dropped, whatever rule or the pair model found it, when one of its two entities is
named in the sentence only right after "except", "excluding", "unlike", "other than", "apart
from" or "with the exception of" (a few title words may stand between: "except U.S. President X"),
unless the sentence is negative ("no country other than Peru has ratified …": Peru has).
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

EXCEPT_WORDS = ("except", "excluding", "unlike", "other than", "apart from", "exception of")
#: the words of exclusion, then at most a few title words before the entity: "except U.S. President "
_EXCEPTED = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|unlike|other\s+than|apart\s+from|with\s+the\s+exception\s+of)\s+"
    r"(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$",
    re.IGNORECASE,
)


#: an exception under a negative names the one that acts: "no country other than Peru has ratified"
_NEGATIVE = re.compile(r"\b(?:no|none|nobody|not|never|only|neither|nor)\b|n[’']t\b", re.IGNORECASE)


def negated(sentence: str) -> bool:
    """Whether the sentence holds a negative or "only": its exception is the one that acts."""
    return _NEGATIVE.search(sentence) is not None


def excepted_at(text: str, at: int, floor: int) -> bool:
    """Whether the name at ``at`` follows a word of exclusion in its clause (not before ``floor``)."""
    found = _EXCEPTED.search(text, max(floor, at - 50), at)
    return found is not None and not any(c in text[found.start() : at] for c in ",;:")


def drop_excepted(rules: SentenceRules) -> None:
    """Drop the relations of an entity the sentence names only as one left out."""
    low = rules.sent.low
    if not rules.out or not any(w in low for w in EXCEPT_WORDS) or negated(low):
        return
    base = rules.sent.start
    places: dict[str, list[int]] = {}
    for m, ent in rules.sent.mentions:
        places.setdefault(ent.key, []).append(m.start - base)

    def left_out(key: str) -> bool:
        at = places.get(key, [])
        return bool(at) and all(excepted_at(low, a, 0) for a in at)

    rules.out[:] = [
        f for f in rules.out if not (f.start == base and (left_out(f.subject) or left_out(f.object)))
    ]
