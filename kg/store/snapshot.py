"""A reader's private, frozen copy of the embedded store's folder.

Oxigraph's read-only mode reads the live folder, where a writer in another process keeps
flushing and compacting: it removes table files a reader may still be about to read. A
read-only query over a store that ``kg add`` was bulk-loading then ran away with memory
(24 GB; about four runs in five of a reader polling during a bulk-mode add, none with a
frozen copy). RocksDB never changes a table file once written, so a reader freezes the folder
with hard links to the table files (no data copied) and copies of the few small files a writer
appends to or replaces (CURRENT, the MANIFEST, OPTIONS, the write-ahead logs), then opens the
copy. It sees one commit whatever the writer does; the space of files compacted away meanwhile
is freed when the reader closes.

Each copy holds a lock of its own for as long as its reader has it open; a copy whose lock
nobody holds was left by a reader that was killed, and the next reader removes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kg.store.folder import fcntl, ingestion_guard, vanished_file

T = TypeVar("T")

#: the folder, inside the store's, that holds the readers' frozen copies
READERS_DIR = ".kg-readers"
#: the file in a copy that its reader holds locked while the copy is in use
_IN_USE = ".in-use"
_COPIED_PREFIXES = ("IDENTITY", "OPTIONS-")
#: the lock descriptor of each copy this process holds
_held: dict[Path, int] = {}


def open_frozen(
    store: Path, open_read_only: Callable[[str], T], *, tries: int = 20, wait: float | None = None
) -> tuple[T, Path | None]:
    """``open_read_only`` of a frozen copy of ``store`` (or of the folder itself where no copy
    can be made), and the copy, which the caller releases after closing what it opened.

    The copy is made under the ingestion guard's shared lock, so never in the middle of a bulk
    ingestion (``wait``: how long to wait for one to end; TimeoutError after); a writer that
    changes the folder meanwhile means freezing again (after a pause).
    """
    for attempt in range(tries):
        copy = None
        try:
            with ingestion_guard(store, exclusive=False, wait=wait):
                copy = freeze(store)
            return open_read_only(str(copy or store)), copy
        except (OSError, RuntimeError) as err:
            release(copy)
            if isinstance(err, TimeoutError) or not _try_again(err) or attempt == tries - 1:
                raise
        except BaseException:
            release(copy)  # interrupted: leave no copy behind
            raise
        time.sleep(0.05)
    raise AssertionError("unreachable")


def _try_again(err: BaseException) -> bool:
    """A file removed or a MANIFEST extended by the writer meanwhile, or a store it is still
    creating (its index column families come a moment after its first files)."""
    text = str(err)
    return (
        isinstance(err, FileNotFoundError)
        or vanished_file(err)
        or "Column family not found" in text
        or "only possible on read-write instances" in text
    )


def freeze(store: Path) -> Path | None:
    """A frozen copy of ``store`` for this process, or None where none can be made (a folder
    this process may not write, a file system without hard links): the caller then reads the
    live folder. Raises FileNotFoundError when the writer changed the folder meanwhile (try again).
    """
    root = store / READERS_DIR
    try:
        root.mkdir(exist_ok=True)
        sweep(root)
        target = Path(tempfile.mkdtemp(prefix="r-", dir=root))
    except OSError:
        return None
    try:
        _hold(target)
        _fill(store, target)
    except FileNotFoundError:
        release(target)
        raise
    except OSError:
        release(target)
        return None
    return target


def _fill(store: Path, target: Path) -> None:
    """Copy CURRENT's MANIFEST, then link the table files and copy the logs; at the end the live
    MANIFEST must be as it was copied. RocksDB records every flush, compaction and ingestion in
    the MANIFEST before it removes or recycles a file, so an unchanged MANIFEST means every file
    it names was copied as it stood; a changed one means freezing again (FileNotFoundError)."""
    current = (store / "CURRENT").read_text().strip()
    shutil.copyfile(store / current, target / current)
    with os.scandir(store) as entries:  # closed when a file vanishes mid-copy, too
        for entry in entries:
            name = entry.name
            if name.endswith(".sst"):
                os.link(entry.path, target / name)
            elif name.endswith(".log") or name.startswith(_COPIED_PREFIXES):
                shutil.copyfile(entry.path, target / name)
    shutil.copyfile(store / "CURRENT", target / "CURRENT")
    if (target / "CURRENT").read_text().strip() != current or (store / current).stat().st_size != (
        target / current
    ).stat().st_size:
        raise FileNotFoundError(f"{store}: the writer changed the store while it was copied")


def _hold(copy: Path) -> None:
    """Lock the copy's in-use file for as long as this process reads the copy."""
    if fcntl is None:
        return
    fd = os.open(copy / _IN_USE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return  # a file system without flock: the copy is removed on close only
    _held[copy] = fd


def release(copy: Path | None) -> None:
    """Remove a frozen copy (its hard links only: the store keeps its own) and drop its lock."""
    if copy is None:
        return
    shutil.rmtree(copy, ignore_errors=True)
    fd = _held.pop(copy, None)
    if fd is not None:
        os.close(fd)


def sweep(root: Path) -> None:
    """Remove copies left by readers that were killed: copies whose in-use lock nobody holds.

    A copy made a moment ago may not hold its lock yet: copies younger than a minute without
    an in-use file are left alone. Without flock (Windows) nothing is swept.
    """
    if fcntl is None:
        return
    with contextlib.suppress(OSError), os.scandir(root) as entries:
        for entry in entries:
            if _stale(Path(entry.path)):
                shutil.rmtree(entry.path, ignore_errors=True)


def _stale(copy: Path) -> bool:
    try:
        fd = os.open(copy / _IN_USE, os.O_RDONLY)
    except FileNotFoundError:
        with contextlib.suppress(OSError):
            return time.time() - copy.stat().st_mtime > 60
        return False
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # held: a live reader's
    finally:
        os.close(fd)
    return True
