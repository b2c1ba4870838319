"""Partners and backers named in a clause after the agent: "The Plan was drafted by the Ministry,
in consultation with A, B and C" (the Ministry partnersWith each), and "Implementation will be
funded from the budget, with support from A and B" (each supports the text's plan). The sentence
is read only when it holds the words (a substring test first).
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import NEGATED

_ACTOR_TYPES = ("Country", "Organization")
#: "drafted by the ": the agent of the drafting
_MADE_BY = re.compile(
    r"\b(?:drafted|prepared|developed|elaborated|drawn\s+up|designed|formulated|implemented|carried\s+out|"
    r"produced|written)\s+by\s+(?:the\s+)?"
)
#: ", in consultation with the ", "together with the": the partners after the agent
_WITH_PARTNERS = re.compile(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:\s+(?:over|in|during|for)\s+[\w\s-]{1,30}?)?,?\s+(?:(?:in\s+(?:close\s+)?"
    r"(?:consultation|cooperation|co-operation|partnership|collaboration)|jointly|together)\s+with|with)\s+"
    r"(?:the\s+)?"
)
#: "Implementation will be funded …", "Its implementation is supported …": the text's plan, unnamed
_IMPLEMENTATION = re.compile(
    r"(?:Its\s+|The\s+)?[Ii]mplementation\s+(?:of\s+the\s+(?:[Pp]lan|[Ss]trategy|[Pp]rogramme|[Pp]olicy)\s+)?"
    r"(?:will|is|shall|would|has|was)\b"
)
#: "with (financial) support from the ": the backers
_SUPPORT_FROM = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:financial|technical|additional)\s+(?:and\s+technical\s+)?)?"
    r"(?:support|funding|assistance|contributions)\s+from\s+(?:the\s+)?"
)


#: between the names of a list: separators, and names the recognizer missed ("the Prosecutor's Office")
_LIST_GAP = re.compile(r"(?:[\s,]|\band\b|\bthe\b|\([A-Z][\w-]{1,10}\)|[A-Z][\w'’-]*)*")


def consulted(rules: SentenceRules) -> None:
    """The agent of a drafting partners with those it drafted with."""
    low = rules.sent.low
    if " by " not in low or " with " not in low or not rules.has_actor:
        return
    sent, base = rules.sent, rules.sent.start
    for made in _MADE_BY.finditer(low):
        agents = sent.actors(base + made.end(), base + made.end() + 4)
        if not agents or agents[0][1].type not in _ACTOR_TYPES:
            continue
        m, agent = agents[0]
        tie = _WITH_PARTNERS.match(sent.text, m.end - base)
        if tie is None:
            continue
        at = (
            tie.end()
        )  # "with the Prosecutor's Office, the Police Administration and …": past a name not recognized
        for pm, partner in sent.actors(base + tie.end(), base + tie.end() + 240):
            if not _LIST_GAP.fullmatch(sent.text, at, pm.start - base):
                break
            at = pm.end - base
            if sent.text.startswith(("'s ", "’s "), at):
                break  # "with the EU's support": support given, read elsewhere
            if partner.type in _ACTOR_TYPES and partner is not agent:
                rules.add(agent, "partnersWith", partner, "in consultation with")


def implementation_backers(rules: SentenceRules, plan: EntityRec | None) -> None:
    """ "Implementation will be funded from the budget, with support from A and B": each backs the plan."""
    sent = rules.sent
    if plan is None or "mplementation" not in sent.text[:32] or " from " not in sent.low:
        return
    if _IMPLEMENTATION.match(sent.text) is None or NEGATED.search(sent.low):
        return
    base = sent.start
    for given in _SUPPORT_FROM.finditer(sent.low):
        first = sent.actors(base + given.end(), base + given.end() + 4)
        if first:
            for backer in coordinated(sent, first[0][0].start):
                if backer.type in _ACTOR_TYPES:
                    rules.add(backer, "supports", plan, "with support from")
