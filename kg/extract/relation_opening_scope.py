"""An opening participle's act is its clause's subject's, never a name inside the clause.

"Adopting resolution 2312 (2016) after a request by Venezuela, the Council extended …": the Council
adopts (:mod:`~kg.extract.relation_openings` when it is named), not Venezuela, named inside the opening
clause. A co-signatory named with "with" in the clause keeps its act: "Signing the MoU with Thailand,
Cambodia …" is Thailand's signature too. :func:`opening_role` says where a name stands; the rules
(:func:`drop_clause_names`) and the pair model read it.
"""

from __future__ import annotations

import re
from typing import Literal

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
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
#: between an opening clause's comma and its subject: "the ministers of "
_SUBJECT_LEAD = re.compile(r"(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?){0,3}(?:the\s+)?")

#: "she said", "he added": a person's pronoun as the subject right after the clause's comma
_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\s+(?:also\s+|further\s+)?[a-z]+\b")

#: where a name stands to the act clause a sentence opens with: inside it ("inside"), inside it with
#: "with" ("partner"), its subject right after the comma ("subject"), or further on ("later")
Role = Literal["inside", "partner", "subject", "later"]


def opening_role(text: str, start: int, end: int, at: int) -> Role | None:
    """Where the name at ``at`` stands to the act clause the sentence ``text[start:end]`` opens with
    (:data:`Role`); None when the sentence opens with no such clause."""
    clause = OPENING_ACT.match(text, start, end)
    if clause is None:
        return None
    if at < clause.end():
        return "partner" if _WITH.search(text, start, at) else "inside"
    return "subject" if _SUBJECT_LEAD.fullmatch(text, clause.end(), at) else "later"


def drop_clause_names(rules: SentenceRules) -> None:
    """Drop the acts on the opening clause's items given to names found only inside that clause (not
    as a partner): a name further on keeps its act, as the rules read each act with its own cue."""
    sent = rules.sent
    if not rules.out or "ing " not in sent.text[:24]:
        return
    text, n, base = sent.text, len(sent.text), sent.start
    if opening_role(text, 0, n, n) is None:
        return
    doers = {
        e.key for m, e in sent.mentions if opening_role(text, 0, n, m.start - base) in ("subject", "later")
    }
    clause = OPENING_ACT.match(text, 0, n)
    if clause is not None and _PRONOUN_SUBJECT.match(text, clause.end()):
        # "Launching the Plan, she said …": the person the pronoun stands for (the rules' speaker) acts
        inside = {e.key for m, e in sent.mentions if m.start - base < clause.end()}
        doers |= {
            f.subject
            for f in rules.out
            if rules.state.entities[f.subject].type == "Person" and f.subject not in inside
        }
    doers |= {e.key for m, e in sent.actors(base) if opening_role(text, 0, n, m.start - base) == "partner"}
    items = {
        e.key
        for m, e in sent.of_types(ITEMS, base)
        if opening_role(text, 0, n, m.start - base) in ("inside", "partner")
    }
    rules.out = [
        f
        for f in rules.out
        if not (f.predicate in _ACTS and f.object in items and f.subject not in doers and f.start == base)
    ]
