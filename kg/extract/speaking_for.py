"""Whom a person acts for, from "speaking on behalf of" and "signed for … by" phrases.

- "Speaking for the Andean Community, the representative of Peru, Rosa Quispe, said" and
  "Tevita Fifita, speaking on behalf of the members of the Melanesian Spearhead Group, said":
  the person right after the phrase's body (past one apposition, the speaker's own role), or
  right before the phrase, represents the body; "the members of" before it changes nothing.
- "The agreement was signed for Chile by the Minister of Labour, Tomás Aguirre, and for Peru by
  …": the signatory after "by" represents the country after "for". Only near "sign", so "a
  study prepared for Kenya by Dr X" is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.records import NAME, EntityRec, MentionRec

_BEHALF = re.compile(
    r"(?:\b[Ss]peaking\s+(?:also\s+)?(?:on\s+behalf\s+of|for)|\bon\s+behalf\s+of)\s+(?:the\s+)?"
    r"(?:(?:other\s+)?(?:members?|member\s+States|States|countries)\s+of\s+(?:the\s+)?)?"
)
#: between the person and the phrase: "Name, speaking …", "Name (Fiji), speaking …"
_BEFORE_GAP = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*,\s*")
#: a statement's opening line: "Statement by Slovak Environment Minister X on behalf of the EU" needs no comma
_STATEMENT_BY = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){0,2}(?:Statement|Remarks|Address|Intervention)\s+(?:delivered\s+)?by\b"
)
_SPACE_GAP = re.compile(r"\s+")
#: between the body and the person: ", the representative of Peru, " then maybe a title
_AFTER_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s*,\s+(?:[^,.;:\n“”\"]{1,80},\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
)
_SIGNED_FOR = re.compile(r"\bfor\s+(?:the\s+)?")
_BY = re.compile(r"\s+by\s+")
#: from "by" to the signatory: no sentence end, no other side's "for"
_SIGNATORY_GAP = re.compile(r"(?:(?!\bfor\b)[^.;\n]){0,140}")


def _at(starts: list[int], pos: int) -> int | None:
    k = bisect_left(starts, pos)
    return k if k < len(starts) and starts[k] == pos else None


def _opens_statement(text: str, at: int) -> bool:
    """Whether the line holding ``at`` opens with "Statement by …"."""
    line = text.rfind("\n", 0, at) + 1
    return _STATEMENT_BY.match(text, line) is not None


def behalf_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for "Name, speaking on behalf of the Body" and "Speaking for the
    Body, …, Name"."""
    if "behalf of" not in text and "peaking for" not in text:
        return []
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    for cue in _BEHALF.finditer(text):
        k = _at(starts, cue.end())
        if k is None or pairs[k][1].type not in ("Organization", "Country"):
            continue
        body_mention, body = pairs[k]
        before = [
            e
            for m, e in pairs[max(0, k - 3) : k]
            if e.type == "Person"
            and m.kind == NAME
            and (
                _BEFORE_GAP.fullmatch(text, m.end, cue.start())
                or (_SPACE_GAP.fullmatch(text, m.end, cue.start()) and _opens_statement(text, m.start))
            )
        ]
        after = [
            e
            for m, e in pairs[k + 1 : k + 6]
            if e.type == "Person" and m.kind == NAME and _AFTER_GAP.fullmatch(text, body_mention.end, m.start)
        ][:1]
        for person in before or after:
            out.append((person, body, cue.start()))
    return out


def signatory_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, country, position) for "signed for Country by [role,] Name"."""
    if "sign" not in text or " by " not in text:
        return []
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    for cue in _SIGNED_FOR.finditer(text):
        k = _at(starts, cue.end())
        if k is None or pairs[k][1].type != "Country":
            continue
        country_mention, country = pairs[k]
        by = _BY.match(text, country_mention.end)
        if by is None or "sign" not in text[max(0, cue.start() - 250) : cue.start()]:
            continue
        gap = _SIGNATORY_GAP.match(text, by.end())
        limit = gap.end() if gap is not None else by.end()
        person = next(
            (
                e
                for m, e in pairs[k + 1 : k + 8]
                if by.end() <= m.start <= limit and e.type == "Person" and m.kind == NAME
            ),
            None,
        )
        if person is not None:
            out.append((person, country, cue.start()))
    return out
