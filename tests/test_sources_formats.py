"""HTML, PDF and URL loaders, against hand-made documents and a loopback HTTP server."""

from __future__ import annotations

import re
import socket
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from pdf_bytes import pdf_file
from serving import loopback

from kg.errors import SourceError
from kg.sources import Limits, SourceRef, load, load_text
from kg.sources.markdown import strip_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
ARTICLE_TEXT = (
    "Norland launches coastal plan\n"
    "The Ministry of Fisheries of Norland launched the Coastal Resilience Programme (2023-2027) on Monday, "
    "with support from the Regional Ocean Fund.\n"
    "The programme draws on the Blue Seas Compact and aims to protect mangroves along 400 kilometres of "
    "coast, the minister said.\n"
    "“We cannot wait for the next storm,” she told reporters in Port Amsel."
)


def file_ref(path: Path) -> SourceRef:
    return SourceRef(str(path), "file")


def message(ref: SourceRef, **kwargs) -> str:
    with pytest.raises(SourceError) as info:
        load(ref, **kwargs)
    text = str(info.value)
    assert "\n" not in text
    return text


def test_errors_from_libraries_are_chained(tmp_path, server):
    import httpx
    import pypdfium2

    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 nonsense")
    with pytest.raises(SourceError) as info:
        load(file_ref(path))
    assert isinstance(info.value.__cause__, pypdfium2.PdfiumError)
    with pytest.raises(SourceError) as info:
        load(url_ref(f"{server}/slow"), limits=Limits(url_timeout=0.3))
    assert isinstance(info.value.__cause__, httpx.TimeoutException)


# --- PDF, written by hand: objects, a Helvetica text stream, a computed xref table ---------------


def _pdf_string(text: str) -> bytes:
    return (
        b"("
        + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        + b")"
    )


