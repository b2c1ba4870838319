"""Loaders for text, markdown and stdin, folder and glob expansion, and normalization."""

from __future__ import annotations

import hashlib
import io
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import SourceError
from kg.sources import SUPPORTED_EXTENSIONS, Limits, SourceRef, expand, load, load_text, normalize_text

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
EXAMPLE = (
    Path(__file__).parents[1] / "sources" / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
SUPPORTED = ".txt, .md, .markdown, .html, .htm, .pdf"


def ref(path: Path) -> SourceRef:
    return SourceRef(str(path), "file")


def error_of(path: Path, **kwargs) -> str:
    with pytest.raises(SourceError) as info:
        load(ref(path), **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


# --- normalization -------------------------------------------------------------------------------


def test_normalize_nfc_whitespace_and_controls():
    text = "  Cafe\u0301\t\tcrème  \r\nsecond\x00 line\x07\r\n\n\n\n\nthird\u00a0para  "
    assert normalize_text(text) == "Café crème\nsecond line\n\nthird para"


def test_normalize_drops_boilerplate_lines_only():
    text = "First.\nNewsletter SignUp\nADVERTISEMENT\nFollow us on Twitter\nRead more: Other story\nLast."
    assert normalize_text(text) == "First.\nLast."
    kept = "Sign up for our newsletter, the minister said, was not a policy."
    assert normalize_text(kept) == kept


def test_normalize_is_idempotent():
    text = "a\u0301 \n\n\n\tb\x0cc\u2028d"
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == "á\n\nb\n\nc\nd"


def test_example_article_drops_newsletter_signup():
    doc = load(ref(EXAMPLE))
    assert doc.title == "Pakistan urges ‘coordinated’ global approach to end human trafficking"
    assert "Newsletter SignUp" not in doc.text
    assert doc.text.endswith("migration-related Sustainable Development Goals (SDGs).")
    assert doc.media_type == "text/plain"
    assert doc.id == hashlib.sha256(str(EXAMPLE).encode()).hexdigest()[:12]
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.date is None and doc.url is None


# --- text files ----------------------------------------------------------------------------------


def test_same_path_same_id_after_edit(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("First version.\n")
    first = load(ref(path))
    path.write_text("Second version.\n")
    second = load(ref(path))
    assert first.id == second.id
    assert first.sha256 != second.sha256
    assert second.text == "Second version."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Côte d’Ivoire signs “the compact” — 2021".encode("cp1252"),
            "Côte d’Ivoire signs “the compact” — 2021",
        ),
        (b"S\xe3o Tom\xe9 \x81\x8d", "São Tomé \x81\x8d"),  # not cp1252 (0x81 undefined): latin-1
        ("\ufeffUTF-8 with BOM: ĳ".encode(), "UTF-8 with BOM: ĳ"),
        ("UTF-16 text: Ελλάδα".encode("utf-16"), "UTF-16 text: Ελλάδα"),
    ],
)
def test_decodes_legacy_and_bom_text(tmp_path, raw, expected):
    path = tmp_path / "legacy.txt"
    path.write_bytes(raw)
    # latin-1 maps 0x81/0x8d to C1 controls, which normalization removes
    assert load(ref(path)).text == normalize_text(expected)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image), not text"),
        (b"GIF89a\x01\x00", "binary file (GIF image), not text"),
        (b"PK\x03\x04\x14\x00", "binary file (ZIP archive), not text"),
        (b"some text\x00\x00\x00 with NUL bytes", "binary file, not text"),
        (bytes(range(1, 9)) * 100, "binary file, not text"),
    ],
)
def test_refuses_binary(tmp_path, raw, message):
    path = tmp_path / "picture.txt"
    path.write_bytes(raw)
    assert error_of(path) == f"{path}: {message}"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"Newsletter SignUp\n"])
