"""Turn command-line source specs into references; problems are yielded, not raised,
so one bad input does not stop the other inputs of the same ``kg add``."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from kg.errors import SourceError
from kg.sources.base import SourceRef
from kg.sources.registry import EXTENSIONS

SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(EXTENSIONS)
_SUPPORTED = ", ".join(SUPPORTED_EXTENSIONS)


def _supported(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in EXTENSIONS


def _walk(folder: str) -> list[str]:
    """Supported files under ``folder``, recursively, sorted, hidden files and folders skipped."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files if not f.startswith(".") and _supported(f))
    return sorted(found)


def _file_ref(path: str) -> SourceRef:
    return SourceRef(os.path.abspath(path), "file")


def _expand_one(spec: str) -> Iterator[SourceRef | SourceError]:
    if spec == "-":
        yield SourceRef("-", "stdin")
        return
    scheme = spec.split("://", 1)[0].lower() if "://" in spec else ""
    if scheme in ("http", "https"):
        yield SourceRef(spec, "url")
        return
    if scheme:
        yield SourceError(f"{spec}: unsupported URL scheme {scheme!r} (use http or https)")
        return
    if os.path.isdir(spec):
        files = _walk(spec)
        if not files:
            yield SourceError(f"{spec}: folder has no supported files ({_SUPPORTED})")
        for path in files:
            yield _file_ref(path)
        return
    if os.path.isfile(spec):
        if _supported(spec):
            yield _file_ref(spec)
        else:
            ext = os.path.splitext(spec)[1]
            what = f"file type {ext!r}" if ext else "file without extension"
            yield SourceError(f"{spec}: unsupported {what} (supported: {_SUPPORTED})")
        return
    if os.path.lexists(spec):
        yield SourceError(f"{spec}: not a regular file or folder")
        return
    if any(c in spec for c in "*?["):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield SourceError(f"{spec}: no files match")
            return
        paths: list[str] = []
        for match in matches:
            if os.path.isdir(match):
                paths.extend(_walk(match))
            elif os.path.isfile(match) and _supported(match):
                paths.append(match)
        if not paths:
            yield SourceError(f"{spec}: no supported files match ({_SUPPORTED})")
        for path in paths:
            yield _file_ref(path)
        return
    yield SourceError(f"{spec}: no such file or directory")


def expand(specs: Iterable[str]) -> Iterator[SourceRef | SourceError]:
    """Yield a SourceRef per input (each at most once, in the order given) or a SourceError.

    A spec is a file, a folder (recursive, by supported extension, sorted, hidden entries
    skipped), a glob (``**`` allowed), an http(s) URL, or ``-`` for stdin.
    """
    seen: set[SourceRef] = set()
    for spec in specs:
        for item in _expand_one(spec):
            if isinstance(item, SourceRef):
                if item in seen:
                    continue
                seen.add(item)
            yield item