def make_pdf(
    pages: list[list[str]],
    *,
    title: str | None = None,
    encrypt: bool = False,
    padding: int = 0,
    flate: int = 0,
) -> bytes:
    """A valid PDF 1.4 with one text line per string; ``encrypt`` adds a Standard security
    handler whose password is unknown (random /O and /U entries); ``padding`` spaces end each
    content stream, compressed by ``flate`` FlateDecode filters (a decompression bomb)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    font = len(objects)
    kids = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 14 TL 72 720 Td"] + [_pdf_string(line) + b" Tj T*" for line in lines] + [b"ET"]
        stream = (b"\n".join(ops) if lines else b"") + b" " * padding
        for _ in range(flate):
            stream = zlib.compress(stream, 9)
        filters = b"/Filter [%s] " % (b"/FlateDecode " * flate) if flate else b""
        objects.append(b"<< %s/Length %d >>\nstream\n%s\nendstream" % (filters, len(stream), stream))
        contents = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, contents)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    trailer = b"/Size %d /Root 1 0 R" % (len(objects) + 1 + (title is not None) + encrypt)
    if title is not None:
        objects.append(b"<< /Title %s >>" % _pdf_string(title))
        trailer += b" /Info %d 0 R" % len(objects)
    if encrypt:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"ab" * 32, b"cd" * 32))
        file_id = b"<0123456789abcdef0123456789abcdef>"
        trailer += b" /Encrypt %d 0 R /ID [%s %s]" % (len(objects), file_id, file_id)
    return pdf_file(objects, trailer)


REPORT_PDF = make_pdf(
    [
        ["Norland ratified the Blue Seas Compact in 2022.", "The Ministry (of Fisheries) leads it."],
        ["Page two: the Regional Ocean Fund partners with Norland."],
    ],
    title="Norland Annual Report",
)


def test_pdf_text_of_all_pages_and_title(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(REPORT_PDF)
    doc = load(file_ref(path))
    assert doc.media_type == "application/pdf"
    assert doc.title == "Norland Annual Report"
    assert doc.text == (
        "Norland ratified the Blue Seas Compact in 2022. The Ministry (of Fisheries) leads it.\n\n"
        "Page two: the Regional Ocean Fund partners with Norland."
    )


@pytest.mark.parametrize("title", [None, "  "])
def test_a_pdf_without_a_title_is_titled_by_its_first_line_as_a_text_file_is(tmp_path, title):
    """A PDF whose metadata has no title got none (kg sources showed an empty title)."""
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([["Norland ratified the Compact.", "The Ministry leads it."]], title=title))
    doc = load(file_ref(path))
    assert doc.title == "Norland ratified the Compact. The Ministry leads it."  # its first paragraph
    assert doc.title_from_text, "a first line is not a title the file states (an edited file keeps a --title)"
    assert not load(file_ref(tmp_path / "report.pdf"), title="Given").title_from_text


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (make_pdf([[]]), "no text found in PDF (scanned? OCR is not supported)"),
        (make_pdf([["Secret plan."]], encrypt=True), "PDF is password-protected"),
        (b"%PDF-1.4\nthis is not a PDF body\n", "not a readable PDF (Data format error)"),
        (REPORT_PDF[: len(REPORT_PDF) // 3], "not a readable PDF (Data format error)"),
        (b"", "not a readable PDF (Data format error)"),
    ],
    ids=["no-text", "encrypted", "garbage", "truncated", "empty"],
)
def test_bad_pdfs(tmp_path, data, problem):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    assert message(file_ref(path)) == f"{path}: {problem}"


# --- HTML ----------------------------------------------------------------------------------------


def test_html_main_text_and_metadata():
    doc = load(file_ref(FIXTURES / "article.html"))
    assert doc.media_type == "text/html"
    assert doc.text == ARTICLE_TEXT
    assert doc.title == "Norland launches coastal plan"
    assert doc.date == "2023-04-05"
    assert doc.publisher == "The Coast Times"


def test_html_overrides_win():
    doc = load(file_ref(FIXTURES / "article.html"), title="T", date="2020-01-02", publisher="P")
    assert (doc.title, doc.date, doc.publisher) == ("T", "2020-01-02", "P")


def test_malformed_html_does_not_crash():
    html = "<p>unclosed <b>bold <div></p></i>Norland signs &bogus; the <<compact>> <table><tr><td>cell"
    doc = load_text(html, location="bad.html", media_type="text/html")
    assert "Norland signs" in doc.text
    assert "cell" in doc.text


@pytest.mark.parametrize("depth", [300, 10_000, 100_000])
def test_deeply_nested_html_keeps_its_text(depth):
    html = (
        "<html><head><title>Deep</title></head><body><p>Shallow paragraph about the compact.</p>"
        + "<div>" * depth
        + "<p>Norland adopted the plan.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    started = time.monotonic()
    doc = load_text(html, location="deep.html", media_type="text/html")
    assert "Norland adopted the plan." in doc.text
    assert "Shallow paragraph about the compact." in doc.text
    assert doc.title == "Deep"
    assert time.monotonic() - started < 10


def test_html_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text(
        "<html><head><title>Only a title</title><script>var a=1;</script></head><body></body></html>"
    )
    assert message(file_ref(path)) == f"{path}: empty document"


FURNITURE_ONLY = "empty document (no main text outside links, menus and footers)"


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href=/>Home</a> <a href=/about>About</a></nav><footer>© 2024</footer>",
        "<ul><li><a href=/a>Kenya action plan</a></li><li><a href=/b>Ghana action plan</a></li></ul>",
        "<header><a href=/>Ministry</a></header><div>Subscribe to our newsletter</div><footer>2024</footer>",
        "<aside>Related stories</aside><p><a href=/x>Norland adopts the plan</a> | 12</p>",
    ],
    ids=["nav-and-footer", "link-list", "boilerplate-left", "aside-and-links"],
)
def test_html_of_links_and_furniture_only_is_refused(tmp_path, body):
    path = tmp_path / "menu.html"
    path.write_text(f"<html><head><title>Menu</title></head><body>{body}</body></html>")
    assert message(file_ref(path)) == f"{path}: {FURNITURE_ONLY}"


def test_html_of_links_only_is_refused_by_the_streaming_pass_too():
    """A page nested too deep for a tree is read by the streaming pass, which applies the same rule."""
    html = "<body>" + "<div>" * 10_000 + "<nav><a href=/>Home</a> <a href=/about>About</a></nav>"
    with pytest.raises(SourceError, match=rf"^deep.html: {re.escape(FURNITURE_ONLY)}$"):
        load_text(html + "</div>" * 10_000, location="deep.html", media_type="text/html")
    # a link left open ends with the menu around it: the paragraph after it is prose
    unclosed = html.replace("About</a></nav>", "About</nav><p>Norland signs.</p>")
    doc = load_text(unclosed + "</div>" * 10_000, location="deep.html", media_type="text/html")
    assert doc.text.endswith("Norland signs.")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<nav><a href=/>Home</a></nav><p>Norland signs.</p><footer>© 2024</footer>", "Norland signs."),
        ("<p>Norland signed <a href=/plan>the plan</a> on Monday.</p>", "Norland signed"),
        ("<div>Kenya</div>", "Kenya"),
    ],
)
def test_short_html_page_with_prose_still_loads(tmp_path, body, text):
    path = tmp_path / "short.html"
    path.write_text(f"<html><body>{body}</body></html>")
    assert text in load(file_ref(path)).text


def test_html_declared_legacy_charset(tmp_path):
    path = tmp_path / "old.htm"
    html = (
        "<html><head><meta charset='windows-1252'></head><body><p>Côte d’Ivoire adopts the plan.</p></body>"
    )
    path.write_bytes(html.encode("cp1252"))
    assert load(file_ref(path)).text == "Côte d’Ivoire adopts the plan."


def test_binary_with_html_extension(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert message(file_ref(path)) == f"{path}: binary file (PNG image), not text"


# --- URLs against a loopback server --------------------------------------------------------------

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, (FIXTURES / "article.html").read_bytes()),
    "/plain": (
        200,
        {"Content-Type": "text/plain; charset=iso-8859-1"},
        "São Tomé signs the compact.".encode("latin-1"),
    ),
    "/notes.md": (200, {}, b"# Notes\n\n**Norland** joins the *fund*."),
    "/report": (200, {"Content-Type": "application/pdf"}, REPORT_PDF),
    "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/big": (200, {"Content-Type": "text/plain"}, b"word " * 2000),
    "/redirect": (302, {"Location": "/plain"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/gone": (410, {"Content-Type": "text/plain"}, b"gone"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        try:
            if self.path == "/slow":
                time.sleep(2)
            if self.path == "/stream":  # no Content-Length: the cap must hold while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(100):
                    self.wfile.write(b"x" * 1024)
                return
            status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/plain"}, b"not here"))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout or size cap): that is the point of those tests

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    yield from loopback(_Handler)


def url_ref(url: str) -> SourceRef:
    return SourceRef(url, "url")


def test_url_html(server):
    doc = load(url_ref(f"{server}/article"))
    assert doc.text == ARTICLE_TEXT
    assert (doc.url, doc.location, doc.media_type) == (f"{server}/article", f"{server}/article", "text/html")
    assert doc.publisher == "The Coast Times"


def test_url_plain_text_uses_header_charset(server):
    doc = load(url_ref(f"{server}/plain"))
    assert (doc.text, doc.media_type) == ("São Tomé signs the compact.", "text/plain")


def test_url_redirect_followed_and_url_override(server):
    doc = load(url_ref(f"{server}/redirect"), url="https://example.org/canonical")
    assert doc.text == "São Tomé signs the compact."
    assert doc.url == "https://example.org/canonical"
    assert doc.location == f"{server}/redirect"


def test_url_untyped_falls_back_to_extension(server):
    doc = load(url_ref(f"{server}/notes.md"))
    assert (doc.media_type, doc.text, doc.title) == (
        "text/markdown",
        "Notes\n\nNorland joins the fund.",
        "Notes",
    )


def test_url_pdf(server):
    doc = load(url_ref(f"{server}/report"))
    assert doc.media_type == "application/pdf"
    assert doc.title == "Norland Annual Report"
    assert doc.text.startswith("Norland ratified the Blue Seas Compact in 2022.")


@pytest.mark.parametrize(
    ("path", "problem", "limits"),
    [
        ("/missing", "HTTP 404 Not Found", Limits()),
        ("/gone", "HTTP 410 Gone", Limits()),
        ("/image", "unsupported content type image/png", Limits()),
        ("/slow", "timed out after 0.3s", Limits(url_timeout=0.3)),
        (
            "/big",
            "9.8 KB is over the limit of 4 KB (set KG_MAX_SOURCE_BYTES to raise it)",
            Limits(max_bytes=4096),
        ),
        (
            "/stream",
            "larger than the limit of 4 KB (set KG_MAX_SOURCE_BYTES to raise it)",
            Limits(max_bytes=4096),
        ),
        ("/loop", "too many redirects (more than 5)", Limits()),
    ],
)
def test_url_errors(server, path, problem, limits):
    url = f"{server}{path}"
    assert message(url_ref(url), limits=limits) == f"{url}: {problem}"


def test_url_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    assert message(url_ref(url)) == f"{url}: could not connect (connection refused)"


def test_markdown_keeps_angle_bracketed_words_that_are_no_html_tag() -> None:
    """CommonMark reads "<not punish them>" as a raw HTML tag; no element has that name, so it is text."""
    source = "# Note\n\nThe law says: <not punish them>. Use <b>bold</b> and <span class='x'>this</span>.\n"
    plain = strip_markdown(source)
    assert "<not punish them>" in plain
    assert "<b>" not in plain and "<span" not in plain and "bold" in plain and "this" in plain
