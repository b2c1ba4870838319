"""`kg add / sources / remove / rebuild` as a user runs them: exact outputs and exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / ("pakistan-urges-coordinated-approach-to-end-human-trafficking.txt")
)


def run(store: Path, *args: str, input: str | None = None):
    result = CliRunner().invoke(cli, ["--store", str(store), *args], input=input, catch_exceptions=False)
    return result


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


def test_add_then_list_then_remove(tmp_path, store):
    doc = tmp_path / "example.txt"
    shutil.copy(EXAMPLE, doc)
    result = run(store, "add", str(doc))
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    outcome, source_id = line.split("\t")
    assert outcome == "added" and len(source_id) == 12
    assert "1 added, 0 replaced, 0 unchanged, 0 failed" in result.stderr

    listed = run(store, "sources", "--format", "tsv").stdout.splitlines()
    assert listed[0] == "id\ttitle\tdate\tentities\trelations\tlocation\tpublisher"
    fields = listed[1].split("\t")
    assert fields[0] == source_id
    assert fields[1] == "Pakistan urges ‘coordinated’ global approach to end human trafficking"
    assert int(fields[3]) >= 8 and int(fields[4]) >= 5

    again = run(store, "add", str(doc))
    assert again.stdout == f"unchanged\t{source_id}\n"

    doc.write_text(doc.read_text() + "\nPakistan also signed the Paris Agreement.\n")
    edited = run(store, "add", str(doc))
    assert edited.stdout == f"replaced\t{source_id}\n"

    removed = run(store, "remove", source_id[:6])
    assert removed.stdout.startswith(f"removed\t{source_id}\t")
    assert run(store, "sources", "--format", "tsv").stdout.splitlines()[1:] == []


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_added(tmp_path, store):
    good = tmp_path / "good.txt"
    good.write_text("Kenya ratified the Paris Agreement in 2016.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    image = tmp_path / "picture.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = run(store, "add", str(good), str(tmp_path / "missing.txt"), str(empty), str(image))
    assert result.exit_code == 1
    assert result.stdout.startswith("added\t")
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 3
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("picture.txt" in e and "binary" in e for e in errors)
    assert "1 added, 0 replaced, 0 unchanged, 3 failed" in result.stderr


def test_stdin_source(store):
    result = run(
        store, "add", "-", "--title", "Statement", input="Ghana launched a National Plan of Action.\n"
    )
    assert result.exit_code == 0, result.output
    listed = run(store, "sources", "--format", "tsv").stdout.splitlines()[1].split("\t")
    assert listed[1] == "Statement"
    assert listed[5].startswith("stdin:")


def test_title_with_many_sources_is_a_usage_error(store):
    result = CliRunner().invoke(cli, ["--store", str(store), "add", "a.txt", "b.txt", "--title", "x"])
    assert result.exit_code == 2
    assert "--title and --url apply to one source" in result.output


def test_remove_unknown_source_is_one_line_error(store, tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("Pakistan adopted a National Action Plan.\n")
    run(store, "add", str(doc))
    result = CliRunner().invoke(cli, ["--store", str(store), "remove", "nope"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: nope: no such source (see 'kg sources')"


def test_remove_takes_the_relative_path_folder_and_glob_given_to_add(tmp_path, monkeypatch):
    """`kg add docs/` then `kg remove docs/nepal-page.html` (relative, as added) removes it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "nepal-page.html").write_text("<p>Nepal adopted a National Action Plan.</p>")
    (tmp_path / "docs" / "sub" / "ghana.txt").write_text("Ghana signed the Paris Agreement.\n")
    (tmp_path / "docs" / "sub" / "mali.md").write_text("Mali joined the African Union.\n")
    store = tmp_path / "store"
    assert run(store, "add", "docs/").exit_code == 0

    one = run(store, "remove", "docs/nepal-page.html")
    assert one.exit_code == 0, one.output
    assert one.stdout.endswith(f"\t{tmp_path / 'docs' / 'nepal-page.html'}\n")
    glob = run(store, "remove", "docs/**/*.md")
    assert glob.exit_code == 0 and glob.stdout.endswith("mali.md\n") and glob.stdout.count("\n") == 1
    folder = run(store, "remove", "docs/sub")
    assert folder.exit_code == 0 and folder.stdout.endswith("ghana.txt\n")
    assert run(store, "sources", "--format", "tsv").stdout.count("\n") == 1  # the header only

    nothing = run(store, "remove", "docs/*.pdf")
    assert nothing.exit_code == 1
    assert nothing.stderr == "Error: docs/*.pdf: no stored source matches this pattern (see 'kg sources')\n"


def test_rebuild_keeps_sources(store, tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("Pakistan adopted a National Action Plan.\n")
    run(store, "add", str(doc))
    doc.unlink()  # the original is gone; the store kept the text
    result = run(store, "rebuild")
    assert result.exit_code == 0
    assert "rebuilt 1 sources" in result.stderr


def test_the_two_source_lists_say_which_order_they_keep():
    """kg sources lists in the order added, the bundled query by publication date: each says so."""
    listing = CliRunner().invoke(cli, ["sources", "--help"])
    assert "in the order they were added" in listing.output
    assert "kg query --name sources" in listing.output
    (line,) = [
        ln
        for ln in CliRunner().invoke(cli, ["query", "--list"]).output.splitlines()
        if ln.startswith("sources ")
    ]
    assert line.endswith("by publication date (undated first), then title")


def test_store_path_that_is_a_file_is_refused(tmp_path):
    bogus = tmp_path / "file"
    bogus.write_text("x")
    result = CliRunner().invoke(cli, ["--store", str(bogus), "sources"])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bogus}: not a store folder (it is a file)"


