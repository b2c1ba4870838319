"""One embedded store used at once: two writers serialized by the lock, readers beside a writer."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from hardening_util import dataset, kg_command, kg_env, run_kg, write_corpus

pytestmark = pytest.mark.slow


def test_two_adds_at_once_both_succeed_and_the_second_says_it_waits(tmp_path):
    a = write_corpus(tmp_path / "a", 160, prefix="a")
    b = write_corpus(tmp_path / "b", 40, prefix="b")
    store = tmp_path / "store"
    env = kg_env(KG_BATCH_SIZE="4", KG_LOCK_SHARE="0.5")
    first = subprocess.Popen(
        kg_command(store, "add", str(a)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    deadline = time.monotonic() + 30
    while not (store / "CURRENT").exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # start the second as soon as the first has opened (and locked) the store
    second = subprocess.Popen(
        kg_command(store, "add", str(b)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    _, err1 = first.communicate(timeout=60)
    _, err2 = second.communicate(timeout=60)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "store is in use by another kg process; waiting for it" in err2
    assert "160 added" in err1 and "40 added" in err2

    together = dataset(store)
    fresh = tmp_path / "fresh"
    assert run_kg(fresh, "add", str(a), str(b)).returncode == 0
    assert together == dataset(fresh)  # never corruption: exactly the graph of one add of both folders


def test_readers_work_while_a_writer_runs(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 80)
    store = tmp_path / "store"
    assert run_kg(store, "add", str(corpus / "doc0000.txt")).returncode == 0
    writer = subprocess.Popen(
        kg_command(store, "add", str(corpus)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=kg_env(KG_BATCH_SIZE="4"),
    )
    counts = []
    count = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/policy-kg/ontology#Source> }"
    while writer.poll() is None:
        listed = run_kg(store, "sources", "--format", "tsv")
        assert listed.returncode == 0, listed.stderr
        counts.append(len(listed.stdout.splitlines()) - 1)
        queried = run_kg(store, "query", count, "--format", "csv")
        assert queried.returncode == 0, queried.stderr
    _, err = writer.communicate()
    assert writer.returncode == 0, err
    assert counts and counts == sorted(counts)  # readers see whole batches, never a step back
    assert counts[0] < 80
    final = run_kg(store, "sources", "--format", "tsv")
    assert len(final.stdout.splitlines()) - 1 == 80


#: a reader that looks at the store twenty times a second while a writer bulk-loads; its
#: address space is capped, so a query that runs away with memory ends it instead of the machine
_POLLING_READER = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from kg.catalog import list_sources
from kg.store.oxigraph import OxigraphStore
from kg.store.folder import looks_like_store
from pathlib import Path
store, stop = Path(sys.argv[1]), Path(sys.argv[2])
seen = []
while not stop.exists():
    if looks_like_store(store):
        with OxigraphStore(str(store), read_only=True) as s:
            seen.append(len(list_sources(s)))
    time.sleep(0.05)
print(" ".join(map(str, seen)))
"""


def test_a_reader_polling_during_a_bulk_load_stays_small_and_sees_whole_batches(tmp_path):
    """Each bulk ingestion hands RocksDB new files, and compactions follow that remove old ones:
    a read-only view of the live folder then let a query run away with memory (24 GB) in about
    four runs of five like this one. Readers now open a frozen copy of the folder."""
    corpus = write_corpus(tmp_path / "corpus", 120)
    store, stop = tmp_path / "store", tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", _POLLING_READER, str(store), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        added = run_kg(store, "add", str(corpus), timeout=120, KG_BATCH_SIZE="4", KG_BULK_QUADS="50")
    finally:
        stop.touch()
    out, err = reader.communicate(timeout=60)
    assert added.returncode == 0, added.stderr
    assert reader.returncode == 0, err[-2000:]
    seen = [int(n) for n in out.split()]
    assert len(seen) >= 10 and seen == sorted(seen)  # whole batches, never a step back
    assert any(0 < n < 120 for n in seen)  # it did look while the writer ran
    assert not any((store / ".kg-readers").iterdir())  # every reader's copy was removed
