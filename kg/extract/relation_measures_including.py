"""Instruments listed as the measures taken against a harm address it: "the actions undertaken to
combat trafficking, including the creation of the National Plan and the Blue Heart Campaign" (both
address trafficking).

The list must hang on a noun of measures ("actions", "measures", "efforts", "steps", "initiatives")
whose purpose is the fight against the issue, and follow it after "including" or "such as"; a list
after "including" that follows an issue alone ("crimes, including the Palermo Protocol's …") or a
call ("urged States to combat trafficking, including by ratifying the Protocol") is not read here.
"""

from __future__ import annotations

import re

from kg.extract.doc_relations import THEMES
from kg.extract.fight_words import FIGHTING
from kg.extract.relation_context import SentenceRules

_ITEMS = ("Plan", "Framework")
#: "the actions that have been undertaken to combat ": measures whose purpose is the fight
_MEASURES = re.compile(
    r"\b(?:actions|measures|efforts|steps|initiatives|policies|interventions)\s+"
    r"(?:(?:that|which)\s+(?:have|has|had)\s+been\s+|(?:already\s+)?)?"
    r"(?:(?:undertaken|taken|adopted|implemented|launched|carried\s+out)\s+)?"
    r"(?:to|for)\s+" + FIGHTING + r"\s+"
    r"(?:(?:the|this|these|such|all|forms?|of)\s+)*$"
)
#: right after the issue: ", including the creation of ", " such as the "
_INCLUDING = re.compile(
    r"\s*,?\s*(?:including|such\s+as|among\s+them)\s+(?!by\b)(?:the\s+)?"
    r"(?:(?:creation|adoption|launch|establishment|approval|implementation)\s+of\s+(?:the\s+)?)?"
)
#: between two items of the list: ", ", " and the ", ", and the launch of the "
_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:(?:creation|adoption|launch|establishment|approval|implementation)\s+of\s+(?:the\s+)?)?"
)


def measures_including(rules: SentenceRules) -> None:
    """addresses: each plan or framework listed after "the actions taken to combat X, including"."""
    sent, base, low = rules.sent, rules.sent.start, rules.sent.low
    if "including" not in low and "such as" not in low and "among them" not in low:
        return
    for m, issue in sent.of_types(("Issue",)):
        if issue.label.lower() in THEMES:
            continue
        if not _MEASURES.search(low, max(0, m.start - base - 120), m.start - base):
            continue
        lead = _INCLUDING.match(low, m.end - base)
        if lead is None:
            continue
        at = base + lead.end()
        for im, item in sent.of_types(_ITEMS, at, at + 200):
            if im.start != at:
                break
            rules.add(item, "addresses", issue, "actions to combat … including")
            nxt = _NEXT.match(low, im.end - base)
            if nxt is None:
                break
            at = base + nxt.end()
