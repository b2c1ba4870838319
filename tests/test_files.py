"""Output files are written whole, and a path that cannot be written is one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.files import write_atomically, write_bytes_atomically


def test_a_written_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def broken(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(KgError, match=r"graph.ttl: cannot write \(No space left on device\)"):
        write_atomically(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_file_in_the_way_of_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(KgError) as err:
        write_bytes_atomically(tmp_path / "afile" / "page.html", b"x", make_parents=True)
    assert (
        str(err.value)
        == f"{tmp_path / 'afile' / 'page.html'}: cannot write ({tmp_path / 'afile'} is a file, not a folder)"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["views", "actors", "-o", "{bad}/x.csv"],
        ["viz", "-o", "{bad}/x.html"],
        ["export", "-o", "{bad}/x.ttl"],
    ],
)
def test_commands_writing_to_a_bad_path_say_so_in_one_line(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "afile").write_text("x")
    bad = tmp_path / "afile"
    store = tmp_path / "store"
    added = CliRunner().invoke(
        cli, ["--store", str(store), "add", "-"], input="Kenya ratified the Paris Agreement.\n"
    )
    assert added.exit_code == 0, added.output
    result = CliRunner().invoke(cli, ["--store", str(store), *[a.format(bad=bad) for a in args]])
    assert result.exit_code == 1
    assert f"cannot write ({bad} is a file, not a folder)" in result.output
    assert "Traceback" not in result.output
