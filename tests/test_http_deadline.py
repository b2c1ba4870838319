"""A deadline exchange (``kg serve`` over a remote endpoint) follows redirects itself: the
deadline holds across the hops (httpx gave each hop the whole time left, so six slow
redirects held a 2 s query for 9 s), with httpx's own rules for method, body, auth and limit.
And a watchdog that fires as its reply ends must not shut down the pooled connection under
the next query."""

from __future__ import annotations

import functools
import json
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from serving import loopback

from kg.errors import QueryTimeout, StoreError
from kg.store.http_deadline import exchange_by
from kg.store.sparql import SparqlStore

#: client ports of the answered requests, in order
_ports: list[int] = []
_arrived = threading.Event()
_go = threading.Event()


class _Hops(BaseHTTPRequestHandler):
    """``?hops=N&status=S&delay=D[&to=BASE]``: N redirects with status S, each after D s, the
    first to BASE when given; then an ASK answer that also says what the last request was."""

    protocol_version = "HTTP/1.1"  # keep-alive: the connection goes back to the pool

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        hops = int(params.get("hops", 0))
        if hops > 0:
            time.sleep(float(params.get("delay", 0)))
            to = params.pop("to", "")
            self.send_response(int(params["status"]))
            self.send_header("Location", f"{to}/?{urllib.parse.urlencode({**params, 'hops': hops - 1})}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        _ports.append(self.client_address[1])
        if b"hold" in body:  # wait until the test says go
            _arrived.set()
            _go.wait(10)
        said = {"method": self.command, "body": body.decode(), "auth": self.headers.get("Authorization")}
        reply = json.dumps({"head": {}, "boolean": True, **said}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    yield from loopback(_Hops)


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[str]:
    """Another origin (another port)."""
    yield from loopback(_Hops)


def test_the_deadline_holds_across_redirects(base: str) -> None:
    """Six redirects of 0.4 s each: each in time on its own, together past the 0.6 s deadline."""
    with SparqlStore(f"{base}/?hops=6&status=307&delay=0.4", timeout=20) as store:
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="took longer than its deadline"):
            store.query_capped("ASK { }", max_rows=10, deadline=started + 0.6)
        took = time.monotonic() - started
    assert 0.6 <= took < 1.6, took  # without the deadline the six hops take 2.4 s; a busy machine adds some


def test_redirects_in_time_are_followed(base: str) -> None:
    with SparqlStore(f"{base}/?hops=3&status=307", timeout=20) as store:
        answer, cut = store.query_capped("ASK { }", max_rows=10, deadline=time.monotonic() + 5)
    assert answer.boolean is True and not cut


def _both(url: str, **client: object) -> tuple[dict[str, object], dict[str, object]]:
    """What the last server heard after httpx's own redirects, and after ours."""
    with httpx.Client(**client) as plain:  # type: ignore[arg-type]
        theirs = plain.post(url, content=b"q=1", follow_redirects=True).json()
    with httpx.Client(**client) as ours_client:  # type: ignore[arg-type]
        ours = exchange_by(ours_client, time.monotonic() + 5, "POST", url, connect=5, content=b"q=1").json()
    return theirs, ours


@pytest.mark.parametrize(
    ("status", "method"), [(301, "GET"), (302, "GET"), (303, "GET"), (307, "POST"), (308, "POST")]
)
def test_redirects_keep_or_change_the_method_as_httpx_does(base: str, status: int, method: str) -> None:
    theirs, ours = _both(f"{base}/?hops=2&status={status}")
    assert ours == theirs
    assert (ours["method"], ours["body"]) == (method, "q=1" if method == "POST" else "")


@pytest.mark.parametrize("cross", [False, True])
def test_credentials_follow_only_same_origin_redirects(base: str, elsewhere: str, cross: bool) -> None:
    to = f"&to={urllib.parse.quote(elsewhere)}" if cross else ""
    theirs, ours = _both(f"{base}/?hops=2&status=307{to}", auth=httpx.BasicAuth("u", "p"))
    assert ours == theirs
    assert (ours["auth"] is None) is cross


def test_the_redirect_limit_is_httpx_s(base: str) -> None:
    url = f"{base}/?hops=4&status=307"
    with httpx.Client(max_redirects=3) as client:
        with pytest.raises(httpx.TooManyRedirects):
            client.post(url, content=b"q=1", follow_redirects=True)
        with pytest.raises(httpx.TooManyRedirects):
            exchange_by(client, time.monotonic() + 5, "POST", url, connect=5, content=b"q=1")
    with httpx.Client(max_redirects=4) as client:
        assert exchange_by(client, time.monotonic() + 5, "POST", url, connect=5).json()["boolean"] is True


@pytest.mark.parametrize("deadline", [None, 5.0])
def test_a_redirect_loop_is_one_line_not_a_traceback(base: str, deadline: float | None) -> None:
    from kg.store.http_client import HttpClient

    client = HttpClient(timeout=5)
    try:
        with pytest.raises(StoreError, match=r"query failed \(too many redirects\)"):
            client.request(
                "GET",
                f"{base}/?hops=99&status=307",
                what="query",
                deadline=None if deadline is None else time.monotonic() + deadline,
            )
    finally:
        client.close()


#: the watchdogs _HeldTimer holds, oldest first
_held: list[Callable[[], object]] = []


class _HeldTimer:
    """A watchdog timer that never fires by itself and that cancel() cannot stop: as if its
    thread had started just as the reply ended. The test fires it when it likes."""

    def __init__(
        self, interval: float, function: Callable[..., object], args: tuple[object, ...] = ()
    ) -> None:
        self.daemon = True
        _held.append(functools.partial(function, *args))

    def start(self) -> None:
        """Held."""

    def cancel(self) -> None:
        """Too late."""


def test_a_late_watchdog_leaves_the_next_query_alone(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Query A ends, its connection goes back to the pool, query B takes it; A's watchdog, already
    running, must not shut it down under B ("Server disconnected without sending a response")."""
    monkeypatch.setattr(threading, "Timer", _HeldTimer)
    _held.clear()
    with SparqlStore(f"{base}/", timeout=20) as store:
        assert store.query_capped("ASK { }", max_rows=1, deadline=time.monotonic() + 5)[0].boolean
        late_watchdog = _held[0]
        _arrived.clear()
        _go.clear()
        outcome: list[object] = []

        def query_b() -> None:
            try:
                outcome.append(
                    store.query_capped("ASK { } # hold", max_rows=1, deadline=time.monotonic() + 5)
                )
            except Exception as err:  # what the test reports
                outcome.append(err)

        b = threading.Thread(target=query_b)
        b.start()
        assert _arrived.wait(5)
        late_watchdog()  # while B waits for its answer on A's connection
        _go.set()
        b.join(5)
    assert _ports[-2] == _ports[-1], "B should have reused A's connection"
    assert not isinstance(outcome[0], Exception), outcome[0]
