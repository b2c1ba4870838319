"""adopts: the body by whom an instrument the sentence names only by its kind was approved, "The policy,
which was approved by the Federal Executive Council in October 2014, aims to …".

After naming a plan or law once, news tells who approved it in the passive, with the kind alone ("the
policy", "the plan", "the bill"). The agent after "by" adopts the instrument named last before whose
name fits the noun (:func:`~kg.extract.relation_the_item.last_item_before`); signing in the passive is
:mod:`~kg.extract.relation_the_item_signed`'s.
"""

from __future__ import annotations

import re

from kg.extract.relation_agents import agents_after
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_the_item import last_item_before
from kg.extract.relation_wording import ITEMS

#: "The policy, which was approved by", "The plan was validated by", "The bill has been passed by"
_APPROVED_BY = re.compile(
    r"^(?:the|this)\s+(?:new\s+|national\s+|revised\s+)?(?P<noun>policy|plan|action\s+plan|strategy|roadmap|"
    r"programme|program|law|act|bill|legislation|framework)\s*,?\s+(?:which\s+|that\s+)?"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+|unanimously\s+)?"
    r"(?:approved|adopted|endorsed|validated|passed|enacted|ratified)\s+(?P<by>by)\s"
)


def the_item_approved(rules: SentenceRules) -> None:
    """adopts: the agent of "The policy, which was approved by X" → the instrument named before."""
    if not rules.has_actor or any(t in rules.types for t in ITEMS):
        return
    low, base = rules.sent.low, rules.sent.start
    m = _APPROVED_BY.match(low)
    if m is None:
        return
    item = last_item_before(rules, base, " ".join(m.group("noun").split()))
    if item is None:
        return
    for doer in agents_after(rules.sent, base + m.start("by"), 2):
        if doer.type in ("Country", "Organization"):
            rules.add(doer, "adopts", item, "approved by")
