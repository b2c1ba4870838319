"""`kg serve` against strangers' queries: a query past its deadline is really stopped (its
worker process killed, its slot free again), and SERVICE never makes the server send a request."""

from __future__ import annotations

import http.client
import os
import select
import signal
import socket
import time
import urllib.parse
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from rdflib.namespace import RDFS
from rdflib.term import Node
from serving import QueryOnlyStore, running, write_wide_store

from kg.errors import QueryTimeout
from kg.serve import SparqlServer, make_server
from kg.serve_pool import ProcessPool
from kg.store import open_store
from kg.store.base import QueryResult

EX = "http://example.org/"
#: 3,000 quads joined three ways: 2.7e10 rows to count, far more than any deadline here
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LABEL_OF_S7 = f"SELECT ?label WHERE {{ <{EX}s7> <{RDFS.label}> ?label }}"


@pytest.fixture(scope="module")
def wide_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_wide_store(tmp_path_factory.mktemp("limits") / "store")


@pytest.fixture(scope="module")
def server(wide_store: Path) -> Iterator[SparqlServer]:
    with open_store(str(wide_store), read_only=True) as store:
        server = make_server(store, port=0, outputs=None, timeout=30, workers=4, quiet=True)
        for _ in running(server):
            yield server


@pytest.fixture(scope="module")
def endpoint(server: SparqlServer) -> str:
    return f"{server.url}/sparql"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_four_runaway_queries_are_killed_and_the_next_one_is_answered(
    server: SparqlServer, endpoint: str
) -> None:
    pool = server.runner
    assert isinstance(pool, ProcessPool)
    params = {"query": RUNAWAY, "timeout": "3"}
    with ThreadPoolExecutor(4) as clients:
        replies = [clients.submit(httpx.get, endpoint, params=params, timeout=60) for _ in range(4)]
        started = time.monotonic()
        while len(pool.pids()) < 4 and time.monotonic() - started < 3:
            time.sleep(0.02)
        running = pool.pids()  # the four processes the queries run in
        responses = [reply.result() for reply in replies]
    assert len(running) == 4
    for response in responses:
        assert response.status_code == 503
        assert response.text == "the query took longer than 3 s and was stopped\n"
    assert not [pid for pid in running if _alive(pid)]  # killed, not left to burn CPU
    assert len(pool.pids()) == 4 and not set(pool.pids()) & set(running)  # fresh ones in their place
    answer = httpx.get(endpoint, params={"query": LABEL_OF_S7}, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"]["bindings"][0]["label"]["value"] == "label 7"


def test_a_worker_that_died_idle_is_replaced_and_the_query_answered(
    server: SparqlServer, endpoint: str
) -> None:
    """Killed while idle (out of memory, a stray kill -9): the client gets its answer, not an
    empty reply (the dead pipe's error once looked like a client that hung up)."""
    pool = server.runner
    assert isinstance(pool, ProcessPool)
    first = httpx.get(endpoint, params={"query": LABEL_OF_S7}, timeout=30)
    assert first.status_code == 200, first.text
    for pid in pool.pids():
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.3)
    for _ in range(3):  # each dead idle worker is found out and replaced in turn
        answer = httpx.get(endpoint, params={"query": LABEL_OF_S7}, timeout=30)
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"]["bindings"][0]["label"]["value"] == "label 7"


def test_a_worker_killed_while_it_opens_the_store_is_replaced(wide_store: Path) -> None:
    """A fresh worker (put in place of one stopped at its deadline) killed before it has opened
    the store was sent nothing: the next query goes to another worker instead of failing (CI
    once saw 'stopped unexpectedly (exit code -9)' here)."""
    pool = ProcessPool(str(wide_store), size=2)
    try:
        with pytest.raises(QueryTimeout):
            pool.run(RUNAWAY, max_rows=10, timeout=0.5)  # its worker is killed; a fresh one starts
        starting = pool.pids()
        assert len(starting) == 1
        os.kill(starting[0], signal.SIGKILL)  # long before it can have imported kg and opened the store
        time.sleep(0.3)
        result, cut = pool.run(LABEL_OF_S7, max_rows=10, timeout=30)
        assert [str(row[0]) for row in result.rows] == ["label 7"] and not cut
        assert starting[0] not in pool.pids()
    finally:
        pool.close()


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback port that records connections and never answers them."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield sock
    finally:
        sock.close()


def _connected(sock: socket.socket) -> bool:
    return bool(select.select([sock], [], [], 0.3)[0])


@pytest.mark.parametrize(
    "pattern",
    [
        "SERVICE <{url}> {{ ?s ?p ?o }}",
        "?x ?y ?z OPTIONAL {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "?x ?y ?z FILTER EXISTS {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    ],
)
def test_service_is_refused_and_no_request_leaves(
    endpoint: str, listener: socket.socket, pattern: str
) -> None:
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/internal"
    query = "SELECT * WHERE { " + pattern.format(url=url) + " }"
    by_get = httpx.get(endpoint, params={"query": query, "timeout": "5"}, timeout=30)
    by_post = httpx.post(endpoint, data={"query": query, "timeout": "5"}, timeout=30)
    for response in (by_get, by_post):
        assert response.status_code == 400, response.text
        assert response.text.startswith("SERVICE is refused: ")
        assert response.text.count("\n") == 1
    assert not _connected(listener)


def test_a_literal_naming_service_is_answered(endpoint: str) -> None:
    text = "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o }"
    query = f'SELECT ?x WHERE {{ BIND("{text}" AS ?x) ?s <{EX}SERVICE>* ?s }} # SERVICE in a comment\nLIMIT 1'
    response = httpx.get(endpoint, params={"query": query}, timeout=30)
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"][0]["x"]["value"] == text


@pytest.mark.parametrize("value", ["soon", "0", "-1", "inf", "nan"])
def test_a_timeout_parameter_must_be_seconds(endpoint: str, value: str) -> None:
    response = httpx.get(endpoint, params={"query": "ASK {}", "timeout": value}, timeout=30)
    assert response.status_code == 400
    assert response.text == "timeout= must be a number of seconds above 0\n"


def test_keep_alive_answers_come_without_the_delayed_ack_wait(endpoint: str) -> None:
    """Headers and body went out in two writes: with Nagle's algorithm on, each answer on a
    kept-alive connection waited ~40 ms for the client's delayed ACK."""
    parts = urllib.parse.urlsplit(endpoint)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    path = parts.path + "?" + urllib.parse.urlencode({"query": LABEL_OF_S7})
    times = []
    try:
        for _ in range(8):
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            assert response.status == 200
            response.read()
            times.append(time.perf_counter() - started)
    finally:
        connection.close()
    assert min(times[1:]) < 0.03, times


class _MustNotQuery(QueryOnlyStore):
    """A store other than the embedded one (queries run in threads): it must never see SERVICE."""

    location = "elsewhere"

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        if "SERVICE" in sparql:
            raise AssertionError("a SERVICE query reached the store")
        return QueryResult(kind="ask", boolean=True)


def test_service_is_refused_over_other_stores_too() -> None:
    server = make_server(_MustNotQuery(), port=0, outputs=None, timeout=5, quiet=True)
    for url in running(server):
        refused = httpx.get(url, params={"query": "ASK { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"})
        assert refused.status_code == 400
        assert refused.text.startswith("SERVICE is refused: ")
        assert httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
