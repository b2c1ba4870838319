"""An act named by the participle that opens a sentence, done by the subject after its comma.

"Launching an updated Regional Response Plan yesterday, UNHCR and partners appealed for …",
"Unanimously adopting resolution 2388 (2017), the Council …",
"Ratifying the Convention in 2019, Chile became …", "Welcoming the Compact, Ghana said …", "By
ratifying the Paris Agreement, Switzerland has committed …": the
participle has no subject of its own; the sentence's subject, named right after the comma that
closes the opening clause, is the one who acts. Coordinated subjects ("UNHCR and partners",
"Chile and Peru") all act.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS

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
    "issuing": "adopts",  # "Issuing presidential statement S/PRST/2015/25, the Council called …"
    "acceding to": "adopts",
    "reaffirming": "supports",
}
#: the participle and what may stand between it and the name: "Launching an updated "
_OPENING = re.compile(
    r"(?:(?:by|after|upon|since|in)\s+)?"  # "By ratifying the Paris Agreement, Switzerland has …"
    r"(?:(?:unanimously|formally|officially|jointly|also|further|finally|recently|publicly|swiftly)\s+)?"
    r"(?P<verb>" + "|".join(_VERBS) + r")\s+(?:(?:the|an?|its|their|this|his|her|our)\s+)?"
    r"(?:(?:updated|new|revised|first|second|third|ambitious|landmark|historic|long-awaited|joint)\s+)*"
)
#: a kind word before a bare name, in lower case in the text: "Issuing presidential statement S/PRST/…"
_KIND_WORD = re.compile(
    r"(?:presidential|statement|decision|instrument|law|act|bill|decree|ordinance|regulations?|convention"
    r"|protocol|agreement|treaty|plan|strategy|programme|policy|framework|declaration|resolution)\s+"
)
#: after the name, up to the comma closing the opening clause: "(RRRP) for the Ukraine situation yesterday"
_TO_COMMA = re.compile(r"[^,.;:“”\"]{0,90}?,\s*(?:the\s+)?")
#: a verb of the main clause between the name and the comma: the participle is no opening clause
_FINITE = re.compile(
    r"\b(?:is|was|were|are|has|have|had|remains|remained|will|would|can|could|must|should|may|might|"
    r"be|been)\b"
)


def opening_participles(rules: SentenceRules) -> None:
    """adopts, supports or implements: the subject after the opening clause acts on its item."""
    sent = rules.sent
    m = _OPENING.match(sent.low)
    if m is None or not rules.has_actor:
        return
    base = sent.start
    named_at = m.end()  # where the item's name starts, past up to two kind words
    items = sent.of_types(ITEMS, base + named_at, base + named_at + 1)
    for _ in range(2):
        if items:
            break
        kind = _KIND_WORD.match(sent.text, named_at)
        if kind is None:
            break
        named_at = kind.end()
        items = sent.of_types(ITEMS, base + named_at, base + named_at + 1)
    if not items:
        return  # the participle's object is not a plan or framework named there
    item_m, item = items[0]
    gap = _TO_COMMA.match(sent.text, item_m.end - base)
    if gap is None or _FINITE.search(sent.low, item_m.end - base, gap.end()):
        return  # "Adopting the Plan was a priority for Kenya, Uganda said": the gerund is the subject
    at = base + gap.end()
    if not sent.actors(at, at + 1):
        return  # "Launching the Plan, the minister of … said": no named actor opens the clause
    pred = _VERBS[m.group("verb")]
    for subject in coordinated(sent, at):
        rules.add(subject, pred, item, sent.text[m.start("verb") : m.end("verb")])