def test_empty_document(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert error_of(path) == f"{path}: empty document"


def test_missing_file_at_load(tmp_path):
    assert error_of(tmp_path / "gone.txt") == f"{tmp_path / 'gone.txt'}: no such file or directory"


def test_size_limit_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    assert error_of(path, limits=Limits(max_bytes=2048)) == (
        f"{path}: 4.9 KB is over the limit of 2 KB (set KG_MAX_SOURCE_BYTES to raise it)"
    )


def test_size_limit_from_environment(monkeypatch):
    monkeypatch.setenv("KG_MAX_SOURCE_BYTES", "3MB")
    assert Limits().max_bytes == 3 * 1024 * 1024
    monkeypatch.setenv("KG_MAX_SOURCE_BYTES", "lots")
    with pytest.raises(SourceError, match=r"^KG_MAX_SOURCE_BYTES: 'lots' is not a size"):
        Limits()


def test_message_names_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert error_of(tmp_path / "empty.txt") == "empty.txt: empty document"


def test_overrides_and_date_validation(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Heading line\n\nBody.")
    doc = load(ref(path), title="Given", date="2021-06-03", publisher="Dawn", url="https://example.org/a")
    assert (doc.title, doc.date, doc.publisher, doc.url) == (
        "Given",
        "2021-06-03",
        "Dawn",
        "https://example.org/a",
    )
    assert (
        error_of(path, date="3 June 2021") == f"{path}: --date '3 June 2021' is not an ISO date (YYYY-MM-DD)"
    )
    assert error_of(path, date="2021-02-30") == f"{path}: --date '2021-02-30' is not an ISO date (YYYY-MM-DD)"


# --- markdown ------------------------------------------------------------------------------------


def test_markdown_strips_markup():
    doc = load(ref(FIXTURES / "briefing.md"))
    assert doc.media_type == "text/markdown"
    assert doc.title == "Briefing: Coastal Resilience Programme"
    assert doc.text == (
        "Coastal Resilience Programme\n\n"
        "The Ministry of Fisheries of Norland launched the Coastal Resilience Programme\n"
        "on Monday, drawing on the Blue Seas Compact.\n\n"
        '"We cannot wait," the minister said.\n\n'
        "- protect mangroves\n- train 2,000 fishers\n\n"
        "code stays as text"
    )


def test_markdown_title_from_first_heading():
    doc = load_text(
        "\n## The *Blue* Plan ##\nText with snake_case_name and 2 * 3 * 4.",
        location="m.md",
        media_type="text/markdown",
    )
    assert doc.title == "The Blue Plan"
    assert doc.text == "The Blue Plan\nText with snake_case_name and 2 * 3 * 4."


def test_markdown_front_matter_gives_title_date_and_publisher(tmp_path):
    """The front matter is the file's metadata, as an HTML page's meta tags are: all of it is read."""
    md = tmp_path / "deal.md"
    md.write_text("---\ntitle: Deal\ndate: 2023-07-16\npublisher: EU Press Office\n---\nThe EU signed it.\n")
    doc = load(ref(md))
    assert (doc.title, doc.date, doc.publisher, doc.text) == (
        "Deal",
        "2023-07-16",
        "EU Press Office",
        "The EU signed it.",
    )
    assert not doc.date_from_text and not doc.title_from_text
    md.write_text("---\ndate: '16 July 2023'\npublisher: \"Ministry\"\n---\nBrussels adopts plan\nText.\n")
    doc = load(ref(md))
    assert (doc.title, doc.date, doc.publisher) == ("Brussels adopts plan", "2023-07-16", "Ministry")
    md.write_text("---\ndate: 2023-07-16T09:30:00Z\n---\nText.\n")
    assert load(ref(md)).date == "2023-07-16"
    assert load(ref(md), date="2024-01-02", publisher="Given").date == "2024-01-02", "the user's word wins"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_title_is_the_first_line_whatever_the_line_ends(tmp_path, newline):
    lines = ["", "Norland adopts the plan", "", "The Ministry of Fisheries leads it.", "It runs to 2027."]
    text_file = tmp_path / "plan.txt"
    text_file.write_bytes(newline.join(lines).encode())
    doc = load(ref(text_file))
    assert doc.title == "Norland adopts the plan"
    assert doc.text == "Norland adopts the plan\n\nThe Ministry of Fisheries leads it.\nIt runs to 2027."
    markdown_file = tmp_path / "plan.md"
    markdown_file.write_bytes(
        newline.join(["---", "date: 2023-05-01", "---", "# The *Blue* Plan", *lines]).encode()
    )
    doc = load(ref(markdown_file))
    assert (doc.title, doc.text.split("\n")[0]) == ("The Blue Plan", "The Blue Plan")


# --- stdin ---------------------------------------------------------------------------------------


def test_stdin_text_id_from_content():
    doc = load(SourceRef("-", "stdin"), stdin=io.BytesIO(b"Piped text.\n"))
    digest = hashlib.sha256(b"Piped text.").hexdigest()
    assert (doc.id, doc.location, doc.sha256, doc.media_type) == (
        digest[:12],
        f"stdin:{digest[:12]}",
        digest,
        "text/plain",
    )


def test_stdin_empty_and_too_big():
    with pytest.raises(SourceError, match=r"^stdin: empty document$"):
        load(SourceRef("-", "stdin"), stdin=io.BytesIO(b""))
    with pytest.raises(SourceError) as info:
        load(SourceRef("-", "stdin"), stdin=io.BytesIO(b"x" * 5000), limits=Limits(max_bytes=1024))
    assert str(info.value) == "stdin: larger than the limit of 1 KB (set KG_MAX_SOURCE_BYTES to raise it)"


# --- expand --------------------------------------------------------------------------------------


def _tree(root: Path) -> None:
    for rel in [
        "b.txt",
        "a.md",
        "sub/c.HTML",
        "sub/deep/d.pdf",
        "skip.docx",
        ".hidden.txt",
        ".git/e.txt",
        "sub/.cache/f.txt",
    ]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_expand_folder_recursive_sorted_hidden_skipped(tmp_path):
    _tree(tmp_path)
    refs = list(expand([str(tmp_path)]))
    assert refs == [
        SourceRef(str(tmp_path / rel), "file") for rel in ["a.md", "b.txt", "sub/c.HTML", "sub/deep/d.pdf"]
    ]


def test_expand_globs_urls_stdin_and_dedupe(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    items = list(expand(["*.txt", "**/*.pdf", "b.txt", "-", "https://example.org/x", "sub/*"]))
    assert items == [
        SourceRef(str(tmp_path / "b.txt"), "file"),
        SourceRef(str(tmp_path / "sub/deep/d.pdf"), "file"),
        SourceRef("-", "stdin"),
        SourceRef("https://example.org/x", "url"),
        SourceRef(str(tmp_path / "sub/c.HTML"), "file"),
    ]


def test_expand_yields_errors_and_goes_on(tmp_path, monkeypatch):
    _tree(tmp_path)
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    messages = [
        str(i) if isinstance(i, SourceError) else i
        for i in expand(["missing.txt", "empty", "skip.docx", "*.csv", "ftp://host/x", "b.txt"])
    ]
    assert messages == [
        "missing.txt: no such file or directory",
        f"empty: folder has no supported files ({SUPPORTED})",
        f"skip.docx: unsupported file type '.docx' (supported: {SUPPORTED})",
        "*.csv: no files match",
        "ftp://host/x: unsupported URL scheme 'ftp' (use http or https)",
        SourceRef(str(tmp_path / "b.txt"), "file"),
    ]


def test_supported_extensions():
    assert SUPPORTED_EXTENSIONS == (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


def test_no_heavy_imports():
    import subprocess
    import sys

    heavy = "('trafilatura', 'pypdfium2', 'httpx', 'lxml')"
    code = f"import sys, kg.sources; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_output_is_nfc():
    doc = load_text("e\u0301t\u00e9", location="x")
    assert unicodedata.is_normalized("NFC", doc.text)
    assert os.path.basename(doc.location) == "x"


# --- hostile input -------------------------------------------------------------------------------

_SPECIAL = (
    "\x00\x01\x07\x1b\x7f\x85\x9f\t\r\n\x0b\x0c \u00a0\u200b\u200e\u200f\u202e\u2028\u2029\ufeff\u0301\u0308"
)
_SPECIAL += "e\u0065A\u00c5\u212b\u05d0\u0627\U0001f600\U0001f44d\U0001f3fd\u4e2d#*_[]()<>`"
hostile_text = st.one_of(
    st.text(), st.text(alphabet=st.sampled_from(_SPECIAL)), st.text(alphabet=st.characters())
)


def _check_output(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in text)
    assert "\n\n\n" not in text
    assert text == text.strip()
    assert normalize_text(text) == text


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_load_text_never_raises_on_arbitrary_text(text):
    try:
        doc = load_text(text, location="fuzz.txt")
    except SourceError as err:
        assert str(err) == "fuzz.txt: empty document"
        return
    _check_output(doc.text)
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.title is None or "\n" not in doc.title


@settings(max_examples=60, deadline=None)
@given(hostile_text, st.sampled_from(["text/markdown", "text/html"]))
def test_markup_loaders_never_raise_on_arbitrary_text(text, media_type):
    try:
        doc = load_text(text, location="fuzz", media_type=media_type)
    except SourceError as err:
        furniture = " (no main text outside links, menus and footers)" if media_type == "text/html" else ""
        assert str(err) in ("fuzz: empty document", f"fuzz: empty document{furniture}")
        return
    _check_output(doc.text)


def test_load_text_refuses_pdf_media_type():
    with pytest.raises(SourceError, match=r"^x: application/pdf cannot be given as text$"):
        load_text("text", location="x", media_type="application/pdf")
    with pytest.raises(SourceError, match=r"^no loader for media type 'image/png' \(valid: "):
        load_text("text", location="x", media_type="image/png")


def test_stdin_sniffs_html_and_pdf():
    html = b"<!DOCTYPE html><html><head><title>Piped page</title></head><body><p>Norland signs.</p></body>"
    doc = load(SourceRef("-", "stdin"), stdin=io.BytesIO(html))
    assert (doc.media_type, doc.text, doc.title) == ("text/html", "Norland signs.", "Piped page")
    with pytest.raises(SourceError, match=r"^stdin: not a readable PDF \(Data format error\)$"):
        load(SourceRef("-", "stdin"), stdin=io.BytesIO(b"%PDF-1.7 not really"))


def test_unsupported_or_unreadable_file_at_load(tmp_path):
    (tmp_path / "table.csv").write_text("a,b")
    assert (
        error_of(tmp_path / "table.csv")
        == f"{tmp_path / 'table.csv'}: unsupported file type (supported: {SUPPORTED})"
    )
    (tmp_path / "folder.txt").mkdir()
    assert error_of(tmp_path / "folder.txt") == f"{tmp_path / 'folder.txt'}: is a folder, not a file"


def test_huge_html_read_by_streaming_pass(monkeypatch):
    import kg.sources.html as html_loader

    monkeypatch.setattr(html_loader, "MAX_TREE_BYTES", 10_000)
    page = "<html><body>" + "<p>Norland adopts the plan.</p><script>x()</script>" * 1000 + "</body></html>"
    doc = load_text(page, location="huge.html", media_type="text/html")
    assert doc.text.split("\n") == ["Norland adopts the plan."] * 1000
    wrapped = "<html><body><p>The ministry\n  launched the plan.</p>" + " " * 10_000 + "</body></html>"
    assert (
        load_text(wrapped, location="w.html", media_type="text/html").text
        == "The ministry launched the plan."
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t.é’\u00a0\u2009\u3000\u200b\r")), max_size=60))
def test_the_whitespace_shortcuts_change_nothing(text):
    """normalize_text skips its whitespace rewrites when substring tests say they would do nothing."""
    import kg.sources.normalize as n

    def always(text: str) -> str:  # the rules applied unconditionally
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = n._CONTROLS.sub("", text)
        text = unicodedata.normalize("NFC", text)
        text = n._LINE_EDGES.sub("\n", n._SPACES.sub(" ", text))
        return n._BLANK_RUNS.sub("\n\n", text).strip()

    assert normalize_text(text) == always(text)
