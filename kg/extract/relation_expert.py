"""The person a sentence names only by title: "The Special Rapporteur urged …", "The expert
welcomed …" after "said Jane Doe, the Special Rapporteur on …".

Statements by UN experts and envoys name the person once, then refer to them by title. The title
must be one of the person's own role phrases, so a title of someone else is not taken for them.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec

#: "The Special Rapporteur urged", "The UN expert also welcomed", "The Independent Expert noted"
_TITLED_START = re.compile(
    r"The\s+(?:UN\s+|United\s+Nations\s+)?(?:independent\s+|human\s+rights\s+)*"
    r"(?P<title>[Ee]xpert|Special\s+Rapporteur|Independent\s+Expert|Rapporteur|Special\s+Envoy|"
    r"[Ee]nvoy|High\s+Commissioner|Special\s+Representative)\s+(?:also\s+|further\s+)?[a-z]+\b"
)
#: the role words each title may stand for
_ROLE_WORDS = {
    "expert": ("expert", "rapporteur"),
    "rapporteur": ("rapporteur",),
    "envoy": ("envoy",),
    "commissioner": ("commissioner",),
    "representative": ("special representative",),
}


def titled_person(sentence: str, person: EntityRec | None, text: str) -> bool:
    """Whether ``sentence`` opens with a title that one of ``person``'s role phrases bears."""
    if person is None or not person.roles or sentence[:4] != "The ":
        return False
    m = _TITLED_START.match(sentence)
    if m is None:
        return False
    last = m.group("title").lower().split()[-1]
    words = _ROLE_WORDS.get(last, (last,))
    return any(w in text[r.start : r.end].lower() for r in person.roles for w in words)
