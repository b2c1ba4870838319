"""How ``kg add`` cuts new sources into atomic updates: ``batch_size`` sources, fewer when their
texts pass ``batch_chars`` characters (kg.ingest.BATCH_SIZE, BATCH_CHARS)."""

from __future__ import annotations

import pytest

from kg import ingest
from kg.ingest import Ingestor
from kg.model import Document, Entity, Extraction
from kg.ontology import mint_iri
from kg.store.oxigraph import OxigraphStore


def _one_plan(doc: Document) -> Extraction:
    label = f"Harbour Plan {doc.location.rsplit('/', 1)[-1][:-4]}"
    return Extraction(doc.id, "test", (Entity(iri=str(mint_iri("Plan", label)), type="Plan", label=label),))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(10):
        (folder / f"d{n}.txt").write_text(f"Document {n}. " + "word " * (100 * (n + 1)), encoding="utf-8")
    return folder


def _batches(tmp_path, corpus, monkeypatch, **env: str) -> list[int]:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    store = OxigraphStore(str(tmp_path / "store"))
    ingestor = Ingestor(store, extractor=_one_plan, extractor_version="test")
    sizes: list[int] = []
    real = ingestor.write_many

    def write(items):
        sizes.append(len(items))
        return real(items)

    monkeypatch.setattr(ingestor, "write_many", write)
    report = ingestor.add([str(corpus)])
    assert len(report.added) == 10 and not report.failed
    assert len(set(ingestor.stored_states())) == 10, "every source is in"
    store.close()
    return [n for n in sizes if n]


def test_default_is_one_update_for_a_small_folder(tmp_path, corpus, monkeypatch):
    monkeypatch.delenv("KG_BATCH_SIZE", raising=False)
    monkeypatch.delenv("KG_BATCH_CHARS", raising=False)
    assert ingest.BATCH_SIZE >= 64
    assert _batches(tmp_path, corpus, monkeypatch) == [10]


def test_batch_size_counts_sources(tmp_path, corpus, monkeypatch):
    assert _batches(tmp_path, corpus, monkeypatch, KG_BATCH_SIZE="4") == [4, 4, 2]


def test_batch_chars_cuts_a_batch_of_long_texts(tmp_path, corpus, monkeypatch):
    """Texts of ~500 to ~5,000 characters; a batch closes with the source that passes 6,000."""
    sizes = _batches(tmp_path, corpus, monkeypatch, KG_BATCH_CHARS="6000")
    assert sum(sizes) == 10 and len(sizes) > 1
    texts = sorted(corpus.iterdir())  # expand() gives files in name order: d0 … d9
    lengths = [len(p.read_text(encoding="utf-8")) for p in texts]
    start = 0
    for size in sizes[:-1]:
        chunk = lengths[start : start + size]
        assert sum(chunk) >= 6000 and sum(chunk[:-1]) < 6000
        start += size
