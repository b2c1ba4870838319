"""Names of the span groups the components write and read, and helpers to use them.

A candidate span carries ``label_`` (entity type, or DEMONYM / CAPITAL / ROLE), ``kb_id_``
(a reference IRI or "") and ``id_`` (its source: reference, pattern, acronym, ner). The
resolver writes the chosen mentions to ``MENTIONS`` (``label_`` type, ``kb_id_`` entity key)
and the entity records to ``doc.user_data[ENTITIES]``; the relation finder writes
``doc.user_data[RELATIONS]``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

CANDIDATES = "kg_candidates"
ROLES = "kg_roles"
ACRONYM_DEFS = "kg_acronym_defs"
MENTIONS = "kg_mentions"
ENTITIES = "kg_entities"
RELATIONS = "kg_relations"
SENTENCES = "kg_sentences"
TEXT = "kg_text"

#: Sources in order of trust: earlier wins when two candidates cover the same text.
SOURCE_RANK = {"reference": 0, "acronym": 1, "pattern": 2, "ner": 3}


def add_spans(doc: Doc, group: str, spans: Iterable[Span]) -> None:
    """Append spans to a span group, creating the group when needed."""
    spans = list(spans)
    if group in doc.spans:
        if spans:
            doc.spans[group].extend(spans)
    else:
        doc.spans[group] = spans


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character (start, end) of every sentence, from the sentencizer's record if it left one.

    ``doc.sents`` walks every token in Python; the rule sentencizer records the bounds it
    set so that later components need not.
    """
    bounds = doc.user_data.get(SENTENCES)
    if bounds is None:
        bounds = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        doc.user_data[SENTENCES] = bounds
    return bounds


def sentence_at(doc: Doc, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding character ``pos``."""
    import bisect

    bounds = sentence_bounds(doc)
    i = bisect.bisect_right([b[0] for b in bounds], pos) - 1
    return bounds[max(i, 0)] if bounds else (0, len(doc_text(doc)))


def char_span(doc: Doc, start: int, end: int, **kwargs) -> Span | None:  # type: ignore[no-untyped-def]
    """A span covering characters ``start:end``, snapped outwards to token bounds."""
    return doc.char_span(start, end, alignment_mode="expand", **kwargs)
