"""Signatories of an instrument the sentence names only by its kind, in the passive: "The deal was
inked between Minister A and Minister B", "The pact, signed by A and his counterpart B, …", "The
agreements were signed on behalf of Chile by A and on behalf of Peru by B".

News names an agreement once ("Chile and Peru signed a Labour Mobility Agreement") and then tells who
put their names to it, calling it "the deal", "the pact", "the agreements". Those after "by" or
"between" adopt the instrument named last in the sentences just before whose name fits the noun
(:func:`~kg.extract.relation_the_item.last_item_before`), but a witness signs nothing of its own ("The
document was signed by the IOM as a witness", "by A in the presence of B"); the active "A and B
signed the agreement" is :func:`~kg.extract.relation_the_item.the_item_adopted`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.actors import Sentence, past_role
from kg.extract.records import EntityRec
from kg.extract.relation_agents import agents_after
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_the_item import SIGNED_KIND, last_item_before, the_item_adopted
from kg.extract.relation_wording import ITEMS

#: "on behalf of the Government of Chile ": whom the signatory after "by" signed for
_FOR = r"(?:on\s+behalf\s+of\s+(?:[\w.’'-]+\s+){1,6}?)?"
#: the instrument by its kind, then signed by or between its signatories
_SIGNED_BY = re.compile(
    r"\b(?:the|this|that|these|both)\s+(?:new\s+|landmark\s+|historic\s+|bilateral\s+|two\s+)?"
    r"(?P<noun>deal|" + SIGNED_KIND + r")s?"
    r"(?:\s*,)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:jointly\s+)?(?:signed|inked)\s+"
    + _FOR
    + r"(?P<prep>by|between)\s"
)
#: a further signatory for another party: "… and on behalf of Peru by B"
_AND_FOR_BY = re.compile(r"\s*,?\s*and\s+" + _FOR + r"by\s")
#: how far after one signatory the next "and on behalf of … by" may start (the name and its role between)
_REACH = 120
#: kinds the kind table gives no family of their own: "the deal", "the pact" may be any agreement
_AS = {"deal": "agreement", "pact": "agreement", "accord": "agreement"}
#: right after a signatory's name (and role): it only witnessed the signing
_AS_WITNESS = re.compile(
    r"\s*,?\s*as\s+(?:a\s+|the\s+|an\s+)?(?:official\s+)?witness(?P<all>es)?\b", re.IGNORECASE
)
#: those named after these witnessed; so did a list "witnessed by"
_WITNESSED = re.compile(r"\b(?:witnessed\s+by|in\s+the\s+presence\s+of)\b")


def the_item_signed(rules: SentenceRules) -> None:
    """adopts: those "by" or "between" whom the instrument named before was signed."""
    if not rules.has_actor or any(t in rules.types for t in ITEMS):
        return
    low, base = rules.sent.low, rules.sent.start
    if "signed " not in low and "inked " not in low:
        return
    for m in _SIGNED_BY.finditer(low):
        noun = m.group("noun")
        item = last_item_before(rules, base, _AS.get(noun, noun))
        if item is None:
            continue
        at = m.start("prep")
        doers = agents_after(rules.sent, base + at, len(m.group("prep")))
        more = _AND_FOR_BY.search(low, m.end(), m.end() + _REACH)
        while doers and more is not None:  # "on behalf of Chile by A and on behalf of Peru by B"
            got = agents_after(rules.sent, base + more.end() - 3, 2)
            if not got:
                break
            doers += got
            more = _AND_FOR_BY.search(low, more.end(), more.end() + _REACH)
        for doer in _no_witnesses(rules.sent, dict.fromkeys(doers), m.end()):
            if doer.type in ("Country", "Organization", "Person"):
                rules.add(doer, "adopts", item, "signed")


def _no_witnesses(sent: Sentence, doers: Iterable[EntityRec], after: int) -> list[EntityRec]:
    """``doers`` but those named as witnesses: after "as witnesses" none, after "as a witness" not the
    one before it; none named only past "witnessed by" or "in the presence of" (from ``after``)."""
    base = sent.start
    cut = _WITNESSED.search(sent.low, after)
    out = []
    for doer in doers:
        ends = [m.end for m, e in sent.mentions if e is doer and m.start >= base + after]
        if not ends:
            out.append(doer)  # a body standing for its session: nothing to read after it
            continue
        if cut is not None and min(ends) > base + cut.start():
            continue
        end = past_role(sent, max(ends), (doer,))
        witness = _AS_WITNESS.match(sent.text, end - base)
        if witness is not None:
            if witness.group("all"):
                return []  # "by A and B as witnesses"
            continue
        out.append(doer)
    return out


def the_item_acts(rules: SentenceRules) -> None:
    """Adoptions of the instrument named before: "A signed the law", then "The deal was signed by A"."""
    the_item_adopted(rules)
    the_item_signed(rules)
