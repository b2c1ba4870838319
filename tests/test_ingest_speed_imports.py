"""Commands that extract nothing do not import spaCy (~1 CPU s): re-adding an unchanged source,
``kg query``, ``kg sources``. Checked by what is imported, not by a stopwatch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "The Republic of Arcadia launched the Coastal Resilience Plan 2024-2030 on Monday.\n"


def _kg(store: Path, *args: str) -> tuple[str, list[str]]:
    """Run kg in a fresh interpreter; (stdout, the spaCy modules it imported)."""
    code = (
        "import sys\n"
        f"sys.argv = ['kg', '--store', {str(store)!r}, *{list(args)!r}]\n"
        "from kg.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    code = exit.code\nelse:\n    code = 0\n"
        "print('SPACY:' + '|'.join(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc'))),"
        " file=sys.stderr)\n"
        "sys.exit(code)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    marked = [line for line in proc.stderr.splitlines() if line.startswith("SPACY:")]
    return proc.stdout, [m for m in marked[-1][len("SPACY:") :].split("|") if m]


@pytest.fixture(scope="module")
def added(tmp_path_factory):
    folder = tmp_path_factory.mktemp("imports")
    doc = folder / "arcadia.txt"
    doc.write_text(TEXT, encoding="utf-8")
    store = folder / "store"
    out, spacy_modules = _kg(store, "add", str(doc))
    assert out.startswith("added") and spacy_modules, "the first add extracts, with spaCy"
    return store, doc


def test_readding_an_unchanged_source_imports_no_spacy(added):
    store, doc = added
    out, spacy_modules = _kg(store, "add", str(doc))
    assert out.startswith("unchanged")
    assert spacy_modules == []


@pytest.mark.parametrize("args", [("query", "--name", "sources"), ("sources",)])
def test_reading_commands_import_no_spacy(added, args):
    store, _doc = added
    _out, spacy_modules = _kg(store, *args)
    assert spacy_modules == []
