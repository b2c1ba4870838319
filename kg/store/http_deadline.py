"""An HTTP exchange that ends at a deadline whatever the server does (``kg serve`` over a remote
endpoint, where a query past its deadline must give back its slot at once).

httpx's timeouts bound each socket operation, not the exchange: an endpoint that sends a byte
now and then keeps a reply coming for ever, each byte restarting the read timeout. So every
timeout is the time left, the body is read in chunks checked against the deadline, and at the
deadline a watchdog shuts the socket down, which wakes a read blocked on it (closing it from
another thread would not). Redirects are followed here, one exchange at a time, so that each
hop gets only the time left: httpx would give each of its 20 hops the whole of it. Left
unbounded: the host name lookup, and a server that sends its status line and headers a byte at
a time (the socket is not ours to see before the headers).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import httpx


def exchange_by(
    client: httpx.Client, deadline: float, method: str, url: str, *, connect: float, **kwargs: object
) -> httpx.Response:
    """Send a request and read its whole reply, following redirects, by ``deadline``
    (``time.monotonic()``).

    Raises an ``httpx.TimeoutException`` (or the transport error of the shut-down socket) when
    the deadline comes first; ``connect`` caps the connect timeout as the client's own does.
    Redirects follow httpx's rules (its ``next_request``), its limit, and its auth rule: the
    credentials go along only while the hops stay on the same origin (or go from http to https).
    """
    request = client.build_request(method, url, **kwargs)  # type: ignore[arg-type]
    auth: object = httpx.USE_CLIENT_DEFAULT  # httpx.Auth, None or the client's own
    for _ in range(client.max_redirects + 1):
        response = _one_exchange(client, request, auth, deadline, connect)
        if response.next_request is None:
            return response
        if not _keeps_auth(request.url, response.next_request.url):
            auth = None  # as httpx drops the Authorization header: not sent again on later hops
        request = response.next_request
    raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)


def _one_exchange(
    client: httpx.Client, request: httpx.Request, auth: object, deadline: float, connect: float
) -> httpx.Response:
    """One hop, its body read whole: the redirect's too, as httpx reads it, but by the deadline."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.PoolTimeout("no time left before the deadline", request=request)
    timeout = httpx.Timeout(left, connect=min(left, connect))
    request.extensions = {**request.extensions, "timeout": timeout.as_dict()}
    response = client.send(request, auth=auth, stream=True, follow_redirects=False)  # type: ignore[arg-type]
    watchdog = _Watchdog(response, deadline)
    try:
        response.stream = _Until(response.stream, deadline, watchdog)  # type: ignore[arg-type]
        response.read()
    finally:
        response.close()  # a no-op after read(); else the watchdog stands down
    return response


def _keeps_auth(url: httpx.URL, location: httpx.URL) -> bool:
    """httpx's rule for keeping the Authorization header on a redirect."""
    ports = {"http": 80, "https": 443}
    here = url.port or ports.get(url.scheme)
    there = location.port or ports.get(location.scheme)
    if url.host != location.host:
        return False
    return (url.scheme, here) == (location.scheme, there) or (
        (url.scheme, here, location.scheme, there) == ("http", 80, "https", 443)
    )


class _Watchdog:
    """Shuts the reply's socket down at the deadline, unless the reply is done with first.

    ``cancel()`` cannot stop a timer already running: without the lock such a timer could
    shut the connection down after it went back to the pool, under the next query."""

    def __init__(self, response: httpx.Response, deadline: float) -> None:
        self._response = response
        self._lock = threading.Lock()
        self._done = False
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if not self._done:
                _shut_down(self._response)

    def stand_down(self) -> None:
        """Before the connection can go back to the pool."""
        with self._lock:
            self._done = True
        self._timer.cancel()


class _Until(httpx.SyncByteStream):
    """A reply body that stops at the first chunk to come after the deadline, and stands the
    watchdog down when closed, before the connection is given back."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: float, watchdog: _Watchdog) -> None:
        self._stream = stream
        self._deadline = deadline
        self._watchdog = watchdog

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() >= self._deadline:
                raise httpx.ReadTimeout("the reply was still coming at the deadline")
            yield chunk

    def close(self) -> None:
        self._watchdog.stand_down()
        self._stream.close()


def _shut_down(response: httpx.Response) -> None:
    """Wake the thread reading ``response``: its read ends with an error (the connection is
    dropped, not pooled). The plain socket's shutdown, so TLS state is left alone."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):  # already closed
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
