"""``kg serve`` as a user meets it: the README's queries typed into the page's form, and a
browser that drops a keep-alive connection, which once printed a traceback on the console."""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serving import running

from kg.serve import make_server
from kg.store import open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from kg.ingest import Ingestor

    path = str(tmp_path_factory.mktemp("ux-serve") / "kg")
    with open_store(path) as s:
        assert Ingestor(s).add([str(EXAMPLE)]).added
    with open_store(path, read_only=True) as store:
        server = make_server(store, port=0, outputs=None, timeout=20)
        yield from running(server)


def test_project_prefixes_are_declared_as_in_kg_query(endpoint: str) -> None:
    """The README's first query has no PREFIX lines; `kg query` runs it, the endpoint must too."""
    response = httpx.get(
        endpoint,
        params={"query": 'SELECT ?x WHERE { ?x rdfs:label "Pakistan" }'},
        headers={"Accept": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.text.split() == ["x", "https://w3id.org/policy-kg/id/country/PAK"]


def test_syntax_error_is_positioned_in_the_users_text(endpoint: str) -> None:
    response = httpx.get(endpoint, params={"query": "SELECT ?x\nWHERE { ?x foo:bar ?y }"})
    assert response.status_code == 400
    assert response.text.strip() == (
        "SPARQL syntax error: error at 2:19: 'foo:' is an undeclared prefix "
        "(declare it with PREFIX name: <iri>)"
    )


def test_a_reset_connection_prints_no_traceback(endpoint: str, capfd: pytest.CaptureFixture[str]) -> None:
    host, port = endpoint.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    capfd.readouterr()
    for _ in range(3):
        sock = socket.create_connection((host, int(port)))
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.2)  # the answer is sent; the server waits for the next keep-alive request
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # RST instead of FIN: the server's read fails with ECONNRESET
    time.sleep(0.5)
    assert httpx.get(endpoint, params={"query": "ASK {}"}).status_code == 200
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert "ConnectionResetError" not in err


def test_the_form_gets_an_html_table_of_escaped_text(endpoint: str) -> None:
    """The index page's form answered with SPARQL JSON or XML (or a CSV download): nothing a
    reader could read. It now asks for format=html, a table; document text stays text."""
    query = 'SELECT ?s ?t WHERE { ?s dcterms:title ?t . FILTER(CONTAINS(?t, "Pakistan")) }'
    response = httpx.get(endpoint, params={"query": query, "format": "html"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "<th>s</th><th>t</th>" in response.text and "<p>1 row</p>" in response.text
    assert "Pakistan urges ‘coordinated’ global approach to end human trafficking</td>" in response.text
    assert "dcterms:title ?t . FILTER(CONTAINS(?t, &quot;Pakistan&quot;))" in response.text
    by_param = httpx.get(endpoint, params={"query": "ASK {}", "format": "html"})
    assert by_param.headers["content-type"].startswith("text/html")
    assert "<td>true</td>" in by_param.text
    index = httpx.get(endpoint.rsplit("/", 1)[0] + "/")
    assert '<select name="format">\n<option>html</option>' in index.text


def test_sparql_clients_still_get_sparql_results(endpoint: str) -> None:
    """Clients name the result types they read (or take anything); only a client that prefers
    HTML, a browser, gets the table."""
    for accept in (
        "application/sparql-results+json,application/json,text/javascript,application/javascript",
        "*/*",
        "text/html;q=0.5, application/sparql-results+json",
    ):
        response = httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Accept": accept})
        assert response.headers["content-type"] == "application/sparql-results+json", accept


def test_kg_add_against_the_read_only_endpoint_says_why(endpoint: str, tmp_path: Path) -> None:
    """The report: `kg --store URL add` blamed KG_STORE_USER/… where kg serve said it is read-only."""
    from click.testing import CliRunner

    from kg.cli import cli

    new = tmp_path / "new.txt"
    new.write_text("Kenya ratified the Paris Agreement.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", endpoint, "add", str(new)])
    assert result.exit_code == 1, result.output
    assert "updates are refused: this endpoint is read-only (HTTP 403)" in result.output
    assert "KG_STORE_USER" not in result.output and "Traceback" not in result.output
