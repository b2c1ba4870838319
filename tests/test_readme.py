"""The README's examples run as written: its SPARQL on any SPARQL 1.1 engine (no prefixes added for
them), its Python block against a new store."""

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


PYTHON = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_library_example_runs_and_reads_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The "Library use" block, run as written in a folder holding the README's sources/: it
    once bound a QueryResult to ``rows``, which is not iterable."""
    (block,) = PYTHON
    (tmp_path / "sources").symlink_to(README.parent / "sources", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})
    assert capsys.readouterr().out.split() == ["https://w3id.org/policy-kg/id/country/PAK"]
