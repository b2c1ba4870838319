"""memberOf from leading a body: "The two agencies jointly lead the Inter-Agency Platform", "Chile,
which holds the pro tempore presidency of the Andean Community".

Who leads, chairs or holds the presidency of a body, a platform or a process sits in it: the actor
is a member. The body must be named right after the cue (an Organization; a meeting one chairs is
participation, read elsewhere), and the one who leads a country or body, not a person ("led by" is
a person heading the body, read as represents elsewhere). A substring test gates the sentence.
"""

from __future__ import annotations

import re

from kg.extract.relation_context import SentenceRules

#: "jointly lead the", "co-chairs the", "holds the rotating presidency of the"
_LEADS = re.compile(
    r"\b(?:(?:jointly|together)\s+)?(?:co-?)?(?:lead|leads|leading|chair|chairs|chairing)"
    r"\s+(?:the\s+)?(?=[A-Z])|"
    r"\b(?:hold|holds|held|holding|assume[sd]?|took over)\s+(?:the\s+)?"
    r"(?:(?:pro tempore|rotating|annual|current)\s+)?(?:presidency|chairmanship|chair|secretariat)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_GATE = ("lead", "chair", "presidency", "secretariat")


def leads(rules: SentenceRules) -> None:
    """memberOf: the actor who leads, chairs or holds the presidency of the organization named next."""
    sent = rules.sent
    if "Organization" not in rules.types or not any(w in sent.low for w in _GATE):
        return
    for cue in _LEADS.finditer(sent.text):
        at = sent.start + cue.end()
        bodies = sent.of_types(("Organization",), at, at + 1)
        if not bodies:
            continue
        body = bodies[0][1]
        for actor in rules.subject(sent.start + cue.start()):
            if actor.type in ("Country", "Organization") and actor is not body:
                rules.add(actor, "memberOf", body, cue.group().strip())
