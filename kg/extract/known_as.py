"""One entity under two names: "the Andean Labour Council (also known as the Quito Group)", "the
Protocol against the Smuggling of Migrants, known as the Smuggling Protocol"; "the Office to … in
Persons, JTIP Office, of the …".

The text says outright that both names are one entity; the one the reference knows gives the
identity. Names of two types stay apart: "the Bali Conference, known as the Bali Process" is as
often a meeting of the body as the body (measured: merging them lost links on unseen text).
"""

from __future__ import annotations

import re

from kg.extract.entity_bookkeeping import merge
from kg.extract.records import DocState, EntityRec

_KNOWN_AS = re.compile(
    r"\s*(?:,|\()\s*(?:also\s+|commonly\s+|better\s+|widely\s+|formally\s+|informally\s+)?"
    r"(?:known|referred\s+to)\s+as\s+(?:the\s+)?[“\"‘']?"
)
_TYPES = ("Organization", "Event", "Plan", "Framework")


def fold_known_as(text: str, state: DocState) -> None:
    """Merge the name after "known as" into the one before it (into the reference's, if either)."""
    if "known as" not in text and "referred to as" not in text:
        return
    for ent in list(state.entities.values()):
        if ent.type not in _TYPES or ent.key not in state.entities:
            continue
        for m in list(ent.mentions):
            said = _KNOWN_AS.match(text, m.end)
            if said is None:
                continue
            other = _entity_starting(state, said.end())
            if other is None or other is ent or other.type != ent.type:
                continue
            keep, drop = (other, ent) if other.iri and not ent.iri else (ent, other)
            merge(state, keep=keep, drop=drop)
            break


#: ", JTIP Office, of the …": an apposition of an acronym and a body's head word, closed by a comma that
#: no list item follows
_SHORT_APPOSITION = re.compile(
    r",[ \t]+(?P<name>[A-Z][A-Z/&-]*[A-Z][ \t]+(?P<head>[A-Z][a-z]+)),[ \t]+(?![A-Z]|and\b|or\b)"
)


def fold_short_appositions(text: str, state: DocState) -> None:
    """Merge "the Office to Monitor and Combat Trafficking in Persons, JTIP Office, of the …": a short
    name set off by commas right after a body's name, with the same head word, is the same body."""
    for ent in list(state.entities.values()):
        if ent.type != "Organization" or ent.key not in state.entities:
            continue
        for m in list(ent.mentions):
            said = _SHORT_APPOSITION.match(text, m.end)
            if said is None or said.group("head") not in text[m.start : m.end].split():
                continue
            other = _entity_starting(state, said.start("name"))
            if other is None or other is ent or other.type != ent.type:
                continue
            keep, drop = (other, ent) if other.iri and not ent.iri else (ent, other)
            merge(state, keep=keep, drop=drop)
            break


def _entity_starting(state: DocState, start: int) -> EntityRec | None:
    """The entity with a mention starting at ``start``."""
    for ent in state.entities.values():
        for m in ent.mentions:
            if m.start == start:
                return ent
    return None
