"""Pledges and contributions to a fund, in the wordings of pledging conferences and climate finance news.

- "Norway's pledge of USD 60 million to the Fund", "Norway announced a contribution of EUR 5 million
  to the Fund": the pledge noun, then "to" and the fund; the givers are the possessor or the subject
  (and those listed with it).
- "New pledges to the Fund include Norway (USD 10 million), Ireland (USD 5 million) and Spain
  (USD 3 million)": after "include" or "came from", each listed actor with an amount of money in
  brackets.
- "Norway, the largest contributor to the Fund, …": a contributor or donor named in apposition.

Each is a ``supports`` of the giver. The fund must end its phrase ("Japan's contribution to the
Paris Agreement negotiations" is a part in talks, not money for the Agreement). A sentence is read
only when it holds "pledg", "contribut", "donor" or "donation" (a substring test first).
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import coordinated_before
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS, NEGATED

_GIVERS = ("Country", "Organization")
_TARGETS = ("Organization", *ITEMS)
#: a pledge noun, its amount (no other party named in it), then "to (the)": "pledge of USD 60 million
#: to the ", "contribution to the "
_PLEDGE_TO = re.compile(
    r"\b(?:pledges?|contributions?|donations?)\s+(?:of\s+(?:(?!(?:to|from|for|by)\b)[\w$€£.,()-]+\s+){1,5}?)?"
    r"(?:to|towards)\s+(?:the\s+)?$"
)
#: the giver before the noun: "Norway's ", "Norway announced a ", "Norway has made a new "
_POSSESSIVE = re.compile(
    cues.POSSESSIVE + r"\s+(?:(?:new|additional|latest|first|generous|initial|total)\s+)?$"
)
_DEED = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|today\s+)*(?:announced|made|confirmed|pledged|doubled|increased|"
    r"delivered|committed|paid|announces|makes|confirms)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:(?:new|additional|further|fresh|first|initial|total|generous)\s+)?$"
)
#: "pledges to the ", "contributions for 2023 to the ": a list of givers may follow the fund
_LIST_LEAD = re.compile(r"\b(?:pledges|contributions)\s+(?:(?:of|for)\s+\w+\s+)?(?:to|for)\s+(?:the\s+)?$")
#: right after the fund: the list of givers begins ("… include ", "… came from ", "… were made by ")
_LIST_VERB = re.compile(
    r"[^.;:]{0,60}?\b(?:include[sd]?|including|came\s+from|come\s+from|were\s+made\s+by|were\s+announced\s+by)\s+"
)
#: an amount of money in brackets right after a giver: " (USD 10 million)", " (USDeq 22.1 million)", " (€5m)"
_AMOUNT = re.compile(
    r"\s*\((?=[^()]{0,40}(?:USD|EUR|GBP|US\$|\$|€|£|¥|million|billion|bn\b))[^()]{1,40}\)", re.IGNORECASE
)
#: "Norway, the largest contributor to the ", "Norway and Sweden, major donors to the "
_CONTRIBUTOR = re.compile(
    r",\s+(?:(?:the|a|an|one\s+of\s+the)\s+)?(?:(?:largest|biggest|main|major|leading|top|key|single|first|"
    r"second|third|longtime|long-standing|generous|consistent)\s+){0,2}(?:contributors?|donors?|funders?)"
    r"\s+(?:to|of)\s+(?:the\s+)?$"
)
#: after the fund: its phrase ends ("… to the Fund was welcomed", "… to the Fund, and"), not "… to the
#: Fund board's deliberations" or "… to the Agreement negotiations"
_PHRASE_ENDS = re.compile(
    r"\s*(?:[(),.;:]|$|(?:and|in|of|for|at|on|was|were|is|are|has|have|had|will|would|with|by|from|this|"
    r"last|which|that|over|during|since|until|under|as|to|so|but|while|after|before|include[sd]?|came|rose"
    r"|fell|[a-z]+ed)\b)"
)


def pledges(rules: SentenceRules) -> None:
    """supports from whoever pledges or contributes to a fund, body, plan or framework."""
    low = rules.sent.low
    if "pledg" not in low and "contribut" not in low and "donor" not in low and "donation" not in low:
        return
    sent, base = rules.sent, rules.sent.start
    for m, target in sent.mentions:
        if target.type not in _TARGETS or not _PHRASE_ENDS.match(sent.text, m.end - base):
            continue
        at = m.start - base
        lead = _PLEDGE_TO.search(low, max(0, at - 70), at)
        if lead is not None and not NEGATED.search(low, max(0, lead.start() - 25), lead.start()):
            for giver in _givers_before(rules, lead.start()):
                rules.add(giver, "supports", target, "pledge to")
        listed = _LIST_LEAD.search(low, max(0, at - 30), at)
        verb = _LIST_VERB.match(low, m.end - base) if listed is not None else None
        if verb is not None:
            for giver in _with_amounts(rules, base + verb.end()):
                rules.add(giver, "supports", target, "pledges include")
        apposed = _CONTRIBUTOR.search(low, max(0, at - 70), at)
        if apposed is not None:
            end = base + apposed.start()
            last = sent.actors(base, end)[-1:]
            if last and last[0][0].end == end:
                for giver in coordinated_before(sent, end):
                    if giver.type in _GIVERS:
                        rules.add(giver, "supports", target, "contributor to")


def _givers_before(rules: SentenceRules, at: int) -> list[EntityRec]:
    """Who gives the pledge whose noun starts at ``at`` (sentence offset): its possessor or subject,
    with the actors listed before it ("Norway and Sweden announced new contributions to …")."""
    sent, base = rules.sent, rules.sent.start
    before = sent.actors(base, base + at)
    if not before:
        return []
    last_m = before[-1][0]
    gap_start = last_m.end - base
    if _POSSESSIVE.fullmatch(sent.text, gap_start, at) or _DEED.fullmatch(sent.low, gap_start, at):
        return [e for e in coordinated_before(sent, last_m.end) if e.type in _GIVERS]
    return []


def _with_amounts(rules: SentenceRules, pos: int) -> list[EntityRec]:
    """The actors of the list that starts at ``pos``, each followed by an amount of money in brackets
    and joined to the one before by a comma or "and": the list ends where that stops."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    out: list[EntityRec] = []
    after = pos - base  # where the list's next item may start
    for m, ent in sent.actors(pos, sent.end):
        if not _LIST_GAP.fullmatch(text, after, m.start - base):
            break
        amount = _AMOUNT.match(text, m.end - base)
        if ent.type not in _GIVERS or amount is None:
            break
        if ent not in out:
            out.append(ent)
        after = amount.end()
    return out


#: between two items of a list of pledges: ", ", " and ", ", and ", or nothing before the first
_LIST_GAP = re.compile(r"(?:\s*,)?(?:\s+and)?\s*(?:the\s+)?")
