"""The embedded store's folder as the operating system sees it: which folder is a store,
the markers a process leaves while it waits for another's write lock, the lock that keeps
readers' opens apart from bulk ingestions, the signs that a concurrent writer removed a file,
and a stamp that changes with every commit.

Oxigraph lets one process write a folder; these are what policy-kg adds so that a second
``kg add`` waits its turn and a long-lived reader (``kg serve``) sees new commits.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: there the guard below is a no-op
    fcntl = None  # type: ignore[assignment]


def tell_stderr(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


MARKER_PREFIX = ".kg-waiting-"


#: the file whose lock keeps a reader's open apart from a writer's bulk ingestion
GUARD_NAME = ".kg-ingest.lock"


@contextlib.contextmanager
def ingestion_guard(path: Path, *, exclusive: bool, wait: float | None = None) -> Iterator[None]:
    """Hold the store's ingestion lock: shared while a reader copies the folder, exclusive while
    a writer hands files to RocksDB in a bulk load.

    Oxigraph's own lock keeps writers apart but not readers: a reader's view taken in the middle
    of a bulk ingestion could see part of it. The lock is held for the copy or the ingestion only,
    never for a whole query or ``kg add``, so neither side waits long. ``wait``: give up after this
    many seconds (TimeoutError) instead of waiting as long as it takes. A folder where the lock file
    cannot be made (read-only media, which no writer can change either) goes unguarded.
    """
    fd = -1
    if fcntl is not None:
        for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
            try:
                fd = os.open(path / GUARD_NAME, flags, 0o644)
                break
            except OSError:
                continue
    try:
        if fd >= 0:
            _lock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH, wait)
        yield
    finally:
        if fd >= 0:
            os.close(fd)  # closing the descriptor releases the lock


def _lock(fd: int, kind: int, wait: float | None) -> None:
    """flock ``fd``, waiting at most ``wait`` seconds (None: as long as it takes)."""
    deadline = None if wait is None else time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, kind if deadline is None else kind | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError(f"waited {wait:.0f}s for a bulk load to finish") from None
            time.sleep(0.02)
        except OSError:
            return  # a file system without flock: unguarded


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
        if not alive(pid):
            marker.unlink(missing_ok=True)  # left by a killed process
            continue
        return True
    return False


def sst_bytes(path: Path) -> int:
    """The size of the store's table files."""
    total = 0
    for f in path.glob("*.sst"):
        with contextlib.suppress(OSError):  # compacted away meanwhile
            total += f.stat().st_size
    return total


def alive(pid: int) -> bool:
    """Is process ``pid`` running? (Not asked on Windows, where ``os.kill`` would end it.)"""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's
    return True


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
