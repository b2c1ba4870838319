"""Store selection: a ``pathlib.Path`` is a location, and a URL scheme other than http(s) is
refused in one line instead of being taken for a folder named ``ftp:``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreError
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore


def test_open_store_accepts_a_path(tmp_path):
    with open_store(tmp_path / "store") as store:
        assert isinstance(store, OxigraphStore)
    assert (tmp_path / "store").is_dir()


@pytest.mark.parametrize(
    ("location", "scheme"), [("ftp://x", "ftp"), ("FILE:///tmp/kg", "file"), ("s3://b/k", "s3")]
)
def test_other_schemes_are_refused(tmp_path, monkeypatch, location, scheme):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as caught:
        open_store(location)
    assert str(caught.value) == (
        f"{location}: unsupported store scheme '{scheme}' (use a folder or an http(s) SPARQL endpoint)"
    )
    assert list(Path(tmp_path).iterdir()) == []  # no folder made for it


@pytest.mark.parametrize("command", [["sources"], ["query", "ASK {}"], ["add", "-"]])
def test_cli_names_the_scheme(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--store", "ftp://x", *command], input="Kenya adopted a plan.")
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        "Error: ftp://x: unsupported store scheme 'ftp' (use a folder or an http(s) SPARQL endpoint)"
    ]
