"""`kg serve`: a real SPARQL client (SPARQLWrapper, rdflib's SPARQLStore) over loopback."""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import signal
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node
from serving import QueryOnlyStore, running, write_wide_store

from kg.serve import make_server, negotiate
from kg.store import open_store
from kg.store.base import Change, QueryResult

EX = "http://example.org/"
G1 = URIRef(EX + "source/1")
PAKISTAN = URIRef(EX + "Pakistan")
PLAN = URIRef(EX + "SNAP-2021-2025")
UNODC = URIRef(EX + "UNODC")
ADOPTS = URIRef(EX + "adopts")
QUADS = (
    (PAKISTAN, RDFS.label, Literal("Pakistan"), G1),
    (PLAN, RDFS.label, Literal("Strategic National Action Plan (2021-2025)"), G1),
    (UNODC, RDFS.label, Literal('UN "Office", on Drugs'), G1),
    (PAKISTAN, ADOPTS, PLAN, G1),
)
LABELS = "SELECT ?x ?label WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    with open_store(str(path)) as store:
        store.apply(Change(insert=QUADS))
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    outputs = root / "outputs"
    (outputs / "views").mkdir(parents=True)
    (outputs / "actors.html").write_text("<html><body>actors graph</body></html>")
    (outputs / "views" / "ego <Pakistan>.html").write_text("<html>ego</html>")
    (root / "secret.txt").write_text("do not serve me")
    (outputs / "escape.txt").symlink_to(root / "secret.txt")
    return outputs


@pytest.fixture(scope="module")
def endpoint(store_path: Path, pages: Path) -> Iterator[str]:
    with open_store(str(store_path), read_only=True) as store:
        server = make_server(store, port=0, outputs=pages, timeout=10, quiet=True)
        yield from running(server)


