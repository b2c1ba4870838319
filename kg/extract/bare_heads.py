"""A name that is only a head word ("the Organization", "the Office", "the Bloc") is no entity of its own.

Recognition takes a capitalized head word for a name; in a text it is the short form of a body,
plan or event named in full before ("the International Organization for Migration … the
Organization would support"). Such an entity joins the nearest entity of its type named before
it whose name carries the head word; with none, it is dropped. A unit named by its place in a
body ("Regional Bureau", "Country Office") names no body at all and is dropped too. Institutions
that stand alone in a country's text ("Parliament", "Senate", "Cabinet") are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.entity_bookkeeping import fold_short
from kg.extract.lexicon import EVENT_HEADS, FRAMEWORK_HEADS, ORG_HEADS, PLAN_HEADS
from kg.extract.records import SHORT, DocState, EntityRec

#: heads that name a country's own institution when they stand alone
_STANDALONE = frozenset(
    ("parliament", "senate", "cabinet", "government", "police", "army", "navy", "house", "congress", "court")
)
_HEADS = {
    "Organization": (ORG_HEADS | {"bloc"}) - _STANDALONE,
    "Plan": PLAN_HEADS,
    "Framework": FRAMEWORK_HEADS - {"rules", "goals", "principles", "guidelines"},
    "Event": EVENT_HEADS - {"congress"},
}
#: the other words a head may stand for: "the Bloc" is a Union or Community, "Organisation" an Organization
_FAMILY = {
    "bloc": ("bloc", "union", "community", "association"),
    "organisation": ("organisation", "organization"),
    "organization": ("organization", "organisation"),
    "centre": ("centre", "center"),
    "center": ("center", "centre"),
    "programme": ("programme", "program"),
    "program": ("program", "programme"),
}
#: words that place a unit inside a body: "Regional Bureau", "Country Office", "Field Office"
_UNIT_PLACE = frozenset(
    ("regional", "country", "field", "liaison", "sub-regional", "subregional", "programme")
)
_UNIT_HEADS = frozenset(("bureau", "office", "offices", "unit", "division", "desk", "branch", "hub"))
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@lru_cache(maxsize=4096)
def _words(label: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(label))


def _bare_head(ent: EntityRec) -> str | None:
    """The head word an entity's name is made of alone, if it is; "" for a unit named by its place."""
    if ent.iri is not None or ent.acronyms or ent.type not in _HEADS or ent.label.count(" ") > 2:
        return None
    words = _words(ent.label)
    if (
        len(words) == 1
        and len(ent.label) == len(words[0])
        and words[0] in _HEADS[ent.type]
        and ent.label[:1].isupper()
    ):
        return words[0]
    if (
        ent.type == "Organization"
        and 2 <= len(words) <= 3
        and words[-1] in _UNIT_HEADS
        and all(w in _UNIT_PLACE for w in words[:-1])
    ):
        return ""
    if (
        ent.type == "Event"
        and 2 <= len(words) <= 3
        and words[-1] in _HEADS["Event"]
        and all(w in _MEETING_KINDS for w in words[:-1])
    ):
        return words[-1]  # "the Ministerial Conference", "the high-level conference": the one named before
    return None


#: words that say what kind of meeting, never which: "the Ministerial Conference", "the high-level meeting"
_MEETING_KINDS = frozenset(
    ("ministerial", "high-level", "regional", "international", "annual", "plenary", "technical")
)


def fold_bare_heads(state: DocState, text: str = "") -> None:
    """Merge each bare head word entity into the nearest fitting entity before it, else drop it."""
    _congress_of_meeting(state, text)
    bare = [(e, h) for e in state.entities.values() if (h := _bare_head(e)) is not None]
    if not bare:
        return
    for ent, head in bare:
        if ent.key not in state.entities:
            continue
        target = _nearest_with_head(state, ent, head) if head else None
        generic = ent.type == "Event" and " " in ent.label  # "the Ministerial Conference"
        if target is not None and generic and _namesakes(state, ent, head) > 1:
            _fold_each(state, ent, head)  # in a text on two conferences: each mention its nearest
            continue
        if target is None:
            if ent.type != "Event" or " " not in ent.label:
                state.entities.pop(ent.key, None)  # a kind of meeting with none named keeps its name
            continue
        fold_short(state, keep=target, drop=ent)


def _fold_each(state: DocState, ent: EntityRec, head: str) -> None:
    """Move each mention of ``ent`` to the entity with ``head`` named last before that mention."""
    kept = []
    for m in sorted(ent.mentions, key=lambda m: m.start):
        probe = EntityRec(key=ent.key, type=ent.type, label=ent.label, mentions=[m])
        target = _nearest_with_head(state, probe, head)
        if target is None or target is ent:
            kept.append(m)
        else:
            m.kind = SHORT
            target.add(m)
    ent.mentions[:] = kept
    if not kept:
        state.entities.pop(ent.key, None)


def _namesakes(state: DocState, ent: EntityRec, head: str) -> int:
    """How many other entities of ``ent``'s type have ``head`` in their name."""
    family = _FAMILY.get(head, (head,))
    return sum(
        1
        for other in state.entities.values()
        if other is not ent and other.type == ent.type and any(w in family for w in _words(other.label))
    )


def _nearest_with_head(state: DocState, ent: EntityRec, head: str) -> EntityRec | None:
    """The entity of ``ent``'s type whose name holds ``head`` and is named last before ``ent``."""
    family = _FAMILY.get(head, (head,))
    first = ent.first
    best: tuple[int, EntityRec] | None = None
    for other in state.entities.values():
        if other is ent or other.type != ent.type or _bare_head(other) is not None:
            continue
        if not any(w in family for w in _words(other.label)):
            continue
        at = max((m.start for m in other.mentions if m.end <= first), default=-1)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, other)
    return best[1] if best is not None else None


#: what a legislature does right after its name: "Congress passed", "Congress has approved"
_LEGISLATES = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|finally\s+|unanimously\s+)*"
    r"(?:passed|enacted|approved|voted|authori[sz]ed|appropriated|amended|ratified|repealed|overrode)\b"
)


def _congress_of_meeting(state: DocState, text: str) -> None:
    """A lone "Congress", read as a legislature, is the meeting's short form in a text that names a
    congress that meets ("the World Congress against … The Congress adopted a declaration")."""
    lone = [
        e for e in state.entities.values() if e.type == "Organization" and e.label == "Congress" and not e.iri
    ]
    if not lone:
        return
    for ent in lone:
        if any(_LEGISLATES.match(text, m.end) for m in ent.mentions):
            continue  # "Congress passed the Act": the legislature, whatever meetings the text names
        probe = EntityRec(key=ent.key, type="Event", label=ent.label, mentions=ent.mentions)
        target = _nearest_with_head(state, probe, "congress")
        if target is not None and ent.first - max(m.end for m in target.mentions if m.end <= ent.first) < 600:
            fold_short(state, keep=target, drop=ent)
