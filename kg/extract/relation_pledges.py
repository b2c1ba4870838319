"""Pledges and contributions to a fund, in the wordings of pledging conferences and climate finance news.

- "Norway's pledge of USD 60 million to the Fund", "Norway announced a contribution of EUR 5 million
  to the Fund": the pledge noun, then "to" and the fund; the giver is the possessor or the subject.
- "New pledges to the Fund include Norway (USD 10 million), Ireland (USD 5 million) and Spain":
  each actor followed by an amount in brackets pledged to the fund the sentence names after
  "pledges to" or "contributions to".
- "Norway, the largest contributor to the Fund, …": a contributor or donor named in apposition.

Each is a ``supports`` of the giver. A sentence is read only when it holds "pledg", "contribut"
or "donor" (a substring test first).
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS, NEGATED

_GIVERS = ("Country", "Organization")
_TARGETS = ("Organization", *ITEMS)
#: a pledge noun, its amount, then "to (the)": "pledge of USD 60 million to the ", "contribution to the "
_PLEDGE_TO = re.compile(
    r"\b(?:pledges?|contributions?|donations?)\s+(?:of\s+(?:[\w$€£.,()-]+\s+){1,5}?)?"
    r"(?:to|towards|for)\s+(?:the\s+)?$"
)
#: the giver before the noun: "Norway's ", "Norway announced a ", "Norway has made a new "
_POSSESSIVE = re.compile(r"[’']s?\s+(?:(?:new|additional|latest|first|generous|initial|total)\s+)?$")
_DEED = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|today\s+)*(?:announced|made|confirmed|pledged|doubled|increased|"
    r"delivered|committed|paid|announces|makes|confirms)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:(?:new|additional|further|fresh|first|initial|total|generous)\s+)?$"
)
#: "pledges to the Fund … include", "contributions to the Fund … came from": a list of givers follows
_LIST_LEAD = re.compile(r"\b(?:pledges|contributions)\s+(?:(?:of|for)\s+\w+\s+)?(?:to|for)\s+(?:the\s+)?$")
#: an amount in brackets right after a giver: " (USD 10 million)", " (USDeq 22.1 million)", " (€5m)"
_AMOUNT = re.compile(
    r"\s*\((?=[^()]{0,40}(?:\d|million|billion))[^()]{1,40}(?:million|billion|\d|m|bn)\)", re.IGNORECASE
)
#: "Norway, the largest contributor to the ", "Norway, a major donor to the "
_CONTRIBUTOR = re.compile(
    r",\s+(?:the|a|an|one\s+of\s+the)\s+(?:(?:largest|biggest|main|major|leading|top|key|single|first|"
    r"second|third|longtime|long-standing|generous|consistent)\s+){0,2}(?:contributors?|donors?|funders?)"
    r"\s+(?:to|of)\s+(?:the\s+)?$"
)


def _first_target(rules: SentenceRules, pos: int) -> EntityRec | None:
    """The fund, plan or body named right at ``pos`` (after "to the ")."""
    for m, ent in rules.sent.mentions:
        if m.start == pos and ent.type in _TARGETS:
            return ent
        if m.start > pos:
            break
    return None


def pledges(rules: SentenceRules) -> None:
    """supports from whoever pledges or contributes to a fund, body, plan or framework."""
    low = rules.sent.low
    if "pledg" not in low and "contribut" not in low and "donor" not in low and "donation" not in low:
        return
    sent, base = rules.sent, rules.sent.start
    for m, target in sent.mentions:
        if target.type not in _TARGETS:
            continue
        at = m.start - base
        lead = _PLEDGE_TO.search(low, max(0, at - 70), at)
        if lead is not None and not NEGATED.search(low, max(0, lead.start() - 25), lead.start()):
            for giver in _giver_of(rules, lead.start()):
                rules.add(giver, "supports", target, "pledge to")
        listed = _LIST_LEAD.search(low, max(0, at - 30), at)
        if listed is not None:
            for giver in _with_amounts(rules, m.end):
                rules.add(giver, "supports", target, "pledges include")
        apposed = _CONTRIBUTOR.search(low, max(0, at - 70), at)
        if apposed is not None:
            givers = [
                e for g, e in sent.actors(base, base + apposed.start()) if g.end == base + apposed.start()
            ]
            for giver in givers:
                if giver.type in _GIVERS:
                    rules.add(giver, "supports", target, "contributor to")


def _giver_of(rules: SentenceRules, at: int) -> list[EntityRec]:
    """Who gives the pledge whose noun starts at ``at`` (sentence offset): its possessor or subject."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    before = sent.actors(base, base + at)
    if not before:
        return []
    last_m, last = before[-1]
    gap_start = last_m.end - base
    if _POSSESSIVE.fullmatch(text, gap_start, at) or _DEED.fullmatch(rules.sent.low, gap_start, at):
        return [last] if last.type in _GIVERS else []
    return []


def _with_amounts(rules: SentenceRules, after: int) -> list[EntityRec]:
    """The actors after ``after`` each followed by an amount in brackets: a list of pledges."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    out: list[EntityRec] = []
    for m, ent in sent.actors(after, sent.end):
        if ent.type in _GIVERS and _AMOUNT.match(text, m.end - base) and ent not in out:
            out.append(ent)
    return out