def test_sparqlwrapper_json(endpoint: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert [(r["x"]["value"], r["label"]["value"]) for r in rows] == [
        (str(PAKISTAN), "Pakistan"),
        (str(PLAN), "Strategic National Action Plan (2021-2025)"),
        (str(UNODC), 'UN "Office", on Drugs'),
    ]


def test_sparqlwrapper_xml_by_post(endpoint: str) -> None:
    from SPARQLWrapper import POST, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(f"SELECT ?plan WHERE {{ <{PAKISTAN}> <{ADOPTS}> ?plan }}")
    client.setReturnFormat(XML)
    document = client.query().convert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert uris == [str(PLAN)]


def test_sparqlwrapper_csv(endpoint: str) -> None:
    from SPARQLWrapper import CSV, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(LABELS)
    client.setReturnFormat(CSV)
    text = client.query().convert().decode("utf-8")  # type: ignore[union-attr]
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["x", "label"]
    assert rows[3] == [str(UNODC), 'UN "Office", on Drugs']


def test_rdflib_sparqlstore(endpoint: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = SPARQLStore(endpoint, returnFormat="json")
    graph = Graph(store=remote)
    rows = list(graph.query(f"SELECT ?label WHERE {{ <{PAKISTAN}> <{RDFS.label}> ?label }}"))
    assert [str(r[0]) for r in rows] == ["Pakistan"]  # type: ignore[index]
    assert graph.query(f"ASK {{ <{PAKISTAN}> <{ADOPTS}> <{PLAN}> }}").askAnswer is True
    remote.close()


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/n-quads", "application/n-quads", "nquads"),
        (None, "text/turtle", "turtle"),
    ],
)
def test_construct_by_accept(endpoint: str, accept: str | None, media: str, fmt: str) -> None:
    headers = {"Accept": accept} if accept else {}
    query = f"CONSTRUCT {{ ?a <{ADOPTS}> ?p }} WHERE {{ ?a <{ADOPTS}> ?p }}"
    response = httpx.post(endpoint, data={"query": query}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    # our N-Quads of a CONSTRUCT are triple lines (the default graph): read them as N-Triples
    graph = Graph().parse(data=response.text, format="nt" if fmt == "nquads" else fmt)
    assert set(graph) == {(PAKISTAN, ADOPTS, PLAN)}


def test_tsv_and_raw_sparql_query_body(endpoint: str) -> None:
    response = httpx.post(
        endpoint,
        content=LABELS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"},
    )
    assert response.status_code == 200
    lines = response.text.splitlines()
    assert lines[0] == "?x\t?label"
    assert lines[1] == f'<{PAKISTAN}>\t"Pakistan"'


def test_updates_are_refused(endpoint: str, store_path: Path) -> None:
    drop = f"DROP GRAPH <{G1}>"
    assert httpx.post(endpoint, data={"update": drop}).status_code == 403
    assert (
        httpx.post(endpoint, content=drop, headers={"Content-Type": "application/sparql-update"}).status_code
        == 403
    )
    refused = httpx.get(endpoint, params={"query": drop})
    assert refused.status_code == 403
    assert "read-only" in refused.text
    assert httpx.put(endpoint, content=b"").status_code == 405
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(drop)
    with pytest.raises(Exception, match="403"):
        client.query()
    # and the data is still there
    assert json.loads(httpx.get(endpoint, params={"query": f"ASK {{ <{PAKISTAN}> ?p ?o }}"}).text)["boolean"]


def test_syntax_error_is_400_with_the_message(endpoint: str) -> None:
    response = httpx.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert response.text.strip()
    assert httpx.get(endpoint).status_code == 400  # no query at all


def test_a_browser_gets_an_html_table(endpoint: str) -> None:
    """A query link opened in a browser tab shows a table, with every value escaped."""
    query = 'SELECT ?x WHERE { BIND("<b>x</b>" AS ?x) }'
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = httpx.get(endpoint, params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<td>&lt;b&gt;x&lt;/b&gt;</td>" in response.text
    assert "<b>x</b>" not in response.text


def test_index_lists_the_pages(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0]
    index = httpx.get(base + "/")
    assert index.status_code == 200
    assert 'href="/actors.html"' in index.text
    assert "ego &lt;Pakistan&gt;.html" in index.text
    page = httpx.get(base + "/actors.html")
    assert page.text == "<html><body>actors graph</body></html>"
    assert page.headers["content-type"].startswith("text/html")
    assert httpx.get(base + "/views/" + urllib.parse.quote("ego <Pakistan>.html")).status_code == 200
    assert httpx.get(base + "/missing.html").status_code == 404


@pytest.mark.parametrize(
    "path", ["/../secret.txt", "/%2e%2e/secret.txt", "/views/../../secret.txt", "/escape.txt"]
)
def test_paths_outside_outputs_are_refused(endpoint: str, path: str) -> None:
    host, port = urllib.parse.urlsplit(endpoint).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        connection.request("GET", path)  # sent as is: no client-side normalization
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    assert response.status in (403, 404)
    assert b"do not serve me" not in body


class _SlowStore(QueryOnlyStore):
    """A store whose queries wait until released: the server must give up first."""

    location = "slow"

    def __init__(self) -> None:
        self.release = threading.Event()

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        self.release.wait(10)
        return QueryResult(kind="ask", boolean=True)


def test_a_slow_query_times_out_with_503() -> None:
    store = _SlowStore()
    server = make_server(store, port=0, outputs=None, timeout=0.3, quiet=True)
    try:
        for url in running(server):
            response = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=5)
            assert response.status_code == 503
            assert "0.3 s" in response.text
    finally:
        store.release.set()


def test_rows_are_capped(store_path: Path) -> None:
    with open_store(str(store_path), read_only=True) as store:
        server = make_server(store, port=0, outputs=None, max_rows=2, quiet=True)
        for url in running(server):
            response = httpx.get(url, params={"query": LABELS})
            assert len(response.json()["results"]["bindings"]) == 2
            assert response.headers["x-sparql-maxrows"] == "2"


def test_negotiation() -> None:
    assert negotiate(None, "select") == "json"
    assert negotiate("*/*", "graph") == "turtle"
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", "select") == "xml"
    assert negotiate("text/html", "select") == "html"
    assert negotiate("text/html", "graph") == "html"
    assert negotiate("text/html;q=0.1, application/json", "ask") == "json"
    assert negotiate("image/png", "select") is None
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert negotiate(browser, "select") == "html"
    assert negotiate("text/csv", "select", requested="tsv") == "tsv"


def test_kg_serve_command(store_path: Path, pages: Path) -> None:
    """The CLI end to end: start, answer a query over loopback, stop on Ctrl-C."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-c", "from kg.cli import main; main()", "--store", str(store_path)]
    command += ["serve", "--port", "0", "--outputs", str(pages)]
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        assert "SPARQL endpoint: http://127.0.0.1:" in banner, banner
        url = banner.split()[2]
        response = httpx.get(url, params={"query": f"ASK {{ <{PAKISTAN}> <{ADOPTS}> <{PLAN}> }}"}, timeout=10)
        assert response.json()["boolean"] is True
    finally:
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=10)
    assert process.returncode == 0, rest


@pytest.fixture(scope="module")
def wide_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 quads: a join of everything with everything has 9,000,000 rows."""
    return write_wide_store(tmp_path_factory.mktemp("wide") / "store")


CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"


def test_a_huge_result_is_read_only_up_to_the_cap(wide_store: Path) -> None:
    with open_store(str(wide_store), read_only=True) as store:
        server = make_server(store, port=0, outputs=None, max_rows=1000, timeout=20, quiet=True)
        for url in running(server):
            response = httpx.get(url, params={"query": CROSS, "format": "csv"}, timeout=30)
            assert response.status_code == 200
            assert response.headers["x-sparql-maxrows"] == "1000"
            assert len(response.text.splitlines()) == 1001  # header + the cap, out of 9,000,000
            assert response.elapsed.total_seconds() < 10  # reading all 9M rows takes minutes


def test_a_timed_out_query_stops_and_frees_its_worker(wide_store: Path) -> None:
    with open_store(str(wide_store), read_only=True) as store:
        server = make_server(store, port=0, outputs=None, max_rows=10**8, timeout=30, workers=1, quiet=True)
        for url in running(server):
            response = httpx.get(url, params={"query": CROSS, "timeout": "0.5"}, timeout=30)
            assert response.status_code == 503
            assert "0.5 s" in response.text
            follow = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
            assert follow.status_code == 200, follow.text  # one worker: it was stopped and replaced
            assert follow.json()["boolean"] is True


def test_a_port_in_use_is_a_one_line_error(store_path: Path) -> None:
    from kg.errors import KgError

    with open_store(str(store_path), read_only=True) as store:
        first = make_server(store, port=0, outputs=None, quiet=True)
        try:
            with pytest.raises(KgError, match=r"^127\.0\.0\.1:\d+: cannot listen there \("):
                make_server(store, port=first.server_address[1], outputs=None, quiet=True)
        finally:
            first.server_close()


def test_sources_added_while_serving_are_seen(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(str(path)) as store:
        store.apply(Change(insert=QUADS))
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    with open_store(str(path), read_only=True) as reader:
        server = make_server(reader, port=0, outputs=None, quiet=True)
        for url in running(server):
            before = int(
                httpx.get(url, params={"query": count}).json()["results"]["bindings"][0]["n"]["value"]
            )
            extra = (
                "import sys; from rdflib import URIRef, Literal; from kg.store import open_store; "
                "from kg.store.base import Change; s = open_store(sys.argv[1]); "
                "s.apply(Change(insert=((URIRef('http://example.org/x'), URIRef('http://example.org/p'), "
                "Literal('new'), URIRef('http://example.org/g9')),))); s.close()"
            )
            subprocess.run([sys.executable, "-c", extra, str(path)], check=True, timeout=60)
            after = int(
                httpx.get(url, params={"query": count}).json()["results"]["bindings"][0]["n"]["value"]
            )
            assert after == before + 1
