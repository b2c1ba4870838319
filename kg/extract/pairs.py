"""Who "both sides", "the two agencies", "the two parties" are: the pair a sentence acts through.

A joint communiqué or a bilateral news item names its two parties once (in the title or the first
sentence: "the meeting between the European Union and Mauritania") and then writes "Both sides
recalled …", "The two sides agreed …"; the parties may be a country and a body, not only two
countries. "The two agencies jointly lead …" follows a sentence naming two organizations. The noun
says which pair is meant:

- sides, parties, partners, delegations: the two actors the title or first sentence names when one
  is a body ("the European Union and Mauritania"), else the text's two countries when it names
  exactly two, else the two countries named last, else the opening's two;
- countries, nations, governments: the two countries (the text's, else the last two named);
- agencies, organizations, bodies, institutions: the two organizations named last together
  ("IOM and UNHCR", "the WFP (WFP) and UNICEF") before the sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.records import EntityRec, MentionRec

#: "both sides", "the two agencies", "both parties", "the parties" (not "the parties to the Convention")
PAIR_ANY_LOW = re.compile(
    r"\b(?:both|the two) (?P<noun>sides|countries|nations|governments|parties|partners|delegations|"
    r"agencies|organi[sz]ations|bodies|institutions)\b|\bthe (?P<parties>parties)\b(?! to\b)"
)
_ORG_NOUNS = frozenset(("agencies", "organizations", "organisations", "bodies", "institutions"))
_COUNTRY_NOUNS = frozenset(("countries", "nations", "governments"))
_ACTORS = ("Country", "Organization")

Pair = tuple[EntityRec, EntityRec]
#: between two coordinated names: " and the ", " (IOM) and "
_AND_GAP = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?")


def coordinated_bodies(text: str, base: int, mentions: list[tuple[MentionRec, EntityRec]]) -> Pair | None:
    """The last two organizations a sentence names together ("IOM and UNHCR"), if any.

    ``text``: the sentence; ``base``: where it starts in the document; ``mentions``: its mentions.
    """
    found = None
    for (m1, e1), (m2, e2) in pairwise(mentions):
        if (
            e1.type == "Organization"
            and e2.type == "Organization"
            and e1 is not e2
            and _AND_GAP.fullmatch(text, m1.end - base, m2.start - base)
        ):
            found = (e1, e2)
    return found


def opening_pair(pairs: list[tuple[MentionRec, EntityRec]], bounds: list[tuple[int, int]]) -> Pair | None:
    """The two countries or bodies of the title or, if it names fewer than two, of the first
    sentence after it; None unless exactly two are named there."""
    for start, end in bounds[:2]:
        named: list[EntityRec] = []
        for m, e in pairs:
            if m.start >= end:
                break
            if m.start >= start and e.type in _ACTORS and e not in named:
                named.append(e)
        if len(named) == 2:
            return named[0], named[1]
        if len(named) > 2:
            return None
    return None


def sentence_pair(
    low: str,
    doc_pair: Pair | None,
    opening: Pair | None,
    countries: list[EntityRec],
    bodies: Pair | None,
) -> Pair | None:
    """The pair a sentence's "both sides", "the two agencies" stands for.

    ``countries``: the countries named before the sentence, the latest last; ``bodies``: the
    last two organizations named together before it.
    """
    recent = (countries[-2], countries[-1]) if len(countries) >= 2 else None
    if "both " not in low and "two " not in low and "the parties" not in low:
        return doc_pair or recent  # no pair noun: what "the two countries" would be
    found = PAIR_ANY_LOW.search(low)
    if found is None:
        return doc_pair or recent
    noun = found.group("noun") or found.group("parties")
    if noun in _ORG_NOUNS:
        return bodies
    if noun in _COUNTRY_NOUNS:
        return doc_pair or recent
    if opening is not None and any(e.type != "Country" for e in opening):
        return opening  # "the European Union and Mauritania": a pair the countries alone do not give
    return doc_pair or recent or opening
