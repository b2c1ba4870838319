"""The embedded store's folder as the operating system sees it: which folder is a store,
the markers a process leaves while it waits for another's write lock, the signs that a
concurrent writer removed a file, and a stamp that changes with every commit.

Oxigraph lets one process write a folder; these are what policy-kg adds so that a second
``kg add`` waits its turn and a long-lived reader (``kg serve``) sees new commits.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def tell_stderr(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


MARKER_PREFIX = ".kg-waiting-"


def vanished_file(err: BaseException) -> bool:
    """Did a read fail because a concurrent writer removed a file (compaction)?"""
    return "No such file or directory" in str(err)


def announce_waiting(path: Path) -> Path | None:
    marker = path / f"{MARKER_PREFIX}{os.getpid()}"
    try:
        marker.touch()
    except OSError:
        return None
    return marker


def others_waiting(path: Path) -> bool:
    """Is a live process other than this one waiting for the lock of the store at ``path``?"""
    for marker in path.glob(MARKER_PREFIX + "*"):
        try:
            pid = int(marker.name[len(MARKER_PREFIX) :])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            marker.unlink(missing_ok=True)  # left by a killed process
            continue
        except PermissionError:
            pass
        return True
    return False


def looks_like_store(path: Path) -> bool:
    return (path / "CURRENT").is_file() or (path / "IDENTITY").is_file()


def files_stamp(path: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the store's manifest and log files: they change
    with every commit (RocksDB appends each write to its log and records new files in its
    manifest)."""
    stamp = []
    with contextlib.suppress(OSError), os.scandir(path) as entries:
        for entry in entries:
            if entry.name.startswith(("MANIFEST-", "CURRENT")) or entry.name.endswith(".log"):
                with contextlib.suppress(OSError):
                    st = entry.stat()
                    stamp.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(stamp))
