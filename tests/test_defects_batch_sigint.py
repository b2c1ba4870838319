"""Ctrl-C during ``kg add FOLDER --jobs N``: the parent alone handles it, the workers stay quiet.

A terminal sends SIGINT to the whole foreground process group, workers included. Before the
fix each worker raised KeyboardInterrupt and multiprocessing printed "Process
ForkServerPoolWorker-1:" with a traceback per worker over the user's terminal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from hardening_util import kg_command, kg_env, write_corpus

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups")


def _session(sid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the live processes in session ``sid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append((int(entry.name), cmdline))
    return found


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_with_workers_is_quiet_and_exits_130(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 3000)
    proc = subprocess.Popen(
        kg_command(tmp_path / "store", "add", str(corpus), "--jobs", "2"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=kg_env(),
        start_new_session=True,  # its own process group, as a shell gives a foreground job
    )
    try:
        # the forkserver and both workers exist (workers share its command line) …
        _wait_for(
            lambda: proc.poll() is not None or sum("forkserver" in cmd for _, cmd in _session(proc.pid)) >= 3,
            timeout=120,
            what="the worker processes",
        )
        assert proc.poll() is None, proc.communicate()
        time.sleep(1.0)  # … and are busy (building the pipeline or extracting)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    assert "PoolWorker" not in err, err
    assert len(err.strip().splitlines()) <= 1, err  # at most click's "Aborted."
    _wait_for(lambda: not _session(proc.pid), timeout=30, what="the workers to exit")
