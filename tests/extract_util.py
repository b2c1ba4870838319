"""Shared by the extraction tests: run the default pipeline on a text written for a test."""

from __future__ import annotations

import hashlib

from kg.extract import extract
from kg.extract.records import DocState, EntityRec, MentionRec
from kg.model import Document, Extraction


def run(text: str, *, title: str | None = None) -> Extraction:
    """The extraction of ``text`` as it stands (no loader normalization), with an optional title."""
    return extract(
        Document(
            id="t",
            location="t",
            text=text,
            media_type="text/plain",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            title=title,
        )
    )


def typed(extraction: Extraction) -> set[tuple[str, str]]:
    """(type, label) of every entity found."""
    return {(e.type, e.label) for e in extraction.entities}


def run_titled(text: str) -> Extraction:
    """The extraction of ``text`` with its first line as the document title, as a loader gives it."""
    return run(text, title=text.split("\n", 1)[0])


def has(extraction: Extraction, subject: str, predicate: str, obj: str) -> bool:
    """A fact whose subject and object have a label or alias starting with the names given."""
    names = {e.iri: (e.label, *e.aliases) for e in extraction.entities}

    def named(iri: str, name: str) -> bool:
        return any(n.startswith(name) for n in names[iri])

    return any(
        r.predicate == predicate and named(r.subject, subject) and named(r.object, obj)
        for r in extraction.relations
    )


def partners(extraction: Extraction, a: str, b: str) -> bool:
    """partnersWith between the two names, in either direction (the link has no direction)."""
    return has(extraction, a, "partnersWith", b) or has(extraction, b, "partnersWith", a)


def iri_of(extraction: Extraction, type_name: str, label: str) -> str:
    """The IRI of the entity of one type with this label (whether two texts share a node)."""
    return next(e.iri for e in extraction.entities if e.type == type_name and e.label == label)


def labels(extraction: Extraction, type_name: str) -> set[str]:
    """The labels of the entities of one type."""
    return {e.label for e in extraction.entities if e.type == type_name}


def cues(extraction: Extraction, predicate: str) -> dict[tuple[str, str], str | None]:
    """(subject label, object label) → cue of every fact of one predicate: which rule read it."""
    label = {e.iri: e.label for e in extraction.entities}
    return {
        (label[r.subject], label[r.object]): r.cue for r in extraction.relations if r.predicate == predicate
    }


def news(*sentences: str) -> str:
    """A news text: a headline, then the sentences as one paragraph."""
    return "News\n\n" + " ".join(sentences)


def by_rules(extraction: Extraction) -> Extraction:
    """The extraction without the pair model's links: what the relation rules alone read.

    Tests of a wording the rules deliberately leave unlinked use it; the pair model's links
    (cue "pair model") are measured on gold sets, where they add recall at the rules' precision.
    """
    from dataclasses import replace

    return replace(extraction, relations=tuple(r for r in extraction.relations if r.cue != "pair model"))


def pair_state(text: str, names: list[tuple[str, str]]) -> DocState:
    """A resolver state with one entity per (type, name), mentioned wherever the name occurs: what the
    pair model's tests feed it without running the rules."""
    state = DocState()
    for type_, name in names:
        rec = EntityRec(key=f"{type_}:{name}", type=type_, label=name)
        start = text.find(name)
        while start >= 0:
            rec.mentions.append(MentionRec(start, start + len(name), name))
            start = text.find(name, start + 1)
        state.entities[rec.key] = rec
    return state
