"""Batched writes, `kg add --jobs` and `kg extract` + `kg load` give the same graph as one-by-one adds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.namespace import PROV

from kg.cli import cli
from kg.errors import StoreError
from kg.ingest import Ingestor
from kg.model import Document, Entity, Extraction
from kg.ontology import CONSOLIDATED_GRAPH, mint_iri
from kg.store.oxigraph import OxigraphStore

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / ("pakistan-urges-coordinated-approach-to-end-human-trafficking.txt")
)
TEXTS = {
    "kenya.txt": "Kenya launched the National Action Plan against Trafficking in Persons (2022-2026).\n"
    "Kenya and the International Organization for Migration (IOM) agreed to work together.\n",
    "ghana.txt": "Ghana ratified the United Nations Convention against Transnational Organized Crime.\n"
    "Ghana's minister urged all states to end forced labour.\n",
    "nepal.md": "# Nepal statement\n\nNepal welcomed the Global Compact for Migration and thanked UNODC.\n",
}


def run(store: Path, *args: str):
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / EXAMPLE.name).write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def dataset(location: Path) -> set:
    """Every quad except the time each source was added."""
    with OxigraphStore(str(location), read_only=True) as store:
        return {q for q in store.quads() if q[1] != PROV.generatedAtTime}


def test_jobs_2_gives_the_same_graph_as_jobs_1(tmp_path, corpus):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(one, "add", str(corpus)).exit_code == 0
    result = run(two, "add", str(corpus), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert "4 added" in result.stderr
    assert dataset(one) == dataset(two)


def test_extract_then_load_equals_add(tmp_path, corpus):
    added, loaded, rebuilt = tmp_path / "added", tmp_path / "loaded", tmp_path / "rebuilt"
    out = tmp_path / "out"
    assert run(added, "add", str(corpus)).exit_code == 0
    result = run(tmp_path / "unused", "extract", str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 4 and all(f.endswith(".nq") for f in files)
    assert not (tmp_path / "unused").exists()  # the map step needs no store
    assert run(loaded, "load", str(out)).exit_code == 0
    assert run(rebuilt, "load", str(out), "--rebuild-at-end").exit_code == 0
    assert dataset(loaded) == dataset(added)
    assert dataset(rebuilt) == dataset(added)
    again = run(loaded, "load", str(out))
    assert again.exit_code == 0 and "4 unchanged" in again.stderr


def test_load_refuses_what_extract_did_not_write(tmp_path):
    (tmp_path / "out").mkdir()
    result = run(tmp_path / "s", "load", str(tmp_path / "out"))
    assert result.exit_code == 1 and "no .nq files" in result.output
    (tmp_path / "out" / "x.nq").write_text("<http://a.org/a> <http://a.org/b> <http://a.org/c> .\n")
    result = run(tmp_path / "s", "load", str(tmp_path / "out"))
    assert result.exit_code == 1 and "outside a named graph" in result.stderr


def _doc(name: str) -> Document:
    return Document(id=name, location=f"/d/{name}", text=name, media_type="text/plain", sha256=name * 4)


def _one_entity(doc: Document) -> Extraction:
    label = "Poison Plan" if doc.id == "poison" else f"Plan {doc.id}"
    ent = Entity(iri=str(mint_iri("Plan", label)), type="Plan", label=label)
    return Extraction(doc.id, "test", (ent,))


def test_a_failing_batch_falls_back_to_one_source_per_update(tmp_path, monkeypatch):
    store = OxigraphStore(str(tmp_path / "s"))
    ingestor = Ingestor(store, extractor=_one_entity, extractor_version="test", batch_size=10)
    real_apply = store.apply

    def apply(change):
        texts = [t for graph in change.insert_text for t in graph.triples]
        if any("Poison" in str(q[2]) for q in change.insert) or any("Poison" in t for t in texts):
            raise StoreError("refused")
        real_apply(change)

    monkeypatch.setattr(store, "apply", apply)
    items = [(d, _one_entity(d)) for d in map(_doc, ["a", "b", "poison", "c"])]
    results = ingestor.write_many(items)
    outcome = [(d.id, err is None) for d, err in results]
    assert outcome == [("a", True), ("b", True), ("poison", False), ("c", True)]
    labels = {str(o) for _s, p, o, _g in store.quads(CONSOLIDATED_GRAPH) if p.endswith("#label")}
    assert labels == {"Plan a", "Plan b", "Plan c"}
    store.close()


def test_batched_add_equals_one_by_one(tmp_path, corpus):
    batched = OxigraphStore(str(tmp_path / "batched"))
    Ingestor(batched, batch_size=64).add([str(corpus)])
    batched.close()
    single = OxigraphStore(str(tmp_path / "single"))
    Ingestor(single, batch_size=1).add([str(corpus)])
    single.close()
    assert dataset(tmp_path / "batched") == dataset(tmp_path / "single")
