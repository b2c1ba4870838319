"""Ctrl-C during ``kg add FOLDER`` says what the store kept, and the store holds exactly that.

Before the fix the user saw only click's "Aborted.": nothing said whether the sources added
so far were kept. Batches land whole or not at all, so the count is exact.
"""

from __future__ import annotations

import re
import signal
import subprocess
import time

import pytest
from hardening_util import kg_command, kg_env, run_kg, sources_now, write_corpus

pytestmark = pytest.mark.slow

N_DOCS = 200
#: sources in the store before the interrupt: some batches landed, far from all of them
INTERRUPT_AFTER = 10


def test_ctrl_c_mid_add_says_how_many_sources_were_kept(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", N_DOCS)
    store = tmp_path / "store"
    proc = subprocess.Popen(
        kg_command(store, "add", str(corpus)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=kg_env(KG_BATCH_SIZE="5"),
    )
    try:
        deadline = time.monotonic() + 120
        while sources_now(store) < INTERRUPT_AFTER and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "kg add finished before it could be interrupted"
        proc.send_signal(signal.SIGINT)  # what Ctrl-C in a terminal sends
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    (line,) = err.strip().splitlines()
    match = re.fullmatch(
        rf"interrupted: (\d+) of {N_DOCS} sources added \(earlier batches are saved\); nothing else changed",
        line,
    )
    assert match, line
    kept = int(match.group(1))
    assert INTERRUPT_AFTER <= kept < N_DOCS
    assert len([row for row in out.splitlines() if row.startswith("added\t")]) == kept

    listed = run_kg(store, "sources", "--format", "tsv")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) - 1 == kept  # less the header
