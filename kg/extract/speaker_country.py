"""What a delegate reports of "his Government" or "her country" is the country's act, not the delegate's.

Meeting coverage names a delegate once ("The representative of Chile, Ana Soto, said …") and then
reports the country's deeds through the delegate: "Her Government had adopted the Plan, she said,
and was working with Peru"; "he said his country had ratified the Convention". The sentence's
actor found by the cue rules is the person (a sentence opening with "Her Government had …" is the
last person's report); when the person represents a country and the words before the cue say the
act is "his/her/my country's" or "Government's", the country acts.
"""

from __future__ import annotations

import re

from kg.extract.found import Found

#: "her Government", "his country", "my delegation", "their own Government"
_OWN_COUNTRY = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:country|Government|government|nation|State)\b"
)
#: a sentence opening with "His Government had …", "Her country has …": the last person's report
OWN_START = re.compile(
    r"(?:His|Her)\s+(?:own\s+)?(?:country|Government|government|nation)\s+(?:[a-z]+\s+){0,2}?[a-z]+"
)
_ACTS = frozenset(
    ("adopts", "implements", "partnersWith", "memberOf", "participatesIn", "supports", "callsFor")
)


def country_acts(found: list[Found], country_of: dict[str, str], text: str) -> list[Found]:
    """``found`` with the acts of a delegate stated as "his Government's" given to the delegate's country.

    ``country_of``: person key → the key of the country the person represents.
    """
    if not country_of:
        return found
    out: list[Found] = []
    for f in found:
        person = f.subject if f.subject in country_of else f.object if f.predicate == "partnersWith" else None
        if f.predicate not in _ACTS or person is None or person not in country_of:
            out.append(f)
            continue
        sentence = text[f.start : f.end]
        cue_at = sentence.find(f.cue) if f.cue else -1
        own = _OWN_COUNTRY.search(sentence, 0, cue_at if cue_at > 0 else len(sentence))
        if own is None:
            out.append(f)
            continue
        country = country_of[person]
        subject = country if f.subject == person else f.subject
        obj = country if f.object == person else f.object
        if subject != obj:
            out.append(Found(subject, f.predicate, obj, f.start, f.end, f.cue))
    return out
