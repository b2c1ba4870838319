"""The child side of ``kg serve``'s query processes (:mod:`kg.serve_pool`): open the store
read-only and answer the queries the server sends over a pipe, one at a time.

A query runs in a process of its own because pyoxigraph cannot stop a running query: the
server kills the process (SIGKILL) at the deadline. Nothing here can be hurt by that: the
store is open read-only, and the frozen copy it reads (kg.store.snapshot) is unlocked by the
kill and removed by the next reader that opens the store.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from multiprocessing.connection import Connection

from kg.errors import KgError
from kg.serve_guard import refuse_service, uses_service
from kg.store import open_store
from kg.store.base import Store

#: a query: its text, the most rows to read, and the seconds it may take
Request = tuple[str, int, float]


def main(location: str, conn: Connection) -> None:
    """Open the store, say ``ready`` (or the error that kept it closed), then answer requests
    until the server sends None or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the terminal is the server's to handle
    _exit_with(os.getppid())
    uses_service("service")  # load the SPARQL parser now, not in the first query that needs it
    try:
        store = open_store(location, read_only=True)
    except KgError as err:
        conn.send(("error", err))
        return
    conn.send(("ready", None))
    with store:
        while True:
            try:
                request: Request | None = conn.recv()
            except EOFError:
                return
            if request is None:
                return
            conn.send(_answer(store, *request))


def _answer(store: Store, text: str, max_rows: int, seconds: float) -> tuple[str, object]:
    deadline = time.monotonic() + seconds
    try:
        refuse_service(text)
        store.refresh()  # see what writers committed since the last query
        return ("ok", store.query_capped(text, max_rows=max_rows, deadline=deadline))
    except KgError as err:
        return ("error", err)


def _exit_with(parent: int) -> None:
    """Exit when the server dies without closing the pipe's far end cleanly (killed): a
    runaway query must not outlive it."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()
