"""An act named by the participle that opens a sentence, done by the subject after its comma.

"Launching an updated Regional Response Plan yesterday, UNHCR and partners appealed for …",
"Ratifying the Convention in 2019, Chile became …", "Welcoming the Compact, Ghana said …": the
participle has no subject of its own; the sentence's subject, named right after the comma that
closes the opening clause, is the one who acts. Coordinated subjects ("UNHCR and partners",
"Chile and Peru") all act.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

_VERBS = {
    "launching": "adopts",
    "adopting": "adopts",
    "ratifying": "adopts",
    "signing": "adopts",
    "approving": "adopts",
    "unveiling": "adopts",
    "introducing": "adopts",
    "enacting": "adopts",
    "endorsing": "supports",
    "welcoming": "supports",
    "implementing": "implements",
}
#: the participle and what may stand between it and the name: "Launching an updated "
_OPENING = re.compile(
    r"(?P<verb>" + "|".join(_VERBS) + r")\s+(?:the|an?|its|their|this|his|her|our)\s+"
    r"(?:(?:updated|new|revised|first|second|third|ambitious|landmark|historic|long-awaited|joint)\s+)*"
)
#: after the name, up to the comma closing the opening clause: "(RRRP) for the Ukraine situation yesterday"
_TO_COMMA = re.compile(r"[^,.;:“”\"]{0,90}?,\s*(?:the\s+)?")
#: between coordinated subjects: "UNHCR and the ILO", "Chile, Peru and Bolivia"
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_ITEMS = ("Plan", "Framework")


def opening_participles(rules: SentenceRules) -> None:
    """adopts, supports or implements: the subject after the opening clause acts on its item."""
    sent = rules.sent
    m = _OPENING.match(sent.low)
    if m is None or not rules.has_actor:
        return
    base = sent.start
    items = sent.of_types(_ITEMS, base + m.end(), base + m.end() + 1)
    if not items:
        return  # the participle's object is not a plan or framework named there
    item_m, item = items[0]
    gap = _TO_COMMA.match(sent.text, item_m.end - base)
    if gap is None:
        return
    actors = sent.actors(base + gap.end())
    if not actors or actors[0][0].start != base + gap.end():
        return  # "Launching the Plan, the minister of … said": no named actor opens the clause
    subjects = [actors[0][1]]
    for k in range(1, len(actors)):
        if not _AND.fullmatch(sent.text, actors[k - 1][0].end - base, actors[k][0].start - base):
            break
        subjects.append(actors[k][1])
    pred = _VERBS[m.group("verb")]
    for subject in subjects:
        rules.add(subject, pred, item, sent.text[: len(m.group("verb"))])
