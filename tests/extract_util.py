"""Shared by the extraction tests: run the default pipeline on a text written for a test."""

from __future__ import annotations

import hashlib

from kg.extract import extract
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


def news(*sentences: str) -> str:
    """A news text: a headline, then the sentences as one paragraph."""
    return "News\n\n" + " ".join(sentences)
