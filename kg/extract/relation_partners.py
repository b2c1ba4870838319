"""Partnerships named by a noun rather than a verb: "Kenya's partnership with IOM", "cooperation
between Ghana and Togo", "EU–Ghana cooperation"; and two who act together, "Thailand, along with Viet
Nam, signed". The sentence is read only when it holds one of the words (a substring test first).
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from kg.extract.actors import coordinated
from kg.extract.cue_pair_deeds import MODIFIER, NOUN_HEADS
from kg.extract.cues import ADOPTION_ACTS
from kg.extract.relation_agents import adjacent
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_partner_lists import partner_lists

_TIE_NOUNS = ("partnership", "cooperation", "co-operation", "collaboration")
_ACTOR_TYPES = ("Country", "Organization")
#: "Kenya's (long-standing) partnership with IOM", "Nepal's bilateral labour agreements with Jordan"
_OWN_TIE_WITH = re.compile(
    r"[’']s?\s+(?P<words>(?:[a-z-]+\s+){0,3}?)(?P<noun>partnerships?|cooperation|co-operation|collaboration|"
    r"agreements?|memorand(?:um|a)\s+of\s+understanding|mous?|accords?)\s+with\s+(?:the\s+)?"
)
#: "cooperation between Ghana and Togo"
_TIE_BETWEEN = re.compile(
    r"\b(?:(?:partnership|cooperation|co-operation|collaboration)\s+(?:[a-z]+\s+){0,2}?(?:between|of)"
    # "talks between Haiti and the Dominican Republic", "an exchange of experiences between A and B"
    r"|(?:talks|negotiations|consultations|dialogue|bilateral\s+meeting|exchanges?\s+of\s+(?:experiences?|"
    r"views|information|good\s+practices|best\s+practices|expertise|knowledge))\s+(?:[a-z-]+\s+){0,2}?between"
    # "the MOU negotiated between the Philippines and Kuwait": the two parties to it
    r"|(?:agreements?|memorand(?:um|a)|mous?|accords?|pacts?|deals?)\s+(?:signed|negotiated|concluded|reached)\s+between)"
    r"\s+(?:the\s+)?"
)
#: "EU–Ghana cooperation": two actors joined by a dash before the noun
_DASHED_TIE = re.compile(
    r"\s+" + MODIFIER + r"{0,2}?(?:partnership|cooperation|co-operation|collaboration|relations|dialogue|"
    # "the Morocco-EU fisheries agreement": the two parties to one instrument, the head of its phrase
    # (not "the US-China trade war agreement talks", not a truce's: NO_TIES)
    r"agreements?|accords?|deals?|pacts?|memorand(?:um|a)|mous?)\b" + NOUN_HEADS
)
#: a dashed tie only proposed or turned down: "rejected a proposed Kenya-Uganda agreement"
_NOT_MADE = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|oppos(?:es|ed|ing)|proposed|planned|draft|possible|potential|prospective|"
    r"would-be|future|talks\s+on|negotiations\s+on)\s+(?:(?:an?|the|any)\s+)?$"
)
#: a tie asked of others, who are to cooperate with the asker: "called for the cooperation of A and B"
_ASKED_FOR = re.compile(
    r"\b(?:call(?:s|ed)? for|demand(?:s|ed)?|urg(?:e|es|ed)|sought|seek(?:s)?|request(?:s|ed)?|"
    r"ask(?:s|ed)? for|need(?:s|ed)?|require(?:s|d)?)\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
)
_TIE_WORDS = (
    *_TIE_NOUNS,
    "relations",
    "dialogue",
    "between",
    "agreement",
    "memorand",
    "mou",
    "accord",
    "ties",
    "deal",
    "pact",
)
#: talks that failed make no partners
_FAILED = re.compile(
    r"\b(?:collapsed|stalled|broke\s+down|failed|fell\s+through|ended\s+without|were\s+suspended|"
    r"have\s+been\s+suspended|(?:were|was|have\s+been|has\s+been)\s+(?:cancelled|terminated|scrapped))\b"
)
#: the words before a possessive's tie that deny it: "Nepal's lack of agreements with …"
_NO_TIE = re.compile(
    r"\b(?:lack|absence|refusal|failure|end|suspension|no|former|past|cancelled|suspended)\b"
)
_NONE_BEFORE = re.compile(r"\b(?:no|lack of|little|without|absence of|end to)\s+(?:[a-z]+\s+)?$")
_DASHES = frozenset(("–", "-", "—", "/"))


def noun_ties(rules: SentenceRules) -> None:
    """partnersWith read from a tie's noun and the actors it names."""
    low = rules.sent.low
    if rules.has_actor and " its " in low and "partner" in low:
        _its_partners(rules)
    if rules.has_actor and "partner" in low:
        partner_lists(rules)  # "Kenya's partners include UNICEF and WHO"
    if rules.has_actor and ("along with" in low or "together with" in low or "alongside" in low):
        _acting_along_with(rules)
    if not rules.has_actor or not any(noun in low for noun in _TIE_WORDS):
        return
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    actors = sent.actors()
    for m, owner in actors:  # "Kenya's partnership with IOM"
        tie = _OWN_TIE_WITH.match(low, m.end - base) if owner.type in _ACTOR_TYPES else None
        if tie is None or not adjacent(sent, base + tie.end()):
            continue
        if _NO_TIE.search(tie.group("words")) or _FAILED.search(low, tie.end(), tie.end() + 120):
            continue  # "Nepal's lack of agreements with …", "… agreements with Malaysia were suspended"
        for partner in coordinated(sent, base + tie.end()):
            if partner.type in _ACTOR_TYPES:
                rules.add(owner, "partnersWith", partner, " ".join(tie.group("noun").split()) + " with")
    if " between " in low or " of " in low:
        for tie in _TIE_BETWEEN.finditer(low):  # "cooperation between Ghana and Togo", "… of A and B"
            if _NONE_BEFORE.search(low, max(0, tie.start() - 24), tie.start()):
                continue  # "there is no cooperation between …", "the lack of cooperation between …"
            if _FAILED.search(low, tie.end(), tie.end() + 120):
                continue  # "Talks between Ethiopia and Egypt on the dam collapsed"
            if tie.group().endswith(("of ", "of the ")) and (
                not text[tie.start()].islower()
                or _ASKED_FOR.search(low, max(0, tie.start() - 40), tie.start())
            ):
                continue  # "Minister of … Cooperation of Chile"; "demanded the cooperation of A and B"
            sides = coordinated(sent, base + tie.end()) if adjacent(sent, base + tie.end()) else []
            sides = [s for s in sides if s.type in _ACTOR_TYPES]
            if 2 <= len(sides) <= 5:  # "collaboration between the Bank, IOM and the Commission": each pair
                for one, other in combinations(sides, 2):
                    rules.add(one, "partnersWith", other, " ".join(tie.group().split()))
    for (m1, e1), (m2, e2) in pairwise(actors):  # "EU–Ghana cooperation"
        if (
            e1 is not e2
            and e1.type in _ACTOR_TYPES
            and e2.type in _ACTOR_TYPES
            and text[m1.end - base : m2.start - base] in _DASHES
            and _DASHED_TIE.match(low, m2.end - base)
            and not _NONE_BEFORE.search(low, max(0, m1.start - base - 24), m1.start - base)
            and not _NOT_MADE.search(low, max(0, m1.start - base - 40), m1.start - base)
            and not _FAILED.search(low, m2.end - base, m2.end - base + 120)
        ):  # not "no Armenia-Azerbaijan agreement", "rejected a proposed …", "… agreement talks stalled"
            rules.add(e1, "partnersWith", e2, "dashed tie")


