"""Partners listed by name after an owner's "partners": "Sierra Leone's partners in the drive include
UNICEF, WHO and Gavi", "Timor-Leste's development partners, including Portugal and Australia",
"partners of Zambia, such as the World Bank and the IMF"; and one named the other's partner, "Mexico
is a key partner of Canada". The owner partners with each one listed.

News names a country's or a body's partners as a list rather than by a verb of working together; the
list must follow at once a word that introduces its members (include, including, such as, namely), so
"Kenya's partners welcomed the deal" or "Kenya's partners in the region" name nobody.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import coordinated
from kg.extract.relation_agents import adjacent
from kg.extract.relation_context import SentenceRules

_ACTOR_TYPES = ("Country", "Organization")
#: what introduces the named partners: "include", ", including", "are", "such as", "namely"
_NAMED = (
    r",?\s+(?:include|includes|included|including|are|were|such\s+as|namely|notably|like)\s*:?\s+(?:the\s+)?"
)
#: a trading partner is a market, not a partner in a joint work: "Kenya's trading partners include China"
_NOT_TRADE = r"(?<!\btrading\s)(?<!\btrade\s)"
#: "whether Mexico is a partner of Canada", "if X is a partner of Y": a question
_ASKED = re.compile(r"\b(?:whether|if)\s+(?:the\s+)?$")
#: after the owner: "'s development partners in the vaccination drive include"
_OWNS_PARTNERS = re.compile(
    cues.POSSESSIVE
    + r"\s+(?:[a-z-]+\s+){0,2}?"
    + _NOT_TRADE
    + r"partners(?:\s+(?:in|on|for)\s+[^,.;:()]{1,60}?)?"
    + _NAMED
)
#: before the owner: "partners of Zambia", "the development partners of the Government of Fiji"
_PARTNERS_OF = re.compile(r"\b" + _NOT_TRADE + r"[Pp]artners\s+of\s+(?:the\s+)?$")
_AFTER_OWNER = re.compile(_NAMED)
#: "Mexico is a key partner of Canada": one actor named the other's partner
_IS_PARTNER_OF = re.compile(
    r"\s+(?:is|was|remains|became|has\s+been)\s+(?:also\s+)?(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?"
    + _NOT_TRADE
    + r"partner\s+of\s+"
    r"(?:the\s+)?"
)


def partner_lists(rules: SentenceRules) -> None:
    """partnersWith between an owner and each actor its "partners … include" list names."""
    sent, base = rules.sent, rules.sent.start
    for m, owner in sent.actors():
        if owner.type not in _ACTOR_TYPES:
            continue
        named = _IS_PARTNER_OF.match(sent.text, m.end - base)
        if named is not None and _ASKED.search(sent.low, max(0, m.start - base - 20), m.start - base):
            named = None  # "asked whether Mexico is a partner of Canada": a question
        if named is not None and adjacent(sent, base + named.end()):
            other = sent.actors(base + named.end(), base + named.end() + 60)[0][1]
            if other.type in _ACTOR_TYPES and other is not owner:
                rules.add(owner, "partnersWith", other, "partner of")
        tie = _OWNS_PARTNERS.match(sent.text, m.end - base)
        if tie is None and _PARTNERS_OF.search(sent.text, max(0, m.start - base - 30), m.start - base):
            tie = _AFTER_OWNER.match(sent.text, m.end - base)
        if tie is None or not sent.actors(base + tie.end(), base + tie.end() + 1):
            continue  # the list must start right after its word
        for partner in coordinated(sent, base + tie.end()):
            if partner.type in _ACTOR_TYPES and partner is not owner:
                rules.add(owner, "partnersWith", partner, "partners include")
