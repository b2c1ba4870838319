"""The list of common given names (``data/given_names.txt``, built by ``tools/build_given_names.py``).

Read by two stages: the pattern stage's name bounds (a given name opens the official's name run into
a body's, :mod:`kg.extract.official_names`) and the given-name finder (:mod:`kg.extract.persons_given`).
Neither should import the other to get the list.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

NAMES_PATH = Path(__file__).with_name("data") / "given_names.txt"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``data/given_names.txt`` (one per line; "#" opens a comment line)."""
    lines = NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
