"""Which stored sources a key on the command line names (``kg remove``, ``--source``).

A key is a source id, a unique id prefix, or a location as ``kg add`` takes it: a file,
a folder (every source stored under it) or a glob, relative to the current folder or
absolute. ``kg add`` stores files by absolute path, so paths are made absolute before they
are compared; the files need not exist any more, since a source outlives its file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from fnmatch import fnmatchcase

from kg.errors import KgError

#: the shortest id prefix that names a source (shorter ones too easily match by chance)
MIN_PREFIX = 4

_GLOB_CHARS = "*?["


def match_sources(locations: Mapping[str, str], key: str) -> list[str]:
    """Ids of the sources ``key`` names, in the order of ``locations`` (id → location).

    An id or a stored location names one source; a folder or a glob may name several.
    Raises KgError (one line naming ``key``) when it names none, or an id prefix is
    ambiguous or too short.
    """
    if key in locations:
        return [key]
    same = [sid for sid, loc in locations.items() if loc == key]
    if len(same) > 1:
        raise KgError(f"{key}: {len(same)} sources have this location ({', '.join(same[:5])}); give the id")
    if same:
        return same
    by_path = _by_path(locations, key)
    if by_path:
        return by_path
    by_prefix = _by_prefix(list(locations), key)
    if by_prefix:
        return by_prefix
    if any(c in key for c in _GLOB_CHARS):
        raise KgError(f"{key}: no stored source matches this pattern (see 'kg sources')")
    if os.path.isdir(key):
        raise KgError(f"{key}: no source stored from this folder (see 'kg sources')")
    if re.fullmatch(r"[0-9a-f]{1,12}", key):
        # what an id looks like: a short one is not "too short" here, no id starts with it at all
        raise KgError(
            f"{key}: no source id starts with {key}, and no source was added from a file of this name "
            "(see 'kg sources')"
        )
    raise KgError(f"{key}: no such source (see 'kg sources')")


def _is_path(key: str) -> bool:
    return key not in ("", "-") and "://" not in key


def _by_path(locations: Mapping[str, str], key: str) -> list[str]:
    """Sources stored at the path ``key``, under it (a folder), or matching it (a glob)."""
    if not _is_path(key):
        return []
    path = os.path.abspath(key)
    same = [sid for sid, loc in locations.items() if loc == path]
    if same:
        return same
    folder = path.rstrip(os.sep) + os.sep
    under = [sid for sid, loc in locations.items() if loc.startswith(folder)]
    if under or os.path.exists(path) or not any(c in key for c in _GLOB_CHARS):
        # a name that exists, or was stored, is that name, as ``kg add`` read it: "rep [2024]" is a
        # folder, not a pattern matching "rep 2"
        return under
    pattern = path.split(os.sep)
    return [sid for sid, loc in locations.items() if _glob_names(pattern, loc)]


def _glob_names(pattern: list[str], location: str) -> bool:
    """True when the glob matches ``location`` or a folder above it (as ``kg add`` expands a
    glob that matches a folder to the files under it)."""
    if not os.path.isabs(location):
        return False
    parts = location.split(os.sep)
    return any(_match_parts(pattern, parts[:n]) for n in range(len(parts), 0, -1))


def _match_parts(pattern: list[str], parts: list[str]) -> bool:
    """Path parts against glob parts; ``**`` stands for any number of folders."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_match_parts(rest, parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatchcase(parts[0], head) and _match_parts(rest, parts[1:])


def _by_prefix(ids: list[str], key: str) -> list[str]:
    """The one id starting with ``key``; too short or ambiguous prefixes are errors."""
    starting = [sid for sid in ids if sid.startswith(key)] if key else []
    if not starting:
        return []
    if len(key) < MIN_PREFIX:
        # `kg remove` deletes: say the key is too short rather than "no such source" when ids
        # do start with it, and show a few to pick from
        shown = ", ".join(starting[:5]) + (", …" if len(starting) > 5 else "")
        raise KgError(f"{key}: give at least {MIN_PREFIX} characters of the source id ({shown})")
    if len(starting) > 1:
        some = ", ".join(starting[:5])
        raise KgError(f"{key}: matches {len(starting)} sources ({some}); give more of the id")
    return starting
