"""adopts: who signed an agreement the sentence does not name, "Minister X signed on behalf of Malaysia
while Indonesia was represented by its Minister Y", after "Malaysia and Indonesia signed the MoU".

A report of a signing names the instrument once, then says who put pen to paper for each side. The
signers sign the instrument named last before the sentence, when it is an agreement of parties (an
MoU, an agreement, a treaty, a protocol), not a plan or a law.
"""

from __future__ import annotations

import re

from kg.extract.kind_nouns import fits
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules

#: "X signed on behalf of", "X signed for"; no object between
_SIGNED_FOR = re.compile(r"\bsigned\s+(?:it\s+)?(?:on\s+behalf\s+of|for)\s+(?:the\s+)?")
#: "while Indonesia was represented by its Minister": the other side's signer
_REPRESENTED_BY = re.compile(r"\bwas\s+represented\s+by\s+(?:its|their|the)?\s*")


def signers_of_earlier(rules: SentenceRules, earlier: tuple[MentionRec, EntityRec] | None) -> None:
    """Persons who "signed on behalf of" a side, or represented a side, adopt the agreement named
    before (``earlier``), when this sentence names no plan or framework."""
    sent = rules.sent
    if earlier is None or "Person" not in rules.types or "signed " not in sent.low:
        return
    if "Plan" in rules.types or "Framework" in rules.types:
        return  # the sentence names its own item: the other rules read it
    item = earlier[1]
    if item.type != "Framework" or not (fits(item.label, "agreement") or fits(item.label, "treaty")):
        return
    base = sent.start
    cue = _SIGNED_FOR.search(sent.low)
    if cue is None:
        return
    persons = [e for m, e in sent.of_types(("Person",), base, base + cue.start())]
    if not persons:
        return
    rules.add(persons[-1], "adopts", item, "signed on behalf of")
    other = _REPRESENTED_BY.search(sent.low, cue.end())
    if other is not None:
        after = sent.of_types(("Person",), base + other.end(), base + other.end() + 60)
        if after:
            rules.add(after[0][1], "adopts", item, "signed on behalf of")
