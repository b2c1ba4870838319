"""Readers open a frozen copy of the store folder: what a writer does afterwards never reaches them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.store.base import Change
from kg.store.oxigraph import OxigraphStore
from kg.store.snapshot import READERS_DIR, freeze, release

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
    store = tmp_path / "store"
    _store_with(store, 10)
    killed = subprocess.run(  # a reader that makes a copy and dies without removing it
        [sys.executable, "-c", _KILLED_READER, str(store)], capture_output=True, text=True, check=True
    )
    left = Path(killed.stdout.strip())
    assert left.is_dir()
    mine = freeze(store)  # sweeps on the way
    assert mine is not None and not left.exists()
    other = freeze(store)  # a second copy of this process: the first one's lock keeps it
    assert mine.exists() and other is not None
    release(mine)
    release(other)
    assert list((store / READERS_DIR).iterdir()) == []


_KILLED_READER = """
import os, sys
from pathlib import Path
from kg.store.snapshot import freeze
print(freeze(Path(sys.argv[1])), flush=True)
os._exit(0)
"""


_WRITER = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[1])
for line in sys.stdin:
    word, *rest = line.split()
    if word == "load":
        g = rest[0]
        data = "".join(f'<http://e/s{i}> <http://e/p> "{g}{i}" <http://e/{g}> .\\n' for i in range(50))
        store.load(data, format=ox.RdfFormat.N_QUADS)
    elif word == "flush":
        store.flush()
    print("ok", flush=True)
    if word == "quit":
        break
"""


def test_a_writer_that_commits_while_the_folder_is_copied_makes_the_reader_copy_again(tmp_path, monkeypatch):
    """The writer flushes and recycles its logs after the MANIFEST was copied: the copy would hold
    the later commits without the first one (still in a recycled log), so it is made again."""
    import kg.store.snapshot as snapshot

    store = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )

    def tell(*commands: str) -> None:
        for command in commands:
            writer.stdin.write(command + "\n")
            writer.stdin.flush()
            assert writer.stdout.readline().strip() == "ok"

    try:
        tell("load A")
        copies = []
        real_copy = shutil.copyfile

        def copy_then_write(src, dst, *args, **kwargs):
            out = real_copy(src, dst, *args, **kwargs)
            copies.append(dst)
            if len(copies) == 1:  # right after the MANIFEST was copied
                tell("flush", "load B", "flush", "load C", "flush")
            return out

        monkeypatch.setattr(snapshot.shutil, "copyfile", copy_then_write)
        with OxigraphStore(str(store), read_only=True) as reader:
            rows = reader.select_strings("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        graphs = {g for (g,) in rows}
        assert graphs == {"http://e/A", "http://e/B", "http://e/C"}
    finally:
        tell("quit")
        writer.communicate()


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


def test_a_reader_waits_for_a_bulk_load_only_as_long_as_it_is_told(tmp_path):
    from kg.errors import StoreError
    from kg.store.folder import ingestion_guard

    store = tmp_path / "store"
    _store_with(store, 10)
    with ingestion_guard(store, exclusive=True), pytest.raises(StoreError, match="store is busy"):
        OxigraphStore(str(store), read_only=True, lock_wait=0.3)
    with OxigraphStore(str(store), read_only=True, lock_wait=0.3) as reader:  # the load is over
        assert reader.count() == 10


def test_a_long_lived_reader_keeps_its_view_while_a_bulk_load_runs_and_catches_up_after(tmp_path):
    import time

    from kg.store.folder import ingestion_guard

    store = tmp_path / "store"
    _store_with(store, 10)
    with OxigraphStore(str(store), read_only=True) as reader:  # as kg serve holds it
        with OxigraphStore(str(store)) as writer:
            writer.apply(Change(insert=_quads(10, 5)))
        with ingestion_guard(store, exclusive=True):
            started = time.monotonic()
            reader.refresh()
            assert time.monotonic() - started < 5
            assert reader.count() == 10  # the view it had
        reader.refresh()
        assert reader.count() == 15
