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
