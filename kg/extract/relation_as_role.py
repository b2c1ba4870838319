"""represents for a person who acts "as" the holder of an office of a body or country: "Ana Ruiz
delivered the statement as the Chair of the Forum", "Ana Ruiz, in her capacity as President of the
Council, opened the session".

The role phrase follows the person, so the title rules (which read a role before or beside the
name) miss it. The person is the nearest one named before "as" in the sentence, with no other
actor between them: "Peru thanked Ana Ruiz as Chair of the Forum" is still Ana Ruiz, but "Ana Ruiz
welcomed Peru as the new Chair of the Forum" is Peru's chair, not hers.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import ROLE_WORDS
from kg.extract.relation_context import SentenceRules

_ROLES = sorted((re.escape(w) for w in ROLE_WORDS if "_" not in w), key=len, reverse=True)
#: "as the Chair of the", "in her capacity as President of", "as current chair of"
_AS_ROLE = re.compile(
    # not "as well as", "such as", "just as", "as soon as": "as" that joins, compares or says when
    r"(?<!\bwell\s)(?<!\bsuch\s)(?<!\bjust\s)(?<!\bsame\s)(?<!\bsoon\s)"
    r"\b(?:in\s+(?:his|her|their|its)\s+capacity\s+as|as)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?i:(?:new|current|outgoing|incoming|acting|interim|vice|deputy|co-?|pro\s+tempore|special|next|chief)"
    r"\s*-?\s*)?"
    r"(?P<role>(?i:" + "|".join(_ROLES) + r"))\s+(?:of|for|to)\s+(?:the\s+)?"
    # "as Minister of Foreign Affairs of Kenya": a portfolio between the role and whom it serves
    r"(?:(?:[A-Z][\w’'-]*|and|&)\s+){0,5}?(?:of\s+(?:the\s+)?)?$"
)
#: between the person and "as": a clause of someone else ("thanked the ambassador, who spoke as …")
_OTHER_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b|\b(?:the|an?)\s+[a-z]+\s*,?\s+(?:who|whose)\b")
#: after the body: the role phrase was the subject of a clause ("as the Director of UNICEF landed"), or
#: an office held before ("… of the Council until 2020")
_AFTER_HELD = re.compile(
    r"\s*(?:\([A-Z]{2,10}\)\s*)?(?:[,.;:)]|$|(?:to|in|at|on|for|from|and|with|during)\b)"
)
#: how far before a body's or country's name its role phrase may start
_TAIL = 80


def as_role(rules: SentenceRules) -> None:
    """represents: the person named before "as (the) <role> of <body or country>"."""
    sent = rules.sent
    if "Person" not in rules.types or " as " not in sent.low:
        return
    base = sent.start
    mentions = sent.mentions
    for k, (m, held) in enumerate(mentions):
        if held.type not in ("Organization", "Country") or k == 0:
            continue
        at = m.start - base
        phrase = _AS_ROLE.search(sent.text, max(0, at - _TAIL), at)
        if phrase is None:
            continue
        if not _AFTER_HELD.match(sent.text, m.end - base):
            continue
        person = None
        for m0, e0 in reversed(mentions[:k]):
            if m0.end - base > phrase.start():
                continue
            if e0.type == "Person" and not _OTHER_CLAUSE.search(sent.text, m0.end - base, phrase.start()):
                person = e0
            break  # the nearest name before "as" is the holder, or nobody named is
        if person is not None:
            rules.add(person, "represents", held, "as " + phrase.group("role").lower())
