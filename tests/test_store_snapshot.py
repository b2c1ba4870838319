"""Readers open a frozen copy of the store folder: what a writer does afterwards never reaches them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from kg.store.base import Change
from kg.store.oxigraph import OxigraphStore
from kg.store.snapshot import READERS_DIR, freeze, release, sweep

G = URIRef("https://example.org/graph/a")


def _quads(start: int, n: int) -> tuple:
    return tuple(
        (URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/p"), Literal(f"value {i}"), G)
        for i in range(start, start + n)
    )


def _store_with(path, n: int) -> None:
    with OxigraphStore(str(path)) as w:
        w.apply(Change(insert=_quads(0, n)))


def test_a_reader_keeps_its_view_while_the_writer_adds_and_compacts_away_its_files(tmp_path):
    store = tmp_path / "store"
    _store_with(store, 3000)  # a bulk load: table files, not only the log
    reader = OxigraphStore(str(store), read_only=True)
    try:
        writer = OxigraphStore(str(store))
        writer.apply(Change(insert=_quads(3000, 3000)))
        writer._store.optimize()  # merges the two loads' table files: the reader's go
        writer.close()
        tables = [f for f in os.listdir(reader._copy) if f.endswith(".sst")]
        assert sum(not (store / f).exists() for f in tables) >= len(tables) // 2
        assert reader.count() == 3000  # the frozen view, read from files the folder no longer has
        reader.refresh()  # the writer committed: a new copy, and the old one is removed
        assert reader.count() == 6000
    finally:
        reader.close()
    assert list((store / READERS_DIR).iterdir()) == []


def test_the_copy_holds_links_not_data_and_goes_when_the_reader_closes(tmp_path):
    store = tmp_path / "store"
    _store_with(store, 3000)
    copy = freeze(store)
    assert copy is not None and copy.parent == store / READERS_DIR
    tables = [f for f in copy.iterdir() if f.suffix == ".sst"]
    assert tables and all(f.stat().st_nlink == 2 for f in tables)  # shared with the store
    release(copy)
    assert not copy.exists()
    assert all((store / f.name).exists() for f in tables)  # the store keeps its own


def test_copies_left_by_killed_readers_are_swept_and_live_ones_kept(tmp_path):
    root = tmp_path / READERS_DIR
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = root / f"{dead.stdout.strip()}-abc"
    mine = root / f"{os.getpid()}-def"
    gone.mkdir(parents=True)
    mine.mkdir()
    sweep(root)
    assert not gone.exists() and mine.exists()


def test_a_folder_where_no_copy_can_be_made_is_read_where_it_is(tmp_path):
    store = tmp_path / "store"
    _store_with(store, 10)
    (store / READERS_DIR).write_text("not a folder")  # as on media this process may not write
    assert freeze(store) is None
    with OxigraphStore(str(store), read_only=True) as reader:
        assert reader._copy is None
        assert reader.count() == 10


@pytest.mark.parametrize("n", [10, 3000], ids=["log only", "table files"])
def test_the_frozen_view_equals_the_store(tmp_path, n):
    store = tmp_path / "store"
    _store_with(store, n)
    with OxigraphStore(str(store), read_only=True) as reader:
        assert reader._copy is not None
        assert sorted(reader.quads(G)) == sorted(_quads(0, n))
