"""Crash safety: `kg add` killed by SIGKILL mid-way leaves whole sources only; a second add completes."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest
from hardening_util import dataset, kg_command, kg_env, run_kg, sources_now, write_corpus

from kg.catalog import list_sources
from kg.ontology import source_iri
from kg.store.oxigraph import OxigraphStore

pytestmark = pytest.mark.slow


#: documents in the corpus, and how many must be in the store before the kill: far apart, so a
#: fast add (a writer thread overlaps writing with extraction) is still killed mid-way on a
#: loaded machine, where one look at the store can take most of a second
N_DOCS = 200
KILL_AFTER = 10


@pytest.mark.parametrize("bulk_quads", ["1000000", "50"], ids=["transactional", "bulk"])
def test_sigkill_mid_add_leaves_whole_sources_and_a_second_add_finishes(tmp_path, bulk_quads):
    """Both ways a batch of new sources lands: a transactional load, and the bulk loader's one
    atomic ingestion of files (KG_BULK_QUADS: the batch size in quads from which it is used)."""
    corpus = write_corpus(tmp_path / "corpus", N_DOCS)
    store = tmp_path / "store"
    proc = subprocess.Popen(
        kg_command(store, "add", str(corpus)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=kg_env(KG_BATCH_SIZE="5", KG_BULK_QUADS=bulk_quads),
    )
    deadline = time.monotonic() + 25
    while sources_now(store) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "kg add finished before it could be killed"

    with OxigraphStore(str(store)) as s:  # opens after the crash
        finished = list_sources(s)
    assert KILL_AFTER <= len(finished) < N_DOCS

    # every source that is there is complete: its graph equals the graph of a fresh add of it
    fresh = tmp_path / "fresh"
    assert run_kg(fresh, "add", str(corpus)).returncode == 0
    for info in finished:
        graph = source_iri(info.id)
        assert dataset(store, graph) == dataset(fresh, graph), info.location

    from kg.validate import validate

    with OxigraphStore(str(store), read_only=True) as s:
        report = validate(s)
    assert report.conforms, report.text()

    second = run_kg(store, "add", str(corpus))
    assert second.returncode == 0, second.stderr
    assert f"{N_DOCS - len(finished)} added, 0 replaced, {len(finished)} unchanged, 0 failed" in second.stderr
    assert dataset(store) == dataset(fresh)