def test_html_page_of_navigation_only_is_refused_and_the_store_kept(tmp_path, store):
    doc = tmp_path / "f.txt"
    doc.write_text("Ghana adopted the National Action Plan.\n")
    assert run(store, "add", str(doc)).exit_code == 0
    before = run(store, "sources", "--format", "tsv").stdout
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><body><nav><a href=/>Home</a> <a href=/about>About</a></nav>"
        "<footer>© 2024</footer></body></html>"
    )
    result = run(store, "add", str(page))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: {page}: empty document (no main text outside links, menus and footers)"
    )
    assert run(store, "sources", "--format", "tsv").stdout == before


def test_new_store_in_folders_that_do_not_exist_yet(tmp_path):
    """The missing parents of a new store are created, as ``-o`` creates an output's."""
    doc = tmp_path / "f.txt"
    doc.write_text("Ghana adopted the National Action Plan.\n")
    store = tmp_path / "x" / "a" / "b" / "c" / "store"
    result = run(store, "add", str(doc))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added\t")
    listed = run(store, "sources", "--format", "tsv")
    assert [row.split("\t")[5] for row in listed.stdout.splitlines()[1:]] == [str(doc)]


@pytest.mark.parametrize("command", ["add", "sources", "remove"])
def test_store_path_that_is_a_file_is_refused_by_readers_and_writers(tmp_path, command):
    doc = tmp_path / "f.txt"
    doc.write_text("Ghana adopted the National Action Plan.\n")
    bogus = tmp_path / "file"
    bogus.write_text("x")
    args = {"add": [str(doc)], "sources": [], "remove": ["abcd"]}[command]
    result = run(bogus, command, *args)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {bogus}: not a store folder (it is a file)"
    assert bogus.read_text() == "x"


def test_store_below_a_file_is_refused_with_one_line(tmp_path):
    doc = tmp_path / "f.txt"
    doc.write_text("Ghana adopted the National Action Plan.\n")
    blocking = tmp_path / "afile"
    blocking.write_text("x")
    store = blocking / "sub" / "store"
    result = run(store, "add", str(doc))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {store}: cannot create the store's folder ({blocking} is a file, not a folder)"
    )
    assert blocking.read_text() == "x"


def test_console_script_reports_errors_without_traceback(tmp_path):
    bogus = tmp_path / "file"
    bogus.write_text("x")
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.run([str(kg), "--store", str(bogus), "sources"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"Error: {bogus}: not a store folder (it is a file)"]
    assert "Traceback" not in proc.stderr


HEAVY = (
    "spacy",
    "thinc",
    "numpy",
    "pyvis",
    "networkx",
    "httpx",
    "rdflib",
    "pyoxigraph",
    "pyshacl",
    "trafilatura",
)


def test_help_imports_nothing_heavy():
    """`kg --help` answers fast because it loads none of the big libraries (checked by what is
    imported, not by a stopwatch that a busy machine would fail)."""
    code = (
        "import sys; sys.argv = ['kg', '--help']\n"
        "from kg.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "add" in proc.stdout
    assert proc.stderr.strip() == ""


def test_remove_dry_run_lists_what_a_folder_would_take_and_removes_nothing(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    for name in ("a", "b"):
        (tmp_path / "docs" / f"{name}.txt").write_text(f"Kenya ratified the Paris Agreement ({name}).")
    store = str(tmp_path / "kg")
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", store, "add", "docs"]).exit_code == 0
    dry = runner.invoke(cli, ["--store", store, "remove", "--dry-run", "docs"])
    assert dry.exit_code == 0, dry.output
    assert sorted(line.split("\t")[2] for line in dry.stdout.splitlines()) == [
        str(tmp_path / "docs" / "a.txt"),
        str(tmp_path / "docs" / "b.txt"),
    ]
    assert all(line.startswith("would remove\t") for line in dry.stdout.splitlines())
    listed = runner.invoke(cli, ["--store", store, "sources", "--format", "tsv"])
    assert len(listed.stdout.splitlines()) == 3  # header and both sources: nothing removed
    nothing = runner.invoke(cli, ["--store", store, "remove", "-n", "elsewhere"])
    assert nothing.exit_code == 1 and "elsewhere" in nothing.output


def test_sources_list_the_publisher_given(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    doc = tmp_path / "a.txt"
    doc.write_text("Kenya ratified the Paris Agreement.")
    store = str(tmp_path / "kg")
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["--store", store, "add", str(doc), "--publisher", "Gov of Kenya"]).exit_code == 0
    )
    rows = runner.invoke(cli, ["--store", store, "sources", "--format", "tsv"]).stdout.splitlines()
    assert rows[0].split("\t")[-1] == "publisher" and rows[1].split("\t")[-1] == "Gov of Kenya"


def test_sources_added_in_one_command_are_listed_in_the_order_given(store: Path, tmp_path: Path) -> None:
    """Times added were kept to the second, so one command's sources were listed by id instead."""
    names = ["c.txt", "a.txt", "b.txt", "e.txt", "d.txt"]
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"Kenya ratified the Paris Agreement, report {i}.\n", encoding="utf-8")
    result = run(store, "add", *(str(tmp_path / n) for n in names))
    assert result.exit_code == 0, result.output
    listed = run(store, "sources", "--format", "tsv").stdout.splitlines()[1:]
    assert [Path(line.split("\t")[5]).name for line in listed] == names
