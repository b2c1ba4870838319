"""Declared charsets are believed only as browsers believe them (WHATWG HTML and Encoding)."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from serving import loopback

from kg.sources import SourceRef, load
from kg.sources.charset import meta_encoding, transport_encoding

TEXT = "Côte d’Ivoire adopts the Coastal Resilience Programme."
# ASCII, so that UTF-7 and UTF-16 decode it without an error (to garbage) and the tests can fail
ASCII = "Norland adopts the Coastal Resilience Programme!"


def page(charset: str, body: str = TEXT) -> bytes:
    """An HTML page of an even number of bytes, so that it decodes as UTF-16 without an error."""
    html = f"<html><head><meta charset='{charset}'></head><body><p>{body}</p></body></html>".encode()
    return html + b"\n" * (len(html) % 2)


def load_file(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return load(SourceRef(str(path), "file")).text


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "ucs-2", "unicode"])
def test_meta_utf16_means_utf8(tmp_path, label):
    assert load_file(tmp_path, "page.html", page(label)) == TEXT
    assert load_file(tmp_path, "ascii.html", page(label, ASCII)) == ASCII


def test_meta_utf7_is_not_used(tmp_path):
    """In UTF-7 this opens a <script> that swallows the rest of the page."""
    body = f"+ADw-script+AD4-{ASCII}"
    assert "<script>" in page("utf-7", body).decode("utf-7")
    assert load_file(tmp_path, "page.html", page("utf-7", body)) == body


@pytest.mark.parametrize("label", ["hz-gb-2312", "iso-2022-kr", "iso-2022-cn", "csiso2022kr"])
def test_meta_replacement_encodings_are_not_used(tmp_path, label):
    """HZ reads ``~{adopts~}`` as three Chinese characters."""
    body = "Norland ~{adopts~} the plan."
    assert load_file(tmp_path, "page.html", page(label, body)) == body


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("shift_jis", "北海道が計画を採択した。"),
        ("windows-1251", "Норланд принял план."),
        ("latin1", "São Tomé signs."),
    ],
)
def test_legacy_meta_charsets_still_work(tmp_path, label, data):
    html = page(label, data).decode().encode(label)
    assert load_file(tmp_path, "page.html", html) == data


def test_charset_rules():
    assert meta_encoding("UTF-16") == "utf-8"
    assert meta_encoding("x-user-defined") == "cp1252"
    assert meta_encoding("Shift_JIS") == "shift_jis"
    for label in ("utf-7", "utf-32", "unicode_escape", "rot13", "hz-gb-2312", "iso-2022-kr", "nonsense"):
        assert meta_encoding(label) is None, label
        assert transport_encoding(label, b"text") is None, label
    assert transport_encoding("utf-16", b"<p>plain ASCII</p>") is None
    assert transport_encoding("utf-16", "<p>x</p>".encode("utf-16-le")) == "utf-16-le"
    assert transport_encoding("utf-16be", "<p>x</p>".encode("utf-16-be")) == "utf-16-be"
    assert transport_encoding(" 'ISO-8859-1' ", b"text") == "iso8859-1"


# --- declared by HTTP, against a loopback server -------------------------------------------------

ROUTES: dict[str, tuple[str, bytes]] = {
    "/utf16.html": ("text/html; charset=utf-16", page("utf-8", ASCII)),
    "/utf16-meta.html": ("text/html; charset=UTF-16LE", page("utf-16", ASCII)),
    "/utf7.txt": ("text/plain; charset=utf-7", f"+ADw-script+AD4-{ASCII}".encode()),
    "/utf16.txt": ("text/plain; charset=utf-16", ASCII.encode()),
}


def test_http_routes_would_decode_to_garbage_if_believed():
    for content_type, body in ROUTES.values():
        declared = content_type.split("charset=")[1].lower()
        assert body.decode("utf-16-le" if declared == "utf-16" else declared) != body.decode()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        content_type, body = ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    yield from loopback(_Handler)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/utf16.html", ASCII),
        ("/utf16-meta.html", ASCII),
        ("/utf7.txt", f"+ADw-script+AD4-{ASCII}"),
        ("/utf16.txt", ASCII),
    ],
)
def test_http_charset_believed_only_when_the_bytes_agree(server, path, text):
    assert load(SourceRef(f"{server}{path}", "url")).text == text
