"""The (document, extraction) stream of ``kg add`` and ``kg extract``: extraction in this
process (spaCy batched through ``nlp.pipe``) or in worker processes, started only when a
document needs it."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator

from kg.model import Document, Extraction


def extraction_stream(
    docs: Iterable[Document], *, jobs: int = 1, extractor: Callable[[Document], Extraction] | None = None
) -> Generator[tuple[Document, Extraction], None, None]:
    """(document, extraction) pairs in input order: in this process, or in ``jobs`` workers.

    Nothing is started (no spaCy import, no worker) until a document needs extracting, so
    re-adding an unchanged corpus costs loading and hashing only. In this process the
    default extractor runs batched through ``nlp.pipe`` (:func:`kg.extract.extract_many`).
    """
    stream = iter(docs)
    first = next(stream, None)
    if first is None:
        return
    docs = itertools.chain([first], stream)
    if jobs > 1:
        from kg.batch import parallel_extractions

        yield from parallel_extractions(docs, jobs=jobs, extractor=extractor)
        return
    if extractor is not None:
        for doc in docs:
            yield doc, extractor(doc)
        return
    from kg.extract import extract_many

    pending: deque[Document] = deque()

    def feed() -> Iterator[Document]:
        for doc in docs:
            pending.append(doc)
            yield doc

    for extraction in extract_many(feed(), batch_size=32):
        yield pending.popleft(), extraction
