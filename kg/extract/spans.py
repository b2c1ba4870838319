"""Names of the candidate groups the components write and read, and helpers to use them.

The components keep their candidates as plain :class:`Cand` tuples in ``doc.user_data``
under a group name (``CANDIDATES``, ``ROLES``, ``ACRONYM_DEFS``, ``MENTIONS``): a spaCy
``Span`` costs a Python object and a token lookup each, and every candidate is read back
by offsets and text only. A candidate's offsets are snapped outwards to token bounds, as
``doc.char_span(..., alignment_mode="expand")`` would. A candidate carries ``label``
(entity type, or DEMONYM / CAPITAL / ROLE; the acronym for ``ACRONYM_DEFS``), ``kb_id``
(a reference IRI or ""; the entity key for ``MENTIONS``) and ``source`` (reference,
pattern, acronym, ner; the mention kind for ``MENTIONS``). Spans that another component
puts in ``doc.spans[group]`` are read too. :func:`to_span_groups` moves the groups into
``doc.spans`` for display or debugging.

The resolver writes the entity records to ``doc.user_data[ENTITIES]``; the relation finder
writes ``doc.user_data[RELATIONS]``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span

CANDIDATES = "kg_candidates"
ROLES = "kg_roles"
ACRONYM_DEFS = "kg_acronym_defs"
MENTIONS = "kg_mentions"
ENTITIES = "kg_entities"
RELATIONS = "kg_relations"
SENTENCES = "kg_sentences"
TEXT = "kg_text"
TOKEN_BOUNDS = "kg_token_bounds"
LOWER = "kg_lower"
PERSON_READING = "kg_person_reading"  # the person ruler's text, titles and persons, for later finders

#: Sources in order of trust: earlier wins when two candidates cover the same text.
SOURCE_RANK = {"reference": 0, "acronym": 1, "pattern": 2, "given": 3, "ner": 3}


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


def doc_lower(doc: Doc) -> str:
    """The text in lower case, computed once, with the same length (and offsets) as the text.

    A few characters lower-case to two ("İ"); those are kept as they are.
    """
    low = doc.user_data.get(LOWER)
    if low is None:
        low = doc.user_data[LOWER] = lower_text(doc_text(doc))
    return low


def lower_text(text: str) -> str:
    """``text.lower()``, keeping as they are the few characters that lower-case to two ("İ")."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


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


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Character start and end of every token, computed once per Doc (one array copy, no token walk)."""
    bounds = doc.user_data.get(TOKEN_BOUNDS)
    if bounds is None or len(bounds[0]) != len(doc):
        from spacy.attrs import IDX, LENGTH

        if len(doc):
            arr = doc.to_array([IDX, LENGTH])
            starts = arr[:, 0].tolist()
            ends = (arr[:, 0] + arr[:, 1]).tolist()
        else:
            starts, ends = [], []
        bounds = doc.user_data[TOKEN_BOUNDS] = (starts, ends)
    return bounds


def char_spans(doc: Doc, items: Iterable[tuple[int, int, str, str, str]]) -> list[Span]:
    """Spans for ``(start, end, label, kb_id, span_id)`` character ranges, snapped outwards to tokens.

    Like :func:`char_span` with ``alignment_mode="expand"`` but with one binary search per
    bound on cached token offsets instead of spaCy's per-call scan.
    """
    starts, ends = token_bounds(doc)
    out = []
    for start, end, label, kb_id, span_id in items:
        bounds = _token_range(starts, ends, start, end)
        if bounds is not None:
            out.append(Span(doc, bounds[0], bounds[1], label=label, kb_id=kb_id, span_id=span_id))
    return out


def _token_range(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> tuple[int, int] | None:
    """Token indexes ``[i, j)`` covering the characters ``[start, end)``, or None if no token is inside."""
    i = bisect_right(starts, start) - 1
    if i < 0:
        i = 0
    elif ends[i] <= start:
        i += 1
    j = bisect_left(starts, end)
    if i >= j or i >= len(starts):
        return None
    return i, j


class Cand(NamedTuple):
    """A candidate span read once from its span group: spaCy rebuilds ``Span.text`` per access."""

    start: int
    end: int
    text: str
    label: str
    kb_id: str
    source: str


def snap(doc: Doc, items: Iterable[tuple[int, int, str, str, str]]) -> list[Cand]:
    """:class:`Cand` tuples for ``(start, end, label, kb_id, source)`` character ranges.

    Each range is snapped outwards to token bounds (one binary search per bound on cached
    token offsets); a range that covers no token is dropped. Like :func:`char_spans`
    without building spans.
    """
    starts, ends = token_bounds(doc)
    text = doc_text(doc)
    out = []
    for start, end, label, kb_id, source in items:
        bounds = _token_range(starts, ends, start, end)
        if bounds is None:
            continue
        s, e = starts[bounds[0]], ends[bounds[1] - 1]
        out.append(Cand(s, e, text[s:e], label, kb_id, source))
    return out


def add_cands(doc: Doc, group: str, cands: Iterable[Cand]) -> None:
    """Append candidates to ``group`` in ``doc.user_data``, creating the group when needed."""
    found = doc.user_data.get(group)
    if found is None:
        doc.user_data[group] = list(cands)
    else:
        found.extend(cands)


def candidates(doc: Doc, group: str) -> list[Cand]:
    """The candidates of ``group``: the tuples in ``doc.user_data``, then any spans in ``doc.spans``.

    ``MENTIONS`` is built from the resolver's entities on first use (``label`` the entity
    type, ``kb_id`` its key, ``source`` the mention kind), in text order.
    """
    if group == MENTIONS and MENTIONS not in doc.user_data and ENTITIES in doc.user_data:
        state = doc.user_data[ENTITIES]
        doc.user_data[MENTIONS] = snap(
            doc, ((m.start, m.end, ent.type, ent.key, m.kind) for m, ent in state.by_position())
        )
    out = list(doc.user_data.get(group, ()))
    if group in doc.spans:
        text = doc_text(doc)
        out += [
            Cand(s.start_char, s.end_char, text[s.start_char : s.end_char], s.label_, s.kb_id_, s.id_)
            for s in doc.spans[group]
        ]
    return out


#: The candidate groups the components write.
GROUPS = (CANDIDATES, ROLES, ACRONYM_DEFS, MENTIONS)


def to_span_groups(doc: Doc) -> Doc:
    """Move the candidate groups into ``doc.spans`` (``label_``, ``kb_id_``, ``id_``), e.g. for displaCy.

    Call it after the pipeline: the groups move, so a later component reads each candidate once.
    """
    for group in GROUPS:
        if group == MENTIONS:
            candidates(doc, MENTIONS)  # built on first use
        cands = doc.user_data.get(group)
        if cands:
            items = ((c.start, c.end, c.label, c.kb_id, c.source) for c in cands)
            add_spans(doc, group, char_spans(doc, items))
            doc.user_data[group] = []
    return doc
