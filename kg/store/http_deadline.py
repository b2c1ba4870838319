"""An HTTP exchange that ends at a deadline whatever the server does (``kg serve`` over a remote
endpoint, where a query past its deadline must give back its slot at once).

httpx's timeouts bound each socket operation, not the exchange: an endpoint that sends a byte
now and then keeps a reply coming for ever, each byte restarting the read timeout. So every
timeout is the time left, the body is read in chunks checked against the deadline, and at the
deadline a watchdog shuts the socket down, which wakes a read blocked on it (closing it from
another thread would not). Left unbounded: the host name lookup, and a server that sends its
status line and headers a byte at a time (the socket is not ours to see before the headers).
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
    """Send a request and read its whole reply by ``deadline`` (``time.monotonic()``).

    Raises an ``httpx.TimeoutException`` (or the transport error of the shut-down socket) when
    the deadline comes first; ``connect`` caps the connect timeout as the client's own does.
    """
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.PoolTimeout("no time left before the deadline")
    timeout = httpx.Timeout(left, connect=min(left, connect))
    with client.stream(method, url, timeout=timeout, **kwargs) as response:  # type: ignore[arg-type]
        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _shut_down, (response,))
        watchdog.daemon = True
        watchdog.start()
        try:
            response.stream = _Until(response.stream, deadline)  # type: ignore[arg-type]
            response.read()
        finally:
            watchdog.cancel()
    return response


class _Until(httpx.SyncByteStream):
    """A reply body that stops at the first chunk to come after the deadline."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() >= self._deadline:
                raise httpx.ReadTimeout("the reply was still coming at the deadline")
            yield chunk

    def close(self) -> None:
        self._stream.close()


def _shut_down(response: httpx.Response) -> None:
    """Wake the thread reading ``response``: its read ends with an error (the connection is
    dropped, not pooled). The plain socket's shutdown, so TLS state is left alone."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):  # already closed
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
