"""An act still to come is no act: "the Council is to adopt", "the Law has now to be signed by the
President" give no adopts (the nearest-actor rules read the verb as done)."""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

_ACTS = r"(?:adopt|sign|ratif(?:y|ied)|approv|enact|launch|endors|validat)\w*"
#: "X is to adopt", "X is yet to sign", "X is due to ratify"
_IS_TO = re.compile(r"\s+(?:is|are)\s+(?:yet\s+|due\s+|still\s+)?to\s+" + _ACTS + r"\b")
#: "has now to be signed by", "is yet to be ratified by", "is to be approved by"
_TO_BE_BY = re.compile(
    r"\b(?:has|have|is|are)\s+(?:now\s+|yet\s+|still\s+|due\s+)?to\s+be\s+" + _ACTS + r"\s+by\s+"
)


def pending_acts(rules: SentenceRules) -> None:
    """Drop the adopts of an actor whose act the sentence puts in the future by "is to", "has to be"."""
    sent = rules.sent
    low = sent.low
    if " to " not in low or not rules.out:
        return
    pending: set[str] = set()
    for cue in _IS_TO.finditer(low):
        before = sent.actors(sent.start, sent.start + cue.start() + 1)
        if before and before[-1][0].end == sent.start + cue.start():
            pending.add(before[-1][1].key)
    for cue in _TO_BE_BY.finditer(low):
        after = sent.actors(sent.start + cue.end(), sent.start + cue.end() + 60)
        if after:
            pending.add(after[0][1].key)
    if pending:
        rules.out = [f for f in rules.out if f.predicate != "adopts" or f.subject not in pending]
