"""A cache of the parsed gazetteer, so that ``kg add`` does not parse the reference Turtle each run.

Parsing the reference files with rdflib and collecting their entities took ~0.4 CPU s of
every ``kg add``, ``kg extract`` and ``kg eval`` that extracts; reading them back from a
JSON file takes a few milliseconds. The cache is keyed by the bytes of every file read
(in order) and by this code (``gazetteer.py`` and this module), so an edited reference
file, a new ``KG_REFERENCE_EXTRA`` file or a changed loader is parsed again. It is only a
cache: a missing, unreadable, corrupt or unwritable one means the files are parsed as
before. JSON, not pickle: reading a cache file never runs code.

Location: ``$KG_CACHE_DIR`` if set (``off`` turns the cache off), else
``$XDG_CACHE_HOME/policy-kg``, else ``~/.cache/policy-kg``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

ENV_CACHE_DIR = "KG_CACHE_DIR"
#: bump when the JSON layout changes
_LAYOUT = 2
#: the fields of one entity row (kg.extract.gazetteer._entity_row)
ROW_LENGTH = 10
_CODE = (Path(__file__).with_name("gazetteer.py"), Path(__file__))


def cache_dir() -> Path | None:
    """Where cache files go; None when the cache is turned off."""
    chosen = os.environ.get(ENV_CACHE_DIR, "").strip()
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "policy-kg"


def cache_key(contents: list[bytes]) -> str:
    """Digest of the files' bytes (in the order they are read) and of the loading code."""
    h = hashlib.sha256(f"gazetteer-{_LAYOUT}".encode())
    for code in _CODE:
        with contextlib.suppress(OSError):
            h.update(code.read_bytes())
    for data in contents:
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def read(key: str) -> list[list[object]] | None:
    """The cached entity rows for ``key``, or None (no cache, or one that cannot be read)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = json.loads((folder / f"gazetteer-{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("entities"), list):
        return None
    rows = data["entities"]
    if not all(isinstance(row, list) and len(row) == ROW_LENGTH for row in rows):
        return None
    return rows


def write(key: str, rows: list[list[object]]) -> None:
    """Store the entity rows for ``key``, atomically; quietly nothing where the folder is unwritable."""
    folder = cache_dir()
    if folder is None:
        return
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"key": key, "entities": rows}, out, ensure_ascii=False)
        os.replace(tmp, folder / f"gazetteer-{key}.json")
        tmp = None
        _prune(folder, keep=f"gazetteer-{key}.json")
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(folder: Path, *, keep: str, limit: int = 8) -> None:
    """Keep the newest ``limit`` gazetteer caches: each edit of a reference file makes a new one."""
    files = sorted(folder.glob("gazetteer-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[limit:]:
        if old.name != keep:
            with contextlib.suppress(OSError):
                old.unlink()
