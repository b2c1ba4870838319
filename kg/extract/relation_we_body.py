"""The body a speaker speaks for, when the speaker says "we call …", "we support …".

"'We call on the Government to ratify the Convention,' said Ana Pérez, secretary-general of the
Union": "we" is the Union, whose official speaks; the Union calls for the Convention (the
speaker's own call is read by the sentence rules).
"""

from __future__ import annotations

import re

from kg.extract.found import Found
from kg.extract.records import DocState

#: "We call on", "we also urge", "We strongly support": the speakers' own stance, in the first person
_WE_STANCE = re.compile(
    r"\b[Ww]e\s+(?:(?:also|again|therefore|strongly|further|now|fully|firmly|once again)\s+)?"
    r"(?P<verb>call(?:\s+on|\s+upon|\s+for)?|urge|appeal|demand|ask|support|welcome|endorse)\b"
)
_CALLS = ("call", "urge", "appeal", "demand", "ask")


def bodies_of_we(found: list[Found], represented: list[Found], state: DocState, text: str) -> list[Found]:
    """callsFor and supports of the organization a speaker represents, for each of the speaker's
    calls and stances said with "we" in the sentence."""
    body_of: dict[str, str] = {}
    for f in represented:
        if f.predicate == "represents" and state.entities[f.object].type == "Organization":
            body_of.setdefault(f.subject, f.object)
    if not body_of:
        return []
    out = []
    for f in found:
        if f.predicate not in ("callsFor", "supports") or f.subject not in body_of:
            continue
        if state.entities[f.subject].type != "Person":
            continue
        we = _WE_STANCE.search(text, f.start, f.end)
        if we is None or we.group("verb").startswith(_CALLS) != (f.predicate == "callsFor"):
            continue
        out.append(Found(body_of[f.subject], f.predicate, f.object, f.start, f.end, f.cue))
    return out
