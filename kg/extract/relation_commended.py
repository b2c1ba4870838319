"""Praise of another actor for its act on a plan: "Japan commended Viet Nam for adopting the Plan",
"the EU congratulated Kenya on the launch of the Strategy". The act is the one praised (the cue
tables find it); the one who praises backs the plan, so it ``supports`` it. Not a praise denied
("did not commend"), nor one whose praiser the sentence does not name before its verb."""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import ITEMS, NEGATED

_ACTOR_TYPES = ("Country", "Organization", "Person")
#: the praise, the one praised, and the praised act right before the item
_PRAISED_FOR = re.compile(
    r"\b(?:commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|"
    r"laud(?:s|ed|ing)?|hail(?:s|ed|ing)?|salut(?:e|es|ed|ing)|thank(?:s|ed|ing)?|compliment(?:s|ed|ing)?|"
    r"welcom(?:e|es|ed|ing))\s+"
    r"(?P<who>[^.;:]{2,90}?)\s+(?:for|on|upon)\s+(?:(?:its|their|his|her|the)\s+)?"
    r"(?:(?:recent|swift|timely|successful|historic|formal|official|early|effective)\s+)?"
    r"(?:(?:having\s+)?(?:adopt(?:ing|ed)|launch(?:ing|ed)|ratify(?:ing)?|ratified|implement(?:ing|ed)|"
    r"sign(?:ing|ed)|develop(?:ing|ed)|enact(?:ing|ed)|approv(?:ing|ed)|endors(?:ing|ed)|unveil(?:ing|ed)|"
    r"acced(?:ing|ed)\s+to|join(?:ing|ed))|"
    r"(?:adoption|launch(?:ing)?|ratification|implementation|signing|development|enactment|approval|"
    r"endorsement|unveiling)\s+of|accession\s+to)\s+(?:the\s+|its\s+|their\s+)?$"
)


def commended_acts(rules: SentenceRules) -> None:
    """supports from the one who praises another actor for its act on the plan named right after."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, item in sent.of_types(ITEMS):
        at = m.start - base
        cue = _PRAISED_FOR.search(low, max(0, at - 200), at)
        if cue is None or NEGATED.search(low, max(0, cue.start() - 20), cue.start()):
            continue
        praised = sent.actors(base + cue.start("who"), base + cue.end("who"))
        if not praised:
            continue  # "welcomed the decision for adopting …": no one praised for it
        before = [e for _m, e in sent.actors(base, base + cue.start())]
        if not before:
            continue
        praiser = rules.subject(base + cue.start())[:1]
        for giver in praiser:
            if giver.type in _ACTOR_TYPES and giver in before and all(giver is not e for _m, e in praised):
                rules.add(giver, "supports", item, cue.group().split()[0])


_PRAISE = (
    r"(?:hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?|commend(?:s|ed|ing)?)"
)
#: the praise right before the item: "hailed the Plan", "applauded the new Strategy"
_PRAISES_ITEM = re.compile(r"\b" + _PRAISE + r"\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|national\s+)?$")
#: right after the item: " was praised by ", " has been lauded by "
_PRAISED_BY = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+" + _PRAISE + r"\s+by\s+"
)
#: praise undone: "far from praising", "hardly praised"
_UNDONE = re.compile(r"\b(?:far\s+from|hardly|barely|rarely|never|not)\s+$")


def praised_items(rules: SentenceRules) -> None:
    """supports from whoever praises a plan named right after the verb ("Egypt hailed the Plan as a
    milestone"), or names the praiser right after "was praised by"; not praise of a speech, a report
    or a person about a plan, nor praise undone ("far from praising", "hardly praised")."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, item in sent.of_types(ITEMS):
        at = m.start - base
        cue = _PRAISES_ITEM.search(low, max(0, at - 40), at)
        if (
            cue is not None
            and not _UNDONE.search(low, max(0, cue.start() - 12), cue.start())
            and not NEGATED.search(low, max(0, cue.start() - 20), cue.start())
        ):
            before = [e for _m, e in sent.actors(base, base + cue.start())]
            for giver in rules.subject(base + cue.start())[:1]:
                if giver.type in _ACTOR_TYPES and giver in before:
                    rules.add(giver, "supports", item, cue.group().split()[0])
        by = _PRAISED_BY.match(sent.text, m.end - base)
        if by is not None:
            givers = sent.actors(base + by.end(), base + by.end() + 1)
            if givers and givers[0][1].type in _ACTOR_TYPES:
                rules.add(givers[0][1], "supports", item, "praised by")
