"""Where the ontology, shapes and reference files are, in a checkout and in an installed wheel.

The wheel carries ``ontology/`` as ``kg/_ontology``; a checkout (or an editable install)
reads the top-level ``ontology/`` folder directly.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    """The folder holding policy-kg.ttl, shapes.ttl and reference/."""
    packaged = Path(__file__).parent / "_ontology"
    if (packaged / "policy-kg.ttl").is_file():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "ontology"
    if (checkout / "policy-kg.ttl").is_file():
        return checkout
    raise FileNotFoundError("policy-kg ontology files are missing from the installation")


def ontology_file() -> Path:
    return ontology_dir() / "policy-kg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def reference_files() -> list[Path]:
    """Reference Turtle files in a stable order."""
    return sorted((ontology_dir() / "reference").glob("*.ttl"))
