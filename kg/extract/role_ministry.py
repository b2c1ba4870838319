"""The body a role phrase names by its portfolio or head: "Minister of Defence" → the Ministry of
Defence the text names, "Permanent Secretary of Home Affairs" → the Ministry of Home Affairs, "the state
assembly Speaker" → the one organization named with "state" and "assembly".

Split from :mod:`kg.extract.doc_relations`, which reads a person's role phrases with it.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import country_forms, country_names, demonym_names
from kg.extract.records import DocState, EntityRec

_MINISTER_OF = re.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+((?:[A-Z][\w’'-]*\s*(?:and\s+)?)+)")
_FIELD_MINISTER = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,3})Minister\b")


def ministry_of_role(role: str, state: DocState, text: str = "") -> EntityRec | None:
    """ "Minister of Defence" → "Ministry of Defence"; "Human Resources Minister" → "… Ministry";
    "Permanent Secretary of Home Affairs and Immigration" → "Ministry of Home Affairs and Immigration"."""
    m = _MINISTER_OF.search(role) or _FIELD_MINISTER.search(role)
    if not m:
        return _body(role, state)
    field = m.group(1).strip().lower()
    portfolio = _PORTFOLIO.match(role, m.start(1)) if "," in role[m.end(1) : m.end(1) + 2] else None
    fields = [portfolio.group().strip(" ,").lower(), field] if portfolio else [field]
    words = m.group(1).split()
    owner = (
        words[0] if len(words) > 1 and (words[0] in demonym_names() or words[0] in country_names()) else ""
    )
    if owner:
        fields.append(" ".join(words[1:]).lower())  # "Serbian Interior Minister": the Interior Ministry
    for wanted in fields:  # "Minister of Labour, Employment and Social Security": the whole list first
        for ent in state.entities.values():
            if ent.type == "Organization" and "ministr" in ent.label.lower() and wanted in ent.label.lower():
                if owner and _another_states(text, ent, owner):
                    continue  # "Serbian Interior Minister … Hungary's Interior Ministry": not his
                return ent
    return None


_OWNED_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+(?:the\s+)?$")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _another_states(text: str, ministry: EntityRec, owner: str) -> bool:
    """Whether the text gives ``ministry`` a country other than the one ``owner`` (a demonym or
    name) names: "Uganda's Ministry of Foreign Affairs", "the Interior Ministry of Hungary"."""
    forms = country_forms()
    mine = forms.get(owner)
    for m in ministry.mentions:
        for found in (
            _OWNED_BEFORE.search(text, max(0, m.start - 30), m.start),
            _OF_AFTER.match(text, m.end),
        ):
            if found is not None and found.group(1) in forms and forms[found.group(1)] != mine:
                return True
    return any(w in forms and forms[w] != mine for w in ministry.label.split())


#: a portfolio list: "Labour, Employment and Social Security"
_PORTFOLIO = re.compile(r"(?:[A-Z][\w’'-]*(?:,\s+|\s+and\s+|\s+(?=[A-Z]))?)+")


_HEAD = re.compile(
    r"((?:[A-Za-z][\w-]*\s+){1,3}?)(?:Speaker|Chairman|Chairperson|Chair|Director|Director-General|"
    r"Secretary|Commissioner|Head|Clerk)\b"
)
_WORD = re.compile(r"[a-z][a-z-]{2,}")
_NOT_NAMING = frozenset(
    ("the", "and", "for", "deputy", "acting", "former", "general", "executive", "regional")
)


def _body(role: str, state: DocState) -> EntityRec | None:
    """ "the state assembly Speaker" → the one organization whose name has all of "state" and "assembly"."""
    m = _HEAD.search(role)
    if not m:
        return None
    words = [w for w in _WORD.findall(m.group(1).lower()) if w not in _NOT_NAMING]
    if not words:
        return None
    bodies = [
        e
        for e in state.entities.values()
        if e.type == "Organization" and all(re.search(rf"\b{w}\b", e.label.lower()) for w in words)
    ]
    return bodies[0] if len(bodies) == 1 else None
