"""Partners by a joint deed: "Botswana, Malawi and Zimbabwe had concluded a tripartite pilot",
"Ghana and Togo signed a bilateral agreement", "Peru, Chile and Ecuador held talks on migration":
each pair of the doers partners with the other.

The adjective (bilateral, tripartite, joint) says the deed is shared, so a list of two to five
doers right before the verb are partners. Without it ("X and Y launched plans") nothing is read.
"""

from __future__ import annotations

import re
from itertools import combinations

from kg.extract.actors import coordinated_before
from kg.extract.relation_context import SentenceRules

_JOINT_DEED = re.compile(
    # "on Wednesday", "yesterday": when, not part of the deed's wording
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|yesterday\s+|today\s+)?(?P<deed>(?:had\s+|have\s+|has\s+)?"
    r"(?:jointly\s+)?(?:concluded|signed|launched|piloted|established|agreed|announced|unveiled|presented|adopted)\s+"
    r"(?:an?|the)\s+(?:new\s+)?(?:bilateral|trilateral|tripartite|quadripartite|joint|three-way)\s+"
    r"(?:pilot|agreement|programme|program|project|initiative|arrangement|mechanism|plan|memorandum|accord|pact))"
)


#: "A and B held talks", "A and B met in Lima to discuss …": talks are held with one another
_TALKS = re.compile(
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|yesterday\s+|today\s+)?(?P<deed>(?:have\s+|has\s+|had\s+)?"
    r"(?:held|hold|holds|opened|resumed|began|concluded)\s+(?!(?:separate|parallel|individual)\b)"
    r"(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|consultations)(?!\s+with\b)"
    r"|met\s+(?:in|at|on|to)\b)"
)
#: before the first of the list: a preposition makes the list a modifier ("refugees from A and B met")
_NOT_SUBJECT = re.compile(r"\b(?:from|by|of|in|with|between|among|backed|supported)\s+(?:the\s+)?$")


def joint_talks(rules: SentenceRules) -> None:
    """partnersWith between each two of two to five countries or bodies that hold talks or meet."""
    low = rules.sent.low
    if not rules.has_actor or not any(w in low for w in ("talks", "negotiations", "consultations", " met ")):
        return
    sent, base = rules.sent, rules.sent.start
    actors = sent.actors()
    for m, ent in actors:
        deed = _TALKS.match(sent.text, m.end - base)
        if deed is None:
            continue
        group = [e for e in coordinated_before(sent, m.end) if e.type in ("Country", "Organization")]
        first = next((m1 for m1, e1 in actors if group and e1 is group[0] and m1.start <= m.start), None)
        at = first.start - base if first is not None else 0
        if first is not None and _NOT_SUBJECT.search(sent.text, max(0, at - 30), at):
            continue  # "Refugees from Sudan and South Sudan met in Kampala": not the two states meeting
        if ent in group and 2 <= len(group) <= 5:
            for one, other in combinations(group, 2):
                rules.add(one, "partnersWith", other, deed.group("deed"))


def joint_deeds(rules: SentenceRules) -> None:
    """partnersWith between each two doers of a deed the text calls joint."""
    low = rules.sent.low
    if not rules.has_actor or not any(w in low for w in ("bilateral", "tripartite", "trilateral", "joint")):
        return
    sent, base = rules.sent, rules.sent.start
    for m, ent in sent.actors():
        deed = _JOINT_DEED.match(sent.text, m.end - base)
        if deed is None:
            continue
        group = [e for e in coordinated_before(sent, m.end) if e.type in ("Country", "Organization")]
        if ent in group and 2 <= len(group) <= 5:
            for one, other in combinations(group, 2):
                rules.add(one, "partnersWith", other, deed.group("deed"))
