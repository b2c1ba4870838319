"""``--store`` pointed at a web server that is not a SPARQL endpoint: the error names the HTTP
status and what the page says, not the first line of its HTML (``<!DOCTYPE HTML>``)."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler

import pytest
from click.testing import CliRunner
from serving import loopback

from kg.cli import cli
from kg.errors import KgError
from kg.store.sparql import SparqlStore


class _Quiet(SimpleHTTPRequestHandler):
    """Python's own file server: answers POST with its HTML 501 page."""

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Pages(BaseHTTPRequestHandler):
    """Replies by path: an HTML page without a title, and a plain-text server error."""

    def do_POST(self) -> None:
        if self.path.startswith("/untitled"):
            body = (
                "<!DOCTYPE html>\n<html><head><style>p {color: red}</style></head>\n<body>\n"
                "<h1>Oops</h1>\n<p>Something &amp; something\nelse "
                + "went wrong " * 40
                + "</p></body></html>"
            )
            self._reply(502, "text/html", body)
        else:
            self._reply(500, "text/plain", "\nInternal failure: disk full\nmore detail\n")

    def _reply(self, status: int, ctype: str, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def file_server() -> Iterator[str]:
    yield from loopback(_Quiet)


@pytest.fixture
def pages() -> Iterator[str]:
    yield from loopback(_Pages)


def _error(url: str) -> str:
    store = SparqlStore(url)
    try:
        with pytest.raises(KgError) as caught:
            store.query("ASK {}")
    finally:
        store.close()
    return str(caught.value)


NOT_SPARQL = "HTTP 501 Not Implemented (Error response) — is this a SPARQL endpoint?"


def test_web_server_is_named_with_status_and_title(file_server):
    url = f"{file_server}/query"
    assert _error(url) == f"{url}: {NOT_SPARQL}"


def test_cli_prints_one_line(file_server):
    url = f"{file_server}/query"
    result = CliRunner().invoke(cli, ["--store", url, "query", "ASK {}"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"Error: {url}: {NOT_SPARQL}"]
    assert "DOCTYPE" not in result.output


def test_page_without_title_gives_short_text_without_tags_or_newlines(pages):
    message = _error(f"{pages}/untitled")
    start = f"{pages}/untitled: HTTP 502 Bad Gateway (Oops Something & something else went wrong"
    assert message.startswith(start)
    assert message.endswith("…) — is this a SPARQL endpoint?")
    assert "<" not in message and "\n" not in message and "color" not in message
    assert len(message) < len(pages) + 200


def test_plain_text_errors_keep_their_first_line(pages):
    assert _error(f"{pages}/plain") == f"{pages}/plain: server error (HTTP 500: Internal failure: disk full)"
