"""`kg serve` over a remote endpoint: a query past its deadline gives its slot back then, not
when the endpoint answers or KG_STORE_TIMEOUT runs out (a few slow queries once made the server
say "all workers are busy" for minutes). The endpoint here stalls or drips its reply."""

from __future__ import annotations

import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from serving import loopback, running

from kg.errors import QueryTimeout, StoreError
from kg.serve import make_server
from kg.serve_pool import BUSY
from kg.store.sparql import SparqlStore

#: a query the endpoint answers at once, whatever its path says
QUICK = "ASK { } # quick"
SLOW = "SELECT * WHERE { ?s ?p ?o }"
#: what the store would wait without a deadline (long enough that the test fails fast without it)
STORE_TIMEOUT = 20.0
_released = threading.Event()


class _Endpoint(BaseHTTPRequestHandler):
    """Its path says how it answers a slow query: ``/silent`` never, ``/headers`` with headers
    only, ``/drip`` a byte every 0.1 s, ``/stall`` a few bytes until 0.85 s and then nothing."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        query = urllib.parse.parse_qs(self.rfile.read(length).decode())["query"][0]
        if query.endswith("# quick"):
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        started = time.monotonic()
        if self.path != "/silent":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            self.wfile.flush()
        try:
            while self.path in ("/drip", "/stall") and time.monotonic() - started < STORE_TIMEOUT:
                if self.path == "/stall" and time.monotonic() - started > 0.85:
                    break
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:  # the client cut the reply: what the fix does
            return
        _released.wait(STORE_TIMEOUT)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    for url in loopback(_Endpoint):
        yield url
        _released.set()  # let stalled handlers end before the server stops


@pytest.mark.parametrize("path", ["/silent", "/headers", "/drip", "/stall"])
def test_a_remote_query_ends_at_its_deadline(base: str, path: str) -> None:
    with SparqlStore(base + path, timeout=STORE_TIMEOUT) as store:
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="took longer than its deadline"):
            store.query_capped(SLOW, max_rows=10, deadline=started + 1.0)
        took = time.monotonic() - started
        assert 1.0 <= took < 2.0, took  # before the deadline held: 60 s, or never; headroom for a busy CI
        answer, cut = store.query_capped(QUICK, max_rows=10, deadline=time.monotonic() + 1.0)
        assert answer.boolean is True and not cut


@pytest.mark.parametrize("path", ["/silent", "/headers"])
def test_without_a_deadline_the_store_keeps_its_own_timeout(base: str, path: str) -> None:
    with SparqlStore(base + path, timeout=0.5) as store:
        assert store.query(QUICK).boolean is True
        with pytest.raises(StoreError) as caught:
            store.query(SLOW)
    assert not isinstance(caught.value, QueryTimeout)
    assert "no answer within 0.5 s (query timed out; raise the limit with KG_STORE_TIMEOUT)" in str(
        caught.value
    )


@pytest.mark.parametrize("path", ["/silent", "/drip"])
def test_a_timed_out_remote_query_frees_its_worker(base: str, path: str) -> None:
    """One worker: the query after a timed-out one is answered, not refused as busy."""
    store = SparqlStore(base + path, timeout=STORE_TIMEOUT)
    server = make_server(store, port=0, outputs=None, timeout=30, workers=1, quiet=True)
    with store:
        for url in running(server):
            started = time.monotonic()
            slow = httpx.get(url, params={"query": SLOW, "timeout": "1"}, timeout=30)
            took = time.monotonic() - started
            assert slow.status_code == 503
            assert slow.text == "the query took longer than 1 s and was abandoned\n"
            assert took < 1.5, took
            quick = httpx.get(url, params={"query": QUICK, "timeout": "1"}, timeout=30)
            assert quick.text != BUSY + "\n"
            assert quick.status_code == 200, quick.text
            assert quick.json()["boolean"] is True
