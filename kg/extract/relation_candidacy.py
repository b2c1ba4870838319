"""Backing of another actor's candidacy: "Ghana backs Nigeria's candidacy for …", "Kenya endorsed the
candidature of Ethiopia for a seat on …", "expressed support for Peru's bid to host …". The one who
backs it ``supports`` the candidate. Not a backing denied ("did not endorse"), nor one whose backer the
sentence does not name before the verb."""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import NEGATED, support_not_given

_ACTOR_TYPES = ("Country", "Organization", "Person")
_RUN = r"(?:candidacy|candidature|bid|nomination|application)"  # not "election": an outcome hailed
#: the backing verb right before the candidate or its candidacy
_BACKS = (
    r"\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|champion(?:s|ed|ing)?|"
    r"welcom(?:e|es|ed|ing))\s+(?:(?:its|their|the|his|her|our)\s+)?"
    r"(?:(?:full|strong|firm|unwavering|continued|unanimous)\s+)*(?:support\s+(?:for|to)\s+)?(?:the\s+)?"
)
#: "backs " before "Nigeria's candidacy"
_BACKS_OWNER = re.compile(_BACKS + r"$")
_OWNED_RUN = re.compile(r"[’']s?\s+(?:[a-z-]+\s+){0,2}?" + _RUN + r"\b")
#: "endorsed the candidature of "
_BACKS_RUN_OF = re.compile(_BACKS + _RUN + r"\s+of\s+(?:the\s+)?$")


def candidacies(rules: SentenceRules) -> None:
    """supports from the one who backs a candidacy to its candidate."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    for m, candidate in sent.actors():
        at = m.start - base
        if candidate.type not in _ACTOR_TYPES:
            continue
        cue = _BACKS_RUN_OF.search(low, max(0, at - 90), at)
        if cue is None and _OWNED_RUN.match(low, m.end - base):
            cue = _BACKS_OWNER.search(low, max(0, at - 70), at)
        if (
            cue is None
            or NEGATED.search(low, max(0, cue.start() - 20), cue.start())
            or support_not_given(low, cue.start())
            or low.endswith(" to ", 0, cue.start())  # "asked Ghana to back", "promised to back"
        ):
            continue
        named = {e.key for _m, e in sent.actors(base, base + cue.start())}
        for backer in rules.subject(base + cue.start())[:1]:
            if backer.type in _ACTOR_TYPES and backer.key in named and backer is not candidate:
                rules.add(backer, "supports", candidate, cue.group().split()[0])
