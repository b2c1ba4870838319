"""Extraction: Document → Extraction, with a spaCy pipeline of policy-kg components.

The default pipeline needs no statistical model: a blank English tokenizer, rule-based
sentences, the reference gazetteer, name patterns, persons and roles, acronym definitions,
resolution and relation cues. When ``en_core_web_sm`` is installed (extra ``ner``), its NER
adds candidates; it is never required.

>>> from kg.extract import extract   # doctest: +SKIP
>>> extraction = extract(document)   # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import spacy

    from kg.model import Document, Extraction

#: Bump when the output for the same input changes; stored with every source.
EXTRACTOR_VERSION = "0.34.0"

MODEL = "en_core_web_sm"
#: Another spaCy model (package name or folder) to use instead of ``MODEL``.
MODEL_ENV = "KG_SPACY_MODEL"
_COMPONENTS = (
    "kg_sentences_v1",
    "kg_reference_ruler_v1",
    "kg_pattern_ruler_v1",
    "kg_person_ruler_v1",
    "kg_acronyms_v1",
    "kg_given_names_v1",
    "kg_resolver_v1",
    "kg_relations_v1",
    "kg_pair_links_v1",
)


def model_name() -> str:
    """The statistical model asked for: $KG_SPACY_MODEL (a package name or a folder), else ``MODEL``."""
    return os.environ.get(MODEL_ENV) or MODEL


@lru_cache(maxsize=4)
def _model_importable(name: str) -> bool:
    """Is the model installed? Asked once per name: the import system's search is slow."""
    import importlib.util
    from pathlib import Path

    if os.sep in name or name.startswith("."):
        return (Path(name) / "meta.json").is_file()
    return importlib.util.find_spec(name) is not None


def extractor_version() -> str:
    """The version stored with every source: ``EXTRACTOR_VERSION``, plus ``+MODEL`` when a model is used.

    Output differs with and without the model, so installing or removing one makes the next
    ``kg add`` extract again instead of keeping what the other setting found.
    """
    name = model_name()
    if not _model_importable(name):
        return EXTRACTOR_VERSION
    return f"{EXTRACTOR_VERSION}+{os.path.basename(os.path.normpath(name))}"


def build_pipeline(*, use_model: bool | None = None) -> spacy.Language:
    """The extraction pipeline, built once per setting and cached.

    Parameters
    ----------
    use_model: True to add en_core_web_sm's NER (error if missing), False never to,
        None (default) to add it when it is installed.
    """
    name = model_name()
    if use_model is None:
        use_model = _model_importable(name)
    from kg.extract.gazetteer import ENV_EXTRA

    return _build(name if use_model else "", os.environ.get(ENV_EXTRA, ""))


@lru_cache(maxsize=4)
def _build(model: str, _extra_env: str) -> spacy.Language:
    import spacy

    import kg.extract.factories  # noqa: F401  (registers the components)
    from kg.errors import KgError
    from kg.extract.tokenizer import make_tokenizer

    if model:
        try:
            nlp = spacy.load(model, exclude=["parser", "lemmatizer", "senter", "attribute_ruler", "tagger"])
        except OSError as err:
            raise KgError(
                f"{model}: spaCy model not installed; install it with 'python -m spacy download {MODEL}' "
                f"or run without the model"
            ) from err
    else:
        nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp.vocab)  # the patterns are written for this tokenization
    nlp.max_length = 50_000_000
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("kg_sentences_v1", first=True)
    for name in _COMPONENTS[1:]:
        if name == "kg_resolver_v1" and model:
            nlp.add_pipe("kg_ner_candidates_v1")
        nlp.add_pipe(name)
    return nlp


class _TextKeepingTokenizer:
    """The tokenizer, keeping the input text on the Doc: spaCy rebuilds ``doc.text`` token by token."""

    def __init__(self, tokenizer) -> None:  # type: ignore[no-untyped-def]
        self.tokenizer = tokenizer

    def __call__(self, text: str):  # type: ignore[no-untyped-def]
        from kg.extract.spans import TEXT
        from kg.extract.text_fold import fold_text
        from kg.soft_breaks import unwrap

        text = unwrap(fold_text(text))  # one character for one: offsets still point into the source
        doc = self.tokenizer(text)
        doc.user_data[TEXT] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):  # type: ignore[no-untyped-def]
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.tokenizer, name)


def extract(document: Document) -> Extraction:
    """Entities and relations of one document, each relation with its evidence sentence."""
    return next(extract_many([document]))


def extract_many(documents: Iterable[Document], *, batch_size: int = 64) -> Iterator[Extraction]:
    """Like :func:`extract` for many documents, batched through ``nlp.pipe``.

    A document longer than :data:`kg.extract.chunks.CHUNK_CHARS` is read in pieces, merged back
    into one extraction (:mod:`kg.extract.chunks`), so that time and memory grow with its length.
    """
    from kg.extract.assemble import to_extraction
    from kg.extract.chunks import merged, piece_documents, pieces

    nlp = build_pipeline()
    version = extractor_version()

    def texts() -> Iterator[tuple[str, tuple[Document, Document, int, int]]]:
        for d in documents:
            bounds = pieces(d.text)
            for k, (piece, (start, _end)) in enumerate(zip(piece_documents(d, bounds), bounds, strict=True)):
                yield piece.text, (d, piece, start, len(bounds) - k - 1)

    parts: list[tuple[int, Extraction]] = []
    for doc, (document, piece, start, left) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        x = to_extraction(doc, piece, version)
        if left == 0 and not parts:
            yield x  # the whole document in one piece, as nearly all are
            continue
        parts.append((start, x))
        if left == 0:
            yield merged(document, parts)
            parts = []


__all__ = ["EXTRACTOR_VERSION", "build_pipeline", "extract", "extract_many", "extractor_version"]
