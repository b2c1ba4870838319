"""Very long documents read in pieces, so that extraction time and memory grow with the length.

Some of what the pipeline does compares a document's names with one another (short forms with
long ones, acronyms with their definitions), which costs the square of their number: a 1.6 MB
text without sentence ends took minutes. A text longer than ``CHUNK_CHARS`` is cut at paragraph
breaks (else sentence ends, else spaces) into pieces of at most that size; each piece is
extracted alone and the results are merged: an entity found in several pieces is one (same IRI),
with every mention, and offsets are shifted back into the whole text. What is lost is resolution
across pieces (an acronym defined in one piece and used in another), only in texts of more than
about 30,000 words.

>>> pieces("a b\\n\\nc d", limit=5)
[(0, 5), (5, 8)]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation

#: the longest text extracted in one piece (about 30,000 words of prose)
CHUNK_CHARS = 200_000
#: where a piece may end, best first: after a blank line, after a sentence's end, after a space
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?][’”\"')\]]*\s"), re.compile(r"\s"))


def pieces(text: str, *, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering ``text``, each at most ``limit`` (default
    ``CHUNK_CHARS``) long, cut at the best place in the second half of each piece's reach."""
    limit = limit or CHUNK_CHARS
    out = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = None
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, start + limit // 2, end)]
            if found:
                cut = found[-1]
                break
        end = cut or end
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def piece_documents(document: Document, bounds: Iterable[tuple[int, int]]) -> Iterator[Document]:
    """The document's pieces as documents of their own (same id and hash: same IRIs minted)."""
    for start, end in bounds:
        yield dataclasses.replace(document, text=document.text[start:end])


def merged(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction of ``document`` from its pieces' (offset, extraction), offsets made whole."""
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for offset, x in parts:
        for e in x.entities:
            moved = tuple(Mention(m.text, m.start + offset, m.end + offset) for m in e.mentions)
            had = entities.get(e.iri)
            if had is None:
                entities[e.iri] = dataclasses.replace(e, mentions=moved)
                continue
            aliases = dict.fromkeys((*had.aliases, *e.aliases, e.label))
            aliases.pop(had.label, None)
            entities[e.iri] = dataclasses.replace(
                had,
                aliases=tuple(aliases),
                mentions=had.mentions + moved,
                start_year=had.start_year or e.start_year,
                end_year=had.end_year or e.end_year,
            )
        for r in x.relations:
            key = (r.subject, r.predicate, r.object)
            if key in seen:
                continue
            seen.add(key)
            ev = r.evidence
            relations.append(
                dataclasses.replace(r, evidence=Evidence(ev.sentence, ev.start + offset, ev.end + offset))
            )
    version = parts[0][1].extractor_version if parts else ""
    return Extraction(
        document_id=document.id,
        extractor_version=version,
        entities=tuple(entities.values()),
        relations=tuple(relations),
    )
