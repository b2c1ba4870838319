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

from kg.store.folder import ingestion_guard, vanished_file

T = TypeVar("T")

#: the folder, inside the store's, that holds the readers' frozen copies (``<pid>-<random>``)
READERS_DIR = ".kg-readers"
_COPIED_PREFIXES = ("IDENTITY", "OPTIONS-")


def open_frozen(store: Path, open_read_only: Callable[[str], T], *, tries: int = 20) -> tuple[T, Path | None]:
    """``open_read_only`` of a frozen copy of ``store`` (or of the folder itself where no copy
    can be made), and the copy, which the caller releases after closing what it opened.

    The copy is made under the ingestion guard's shared lock, so never in the middle of a bulk
    ingestion; a file the writer removes meanwhile means freezing again (after a pause).
    """
    for attempt in range(tries):
        copy = None
        try:
            with ingestion_guard(store, exclusive=False):
                copy = freeze(store)
            return open_read_only(str(copy or store)), copy
        except (OSError, RuntimeError) as err:
            release(copy)
            if not _try_again(err) or attempt == tries - 1:
                raise
        time.sleep(0.05)
    raise AssertionError("unreachable")


def _try_again(err: BaseException) -> bool:
    """A file removed by the writer meanwhile, or a store it is still creating (its index
    column families come a moment after its first files)."""
    return isinstance(err, FileNotFoundError) or vanished_file(err) or "Column family not found" in str(err)


def freeze(store: Path) -> Path | None:
    """A frozen copy of ``store`` for this process, or None where none can be made (a folder
    this process may not write, a file system without hard links): the caller then reads the
    live folder. Raises FileNotFoundError when the writer removed a file meanwhile (try again).
    """
    root = store / READERS_DIR
    try:
        root.mkdir(exist_ok=True)
        sweep(root)
        target = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
    except OSError:
        return None
    try:
        _fill(store, target)
    except FileNotFoundError:
        release(target)
        raise
    except OSError:
        release(target)
        return None
    return target


def _fill(store: Path, target: Path) -> None:
    """Copy CURRENT and the MANIFEST first, then link the table files and copy the logs they
    list: every file the copied MANIFEST names existed when it was copied, so a missing one
    was removed since (FileNotFoundError, and the caller freezes again)."""
    current = (store / "CURRENT").read_text().strip()
    shutil.copyfile(store / current, target / current)
    for entry in os.scandir(store):
        name = entry.name
        if name.endswith(".sst"):
            os.link(entry.path, target / name)
        elif name.endswith(".log") or name.startswith(_COPIED_PREFIXES):
            shutil.copyfile(entry.path, target / name)
    # CURRENT last: it may name a newer MANIFEST than the one copied; then freeze again
    shutil.copyfile(store / "CURRENT", target / "CURRENT")
    if (target / "CURRENT").read_text().strip() != current:
        raise FileNotFoundError(f"{store}: the writer started a new MANIFEST")


def release(copy: Path | None) -> None:
    """Remove a frozen copy (its hard links only: the store keeps its own)."""
    if copy is not None:
        shutil.rmtree(copy, ignore_errors=True)


def sweep(root: Path) -> None:
    """Remove copies left by readers that were killed before they could remove their own."""
    with contextlib.suppress(OSError), os.scandir(root) as entries:
        for entry in entries:
            pid_text = entry.name.split("-", 1)[0]
            if not pid_text.isdigit() or int(pid_text) == os.getpid():
                continue
            try:
                os.kill(int(pid_text), 0)
            except ProcessLookupError:
                shutil.rmtree(entry.path, ignore_errors=True)
            except PermissionError:
                pass  # alive, another user's
