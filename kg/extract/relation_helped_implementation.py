"""Helping an implementation is support, not implementation: "organized in support of the
implementation of the National Action Plan", "contributes to achieving the objectives of the
Plans", "committed to … ensure the full implementation of the Paris Agreement".

An implements link whose cue stands right after words of help, contribution or commitment
("in support of", "contributes to", "committed to", "the need for") becomes supports:
the doer backs what others carry out (the cue table's "supports").
"""

from __future__ import annotations

import re

from kg.extract.found import Found
from kg.extract.relation_context import SentenceRules

#: words of help before an implementation cue, in its clause
_HELPING = re.compile(
    r"\b(?:in\s+support\s+of|support(?:s|ed|ing)?|contribut(?:e|es|ed|ing|ions?)\s+(?:to|towards)|"
    r"committed\s+to|commitment\s+to|help(?:s|ed|ing)?(?:\s+to)?|assist(?:s|ed|ing)?(?:\s+(?:in|with))?|"
    r"need\s+for|in\s+strict\s+accordance\s+with)\s+"
    r"(?:(?:the|its|their|our|ensure|ensuring|full|effective|further|successful|timely)\s+){0,4}$"
)
_HELP_WORDS = ("support", "contribut", "committed", "commitment", "help", "assist", "need for")


def helped_implementation(rules: SentenceRules) -> None:
    """Turn into supports the implements links whose every cue follows words of help."""
    low = rules.sent.low
    if not rules.out or not any(w in low for w in _HELP_WORDS):
        return
    base = rules.sent.start
    out = []
    for f in rules.out:
        if f.predicate == "implements" and f.start == base and f.cue:
            places = [m.start() for m in re.finditer(re.escape(f.cue.lower()), low)]
            if places and all(_HELPING.search(low, max(0, at - 70), at) for at in places):
                f = Found(f.subject, "supports", f.object, f.start, f.end, f.cue)
        out.append(f)
    rules.out[:] = out
