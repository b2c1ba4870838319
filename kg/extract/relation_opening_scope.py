"""An opening participle's act is its clause's subject's, never a name inside the clause.

"Adopting resolution 2312 (2016) with 14 votes in favour and 1 abstention by Venezuela, the Council
extended …": the Council adopts (:mod:`~kg.extract.relation_openings` when it is named), not Venezuela,
named inside the opening clause. The pair model leaves such a sentence's adoptions to the rules too:
"… off the coast of Libya" names no adopter. A co-signatory named with "with" in the clause keeps its
act: "Signing the MoU with Thailand, Cambodia …" is Thailand's signature too.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

#: a sentence that opens with an act in a participle clause, up to the clause's comma: "Adopting
#: resolution 2312 (2016) with 14 votes in favour, ", "Unanimously ratifying the Convention, "
OPENING_ACT = re.compile(
    r"(?:[A-Z][a-z]+ly\s+)?(?:Adopting|Ratifying|Signing|Approving|Launching|Issuing|Enacting|"
    r"Unveiling|Introducing|Acceding)\s[^.;:]{0,160}?,\s"
)
_ACTS = frozenset(("adopts", "implements", "supports"))
#: "with Thailand", "together with Australia", "jointly with the EU": a partner in the act
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$")


def drop_clause_names(rules: SentenceRules) -> None:
    """Drop the acts on the opening clause's items given to names found only inside that clause."""
    sent = rules.sent
    if not rules.out or "ing " not in sent.text[:24]:
        return
    clause = OPENING_ACT.match(sent.text)
    if clause is None:
        return
    end = sent.start + clause.end()
    after = {e.key for m, e in sent.mentions if m.start >= end}
    after |= {
        e.key for m, e in sent.actors(sent.start, end) if _WITH.search(sent.low[: m.start - sent.start])
    }
    items = {e.key for m, e in sent.of_types(ITEMS, sent.start, end)}
    rules.out = [
        f
        for f in rules.out
        if not (
            f.predicate in _ACTS and f.object in items and f.subject not in after and f.start == sent.start
        )
    ]
