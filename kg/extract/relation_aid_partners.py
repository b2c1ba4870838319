"""Partners named by the help they give to someone's act, with or without a plan named.

"The Ministry of Labour, with the support of the ILO, trained inspectors", "With technical
assistance from UNODC, the Agency held consultations": the body that helps is the doer's partner
(the cue table's "supported by"). A donor government is a backer, not a partner, and is left out.
Where the sentence names a plan or framework, :func:`kg.extract.relation_ties.partnership` reads
the help as support of it too ("The Plan was developed by the Agency, with support from UNEP":
UNEP supports the Plan and is the Agency's partner).
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import coordinated_before
from kg.extract.relation_agents import listed_actors
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import THE_GAP

_DOERS = ("Country", "Organization")
#: right after the last helper, up to the comma that closes the phrase: "(ILO),", ","
_COMMA = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,")
#: before a list of doers: the agents of a passive ("officiated by the governments of ")
_BY_AGENTS = re.compile(r"\bby\s+(?:the\s+)?(?:(?:governments?|ministries|ministers)\s+of\s+(?:the\s+)?)?\Z")
#: between a list of doers and the help: "Kenya and Uganda, with support from"
_RIGHT_BEFORE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*")


def helped_partners(rules: SentenceRules) -> None:
    """partnersWith: the doer and the bodies "with the support of" whom it acts."""
    sent = rules.sent
    if not rules.has_actor or "with " not in sent.low:
        return
    text, base = sent.text, sent.start
    for cue in rules.finditer(cues.SUPPORT_OF_LOW):
        if not cue.group().startswith("with "):
            continue
        c0, c1 = base + cue.start(), base + cue.end()
        helpers, last = listed_actors(sent, c1)
        helpers = [h for h in helpers if h.type == "Organization"]
        if not helpers or last is None:
            continue
        before = sent.actors(base, c0)
        listed = (
            coordinated_before(sent, before[-1][0].end)
            if before and _RIGHT_BEFORE.fullmatch(text, before[-1][0].end - base, cue.start())
            else []
        )
        if len(listed) > 1 and not _BY_AGENTS.search(text, 0, before[-len(listed)][0].start - base):
            listed = []  # "rescued workers in Qatar and Saudi Arabia, with support from IOM": places
        if len(listed) > 1:
            doers = listed  # "by Kenya and Uganda, with support from IOM": both act with IOM
        elif before:
            doers = rules.subject(c0)[:1]
        elif text[: cue.start()].strip():
            continue  # "The report was produced with support from …": no actor does it
        else:  # "With the support of the ILO, the Ministry …": the subject after the phrase's comma
            closing = _COMMA.match(text, last.end - base)  # the comma that closes the phrase
            comma = closing.end() - 1 if closing is not None else -1
            after = sent.actors(base + comma + 1, base + comma + 60) if comma > 0 else []
            doers = (
                [after[0][1]]
                if after and THE_GAP.fullmatch(text, comma + 1, after[0][0].start - base)
                else []
            )
        for doer in doers:
            if doer.type in _DOERS and doer not in helpers:
                for helper in helpers:
                    rules.add(doer, "partnersWith", helper, text[cue.start() : cue.end()])
