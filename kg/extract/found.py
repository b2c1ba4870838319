"""The relation record the relation finder writes and assembly reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """A relation between two entity keys, with the evidence span and the cue."""

    subject: str
    predicate: str
    object: str
    start: int
    end: int
    cue: str