#: "IOM and its partner, the Fund": between an actor and the partner it names
_ITS_PARTNER = re.compile(
    r"(?:\s*\([A-Z][\w-]*\))?\s+and\s+its\s+(?:[a-z-]+\s+){0,2}?partners?,?\s+(?:the\s+)?"
)


def _its_partners(rules: SentenceRules) -> None:
    """ "The IOM and its partner, the King's Relief Centre, call on …": the two are partners."""
    sent, base = rules.sent, rules.sent.start
    for m, owner in sent.actors():
        tie = _ITS_PARTNER.match(sent.text, m.end - base) if owner.type in _ACTOR_TYPES else None
        if tie is None:
            continue
        for partner in coordinated(sent, base + tie.end()):
            if partner.type in _ACTOR_TYPES and partner is not owner:
                rules.add(owner, "partnersWith", partner, "its partner")


#: "Thailand, along with Viet Nam, signed": the one named in the aside acts with the subject
_ALONG_WITH = re.compile(r",\s*(?:(?:along|together)\s+with|alongside)\s+(?:the\s+)?")
#: the aside closes and a joint act follows: ", signed", ", has also ratified", ", jointly launched"; not
#: a shared state ("was hit", "is among", "has been elected"), a refusal, an opposition or a statement
_ACT_AFTER = re.compile(
    r",\s+(?:(?:has|have|had|also|jointly|then|later|today|recently|together)\s+)*(?=[a-z])"
)
#: the joint acts: an instrument's adoption (:data:`~kg.extract.cues.ADOPTION_ACTS`, not its statements
#: and states: "announced", "is party to") or an event held together, and agreements, pledges, commitments
_JOINT_ACT = re.compile(
    r"(?:\b(?:"
    + ADOPTION_ACTS
    + r")\b|\b(?:(?:co-)?(?:organi[sz]|host|sponsor|chair|fund|financ)(?:e|ed|es|ing)?|convened|"
    r"agreed|pledged|committed|partnered|cooperated|collaborated|endorsed|supported|submitted|"
    r"implemented|established|set\s+up|created)\b)"
)


def _acting_along_with(rules: SentenceRules) -> None:
    """ "Thailand, along with Viet Nam, signed the Convention": partners in the act. Not "the Unit,
    along with the Ministry of X, which …" (no act of the two), nor an aside that never closes."""
    sent, base = rules.sent, rules.sent.start
    for m, owner in sent.actors():
        tie = _ALONG_WITH.match(sent.text, m.end - base) if owner.type in _ACTOR_TYPES else None
        if tie is None or not adjacent(sent, base + tie.end()):
            continue
        partners = [
            p for p in coordinated(sent, base + tie.end()) if p.type in _ACTOR_TYPES and p is not owner
        ]
        ends = [pm.end for pm, pe in sent.actors(base + tie.end()) if pe in partners]
        act = _ACT_AFTER.match(sent.low, max(ends) - base) if partners else None
        if act and _JOINT_ACT.match(sent.low, act.end()):
            for partner in partners:
                rules.add(owner, "partnersWith", partner, "along with")
