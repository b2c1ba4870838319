"""addresses from what a law or a decision does, not from a cue of purpose beside its name.

- A law is the subject of a verb of provision, and the victims of a harm, or the penalties for
  it, are what it provides for: "Law No. 5, among other aspects, establishes effective means for
  the compensation of victims of trafficking in persons" (the law addresses trafficking).
- A sentence opens with a body issuing a decision, and its main clause says what the body did
  by it: "Adopting resolution 12 (2030) by consensus, the Council extended the authorization to
  inspect vessels used for migrant smuggling" (the resolution addresses migrant smuggling; so
  does a decision the main clause names as the source of what was extended, "first established
  by resolution 9"); "Issuing statement S/1 in its meeting on forced labour, the Council …".

Themes (migration, decent work) are fields, not harms, and are not linked here.
"""

from __future__ import annotations

import re

from kg.extract.doc_relations import THEMES
from kg.extract.relation_context import SentenceRules

_LAWS = ("Framework", "Plan")
#: the item's own verb of provision, after an optional aside: ", among other aspects, establishes"
_PROVIDES = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,;:.]{1,40},\s*|\s+)(?:(?:also|further|now|thus)\s+)?"
    r"(?:establish(?:es|ed)|provid(?:es|ed)\s+for|regulat(?:es|ed)|sets?\s+out|lays?\s+down|"
    r"introduc(?:es|ed)|creat(?:es|ed)|guarantees?|guaranteed|strengthen(?:s|ed)|set\s+up|sets\s+up)\s"
)
#: what it provides for: "… for the compensation of victims of ", "… tougher penalties for "
_VICTIMS = re.compile(
    r"[^;:.()“”\"]{0,90}?\b(?:(?:victims|survivors)\s+of|(?:penalties|sanctions|punishments?)\s+for)\s+"
    r"(?:the\s+)?(?:crimes?\s+of\s+)?"
)
#: "Adopting resolution", "By unanimously adopting", "Issuing presidential statement": a decision made
_OPENER = re.compile(
    r"(?:By\s+|In\s+)?(?:(?:unanimously|formally)\s+)?(?:[Aa]dopting|[Ii]ssuing|[Aa]pproving|[Pp]assing)\s+"
)
#: the kind of decision before its symbol: "presidential statement ", "draft resolution "
_KIND = re.compile(r"(?:[a-z-]+\s+){0,3}")
#: the main clause's actor and its verb after the opener's comma: ", the Council extended"
_MAIN = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}?[A-Z][\w’'-]*\s+(?:also\s+)?[a-z]+ed\b")
#: a decision named in the main clause as the source of what it renews: "first established by"
_SOURCE = re.compile(
    r"(?:first\s+|initially\s+|originally\s+)?(?:established|set\s+up|created|introduced|authori[sz]ed|"
    r"granted)\s+(?:by|under|in)\s+(?:the\s+)?$"
)
#: where the main clause stops being what the decision does: a contrast, a report, a new sentence part
_STOP = re.compile(r";|\b(?:while|whereas|amid|despite|although|but)\b|\b(?:said|says|noted|stressed)\b")


def instrument_scope(rules: SentenceRules) -> None:
    """addresses: a law's victims provided for; a decision's content in the main clause."""
    if "Issue" not in rules.types:
        return
    _provided_for(rules)
    _decided(rules)


def _provided_for(rules: SentenceRules) -> None:
    sent, low = rules.sent, rules.sent.low
    if "victims" not in low and "survivors" not in low and "for " not in low:
        return
    for m, item in sent.of_types(_LAWS):
        after = m.end - sent.start
        verb = _PROVIDES.match(sent.text, after)
        if verb is None:
            continue
        scope = _VICTIMS.match(low, verb.end())
        if scope is None or _STOP.search(low, verb.end(), scope.end()):
            continue
        issue = sent.of_types(("Issue",), sent.start + scope.end(), sent.start + scope.end() + 1)
        if issue and issue[0][1].label.lower() not in THEMES:
            rules.add(item, "addresses", issue[0][1], "victims of")


def _decided(rules: SentenceRules) -> None:
    sent = rules.sent
    opener = _OPENER.match(sent.text)
    if opener is None:
        return
    items = sent.of_types(("Framework",), sent.start + opener.end(), sent.start + opener.end() + 40)
    if not items or not _KIND.fullmatch(sent.text, opener.end(), items[0][0].start - sent.start):
        return  # "Issuing presidential statement PRST/1": the decision right after, its kind between
    decision = items[0][1]
    main = _MAIN.search(sent.text, items[0][0].end - sent.start)
    if main is None:
        return
    stop = _STOP.search(sent.low, main.end())
    end = sent.start + (stop.start() if stop else len(sent.low))
    decisions = [decision]
    for m, other in sent.of_types(("Framework",), sent.start + main.end(), end):
        if other is not decision and _SOURCE.search(
            sent.low, max(0, m.start - sent.start - 40), m.start - sent.start
        ):
            decisions.append(other)  # "the authorization, first established by resolution 9"
    for _m, issue in sent.of_types(("Issue",), sent.start + opener.end(), end):
        if issue.label.lower() in THEMES:
            continue
        for d in decisions:
            rules.add(d, "addresses", issue, opener.group().strip())
