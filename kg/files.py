"""Writing output files whole: to a temporary file beside the target, then renamed over it.

A reader (a browser reloading a page, a script reading an export) never sees half a file,
an interrupted write leaves the old file in place, and a path that cannot be written is one
:class:`KgError` line naming it instead of a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.errors import KgError


def write_atomically(
    path: str | Path, write: Callable[[BinaryIO], object], *, make_parents: bool = False
) -> Path:
    """Call ``write`` with a binary file that becomes ``path`` once ``write`` returns."""
    out = Path(path)
    tmp = out.with_name(out.name + ".part")
    try:
        if make_parents:
            out.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            write(fh)
        os.replace(tmp, out)
    except OSError as err:
        blocking = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocking} is a file, not a folder" if blocking is not None else err.strerror or err
        raise KgError(f"{path}: cannot write ({reason})") from err
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def write_bytes_atomically(path: str | Path, data: bytes, *, make_parents: bool = False) -> Path:
    """``data`` as the whole content of ``path`` (see :func:`write_atomically`)."""
    return write_atomically(path, lambda fh: fh.write(data), make_parents=make_parents)
