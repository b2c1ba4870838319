"""A person who heads, leads, chairs or presides over a body represents it.

"Lena Sorensen, a career diplomat, will head the new Office": the person is the clause's
subject (the last person named before the verb in the sentence, no other actor named between)
and the body the organization named right after the verb, or named again by its head word ("who
chairs the committee": :mod:`~kg.extract.back_references`). "led by" (the body first) is read
elsewhere; a country or body as the subject is :mod:`kg.extract.relation_leads`' memberOf. A
report ("X said it would lead the Y") or a pronoun between them leaves the act to another.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.back_references import BACK_REFERENCE, body_by_head, pairs_bodies
from kg.extract.records import EntityRec, MentionRec

_HEADS = re.compile(
    r"\b(?:head|heads|headed|heading|lead|leads|leading|led|chair|chairs|chaired|chairing"
    r"|presides\s+over|presided\s+over|presiding\s+over)\s+"
    r"(?:(?P<the>the)\s+)?(?:(?:new|newly\s+created|national|country’s|country's)\s+)?(?=[A-Za-z])"
)
_ACTORS = ("Person", "Country", "Organization")
#: a report of another's act, or another subject, between the person and the verb
_OTHER_SUBJECT = re.compile(
    r"\b(?:said|says|told|stated|noted|added|announced|hoped|hopes|expects|expected|it|they|which|that|"
    r"its|their|whose|she\s+said|he\s+said)\b"
)
#: no sentence end between the subject and the verb
_SAME_SENTENCE = re.compile(r"[^.;!?\n]*")


def head_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for each "Person … heads/leads/chairs the Body"."""
    if not any(w in text for w in ("head", "lead", "led ", "chair", "presid")):
        return []
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    bodies = pairs_bodies(pairs)
    for cue in _HEADS.finditer(text):
        k = bisect_left(starts, cue.end())
        named = k < len(pairs) and starts[k] == cue.end() and text[cue.end()].isupper()
        if named and pairs[k][1].type == "Organization":
            body = pairs[k][1]
        elif cue.group("the") and (again := BACK_REFERENCE.match(text, cue.start("the"))) is not None:
            # "X, who chairs the committee": the text's one committee
            if (found := body_by_head(again.group("head"), bodies)) is None:
                continue
            body = found
        else:
            continue
        j = bisect_left(starts, cue.start()) - 1
        while j >= 0 and (pairs[j][1].type not in _ACTORS or _bracketed(text, pairs[j][0])):
            j -= 1  # "X, Director of Blue Economy (SEBE), led …": the bracket names no subject
        if j < 0 or pairs[j][1].type != "Person" or pairs[j][1] is body:
            continue
        m = pairs[j][0]
        gap = _SAME_SENTENCE.match(text, m.end)
        if cue.start() - m.end > 150 or gap is None or gap.end() < cue.start():
            continue
        if _OTHER_SUBJECT.search(text, m.end, cue.start()):
            continue  # "X said it would lead the Y": someone else's act
        out.append((pairs[j][1], body, cue.start()))
    return out


def _bracketed(text: str, m: MentionRec) -> bool:
    """Whether the mention is an acronym in brackets after the name it shortens."""
    return text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
