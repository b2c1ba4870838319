"""``kg load FILE`` and ``kg eval FILE``: a path that exists but is a file is "not a folder",
not "no such folder" (which sends the user looking for a typo)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli


@pytest.mark.parametrize(
    ("command", "hint"),
    [
        ("load", " (give the output folder of 'kg extract')"),
        ("eval", "; give a gold set folder with docs/ and gold/"),
    ],
)
def test_a_file_is_not_a_folder(tmp_path, command, hint):
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), command, str(a_file)])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [f"Error: {a_file}: not a folder{hint}"]


@pytest.mark.parametrize("command", ["load", "eval"])
def test_a_missing_path_is_still_no_such_folder(tmp_path, command):
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), command, str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope'}: no such folder" in result.output
