"""A cue inside a relative clause acts on what that clause names, and for whom it names; a cue after
it is the head's.

"Minister Okonkwo, who presented the bill to senators, said the Convention would …": presenting
is done to the bill; the Convention, named after the clause closes, is no object of it. "The Plan,
which replaces the 2012 Policy, aims to end child labour": the Plan's aim, not the Policy's. "I thank
the forty countries that have endorsed it": endorsing is those countries' act, not the speaker's.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_opening_scope import drop_clause_names
from kg.extract.relation_wording import ITEMS

#: ", who presented the bill to senators,": a relative clause between commas
_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:()\"“”]{3,120}?,")
_ACTS = frozenset(("adopts", "implements", "supports", "callsFor"))
#: "the sixty countries that have ", "all States which ": a relative clause of unnamed others
_OTHERS_WHO = re.compile(
    r"\b(?:countries|states|governments|partners|members|organi[sz]ations|donors|others|nations|parties)"
    r"\s+(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|also\s+|now\s+|since\s+)?(?:not\s+)?$"
)

#: "Kenya and Chad are among the 40 States that have ratified", "Peru, one of the countries that": the
#: named actors are of those others, so the act is theirs too
_AMONG_THEM = re.compile(
    r"(?:\b(?:is|are|was|were|becomes?|became|remains?|joins?|joined)\s+(?:now\s+|also\s+)?(?:among|one\s+of)"
    r"|,\s*(?:now\s+)?one\s+of)\s+(?:the\s+)?(?:(?:\d+|[a-z-]+)\s+){0,3}$"
)


def drop_out_of_clause(rules: SentenceRules) -> None:
    """Drop the acts whose every cue lies in a relative clause that names no plan or framework,
    when the item they were given is named only after the clause closes."""
    low = rules.sent.low
    drop_clause_names(rules)  # "Adopting X with one abstention by Y, the Council …": not Y's
    if rules.out and (" that " in low or " which " in low or " who " in low):
        _drop_others_acts(rules)
    if not rules.out or (", who " not in low and ", which " not in low):
        return
    if ", which " in low:
        _head_aims(rules)
    sent = rules.sent
    base = sent.start
    clauses = [
        (m.start(), m.end())
        for m in _RELATIVE.finditer(low)
        if not sent.of_types(ITEMS, base + m.start(), base + m.end())
    ]
    if not clauses:
        return
    keep = []
    for f in rules.out:
        if f.predicate in _ACTS and f.start == base and f.cue:
            cue = f.cue.lower()
            at = [m.start() for m in re.finditer(re.escape(cue), low)]
            inside = [next((c for c in clauses if c[0] < a < c[1]), None) for a in at]
            objects = [m.start - base for m, e in sent.mentions if e.key == f.object]
            if (
                at
                and all(c is not None for c in inside)
                and objects
                and all(any(o >= c[1] for c in inside if c is not None) for o in objects)
            ):
                continue
        keep.append(f)
    rules.out[:] = keep


def _drop_others_acts(rules: SentenceRules) -> None:
    """Drop the acts whose every cue follows "countries that have": unnamed others act."""
    low = rules.sent.low
    base = rules.sent.start
    keep = []
    for f in rules.out:
        if f.predicate in _ACTS and f.start == base and len(f.cue) > 3:
            at = [m.start() for m in re.finditer(re.escape(f.cue.lower()), low)]
            if at and all(_others_act(low, a) for a in at):
                continue
        keep.append(f)
    rules.out[:] = keep


def _head_aims(rules: SentenceRules) -> None:
    """Give the head item an addresses read for the item named inside its relative clause, when the
    cue comes after the clause closes: "The Plan, which replaces the 2012 Policy, aims to end …"."""
    sent = rules.sent
    base = sent.start
    out = []
    for f in rules.out:
        if f.predicate == "addresses" and f.start == base and len(f.cue) > 1:
            for m in _RELATIVE.finditer(sent.low):
                inner = [e for x, e in sent.of_types(ITEMS, base + m.start(), base + m.end())]
                heads = [
                    (x, e)
                    for x, e in sent.of_types(ITEMS, base, base + m.start())
                    if x.end - base == m.start()
                ]
                if (
                    heads
                    and any(e.key == f.subject for e in inner)
                    and sent.low.find(f.cue.lower(), m.end()) >= 0
                    and sent.low.find(f.cue.lower(), m.start(), m.end()) < 0
                ):
                    f = type(f)(heads[0][1].key, f.predicate, f.object, f.start, f.end, f.cue)
                    break
        out.append(f)
    rules.out[:] = out


def _others_act(low: str, at: int) -> bool:
    """Whether the cue at ``at`` follows "countries that have" of unnamed others (not "Kenya is among
    the countries that have")."""
    others = _OTHERS_WHO.search(low, max(0, at - 60), at)
    return others is not None and not _AMONG_THEM.search(low, max(0, others.start() - 60), others.start())
