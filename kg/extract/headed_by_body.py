"""A body "led by" or "headed by" a person named after a long title represents it.

"The task force was led by Deputy Head of the Criminal Investigation Agency, Inspector General X",
"The Committee has been set up, headed by the Vice President and Minister of Public Security, X":
the person after the title leads the body named before the cue (by name, or again by its head word:
"the task force", :mod:`~kg.extract.back_references`). The sentence rules read "led by X" only with
the name close to the cue; here the title between may be long, as long as it names no other person
and holds no clause of its own. A meeting led by someone is participation, read elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.back_references import ALONE_AFTER_THE, body_by_head, pairs_bodies
from kg.extract.records import NAME, EntityRec, MentionRec

_LED_BY = re.compile(
    r"\b(?:led|headed|chaired|presided\s+over)\s+by\s+|\bunder\s+the\s+(?:chairmanship|leadership)\s+of\s+"
)
#: between the body and the cue: a short verb phrase at most ("was", "has been set up,", "which is")
_BODY_GAP = re.compile(
    r"(?:\s*,)?(?:\s+(?:is|was|are|were|has|have|had|been|be|will|now|also|jointly|[a-z]+ed|set|put|up|together|which))*\s*,?\s*"
)
#: the title between the cue and the name: no sentence end, bracket, clause or second cue
_TITLE = re.compile(r"[^.;:()\n]{0,140}")
#: the body named again by its head word, at a sentence's start too ("The task force was led by")
_AGAIN = re.compile(r"\b[Tt]he" + ALONE_AFTER_THE)
#: "the meeting of the task force was chaired by": the body is not what is led; nor in "Nigeria's
#: delegation to the Forum was led by": the Forum is where the delegation went
_OF = re.compile(r"\b(?:of|[Dd]elegations?\s+(?:to|at))\s+(?:the\s+)?\Z")
_THE = re.compile(r"(?:the\s+)?")
_CLAUSE = re.compile(r"\b(?:who|which|whose|said|says|while|with)\b|\band\s+(?:the\s+)?[a-z]+\s+by\b")


def led_by_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for each "<Body> … led by <title>, <Person>"."""
    if "by" not in text and "under the" not in text:
        return []
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    bodies = pairs_bodies(pairs)
    for cue in _LED_BY.finditer(text):
        body = _body_before(text, cue.start(), pairs, starts, bodies)
        if body is None:
            continue
        k = bisect_left(starts, cue.end())
        while k < len(pairs) and pairs[k][1].type != "Person":
            k += 1
        if k == len(pairs):
            continue
        m, person = pairs[k]
        title = _TITLE.fullmatch(text, cue.end(), m.start)
        if m.kind != NAME or title is None or _CLAUSE.search(title.group()):
            continue
        opens = _THE.match(text, cue.end()).end()  # type: ignore[union-attr]
        if m.start > opens and not any(r.start == opens and r.end <= m.start for r in person.roles):
            continue  # "led by the Ministry, met Ana Ruiz": no title of hers after the cue
        out.append((person, body, cue.start()))
    return out


def _body_before(
    text: str, at: int, pairs: list[tuple[MentionRec, EntityRec]], starts: list[int], bodies: list[EntityRec]
) -> EntityRec | None:
    """The body named, or named again by its head word, right before the cue at ``at``."""
    k = bisect_left(starts, at) - 1
    if k >= 0:
        m, ent = pairs[k]
        if (
            ent.type == "Organization"
            and _BODY_GAP.fullmatch(text, m.end, at)
            and not _OF.search(text, max(0, m.start - 24), m.start)
        ):
            return ent
    lo = max(0, at - 80)
    for again in _AGAIN.finditer(text, lo, at):
        if (
            _BODY_GAP.fullmatch(text, again.end(), at)
            and not _OF.search(text, max(0, again.start() - 24), again.start())
            and not (k >= 0 and pairs[k][0].start > again.end())
        ):
            return body_by_head(again.group("head"), bodies)
    return None
