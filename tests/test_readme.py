"""The README's SPARQL examples run as written on any SPARQL 1.1 engine (no prefixes added for them)."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

README = Path(__file__).parent.parent / "README.md"
BLOCKS = re.findall(r"```sparql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_has_sparql_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("query", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_each_example_parses_and_runs_standalone(query: str) -> None:
    list(ox.Store().query(query))  # a missing PREFIX is a SyntaxError here
