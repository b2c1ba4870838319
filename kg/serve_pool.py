"""Where ``kg serve`` runs its queries, with a deadline that really stops them.

pyoxigraph cannot interrupt a query in a thread: a join that runs for minutes keeps its
thread, and its CPU, until it ends. So over the embedded store each query runs in a warm
worker process (:mod:`kg.serve_worker`) that holds its own read-only view of the store; at the
deadline the process is killed and a fresh one takes its place, so its slot is free again at
once. Processes start as queries need them, up to ``size``, and stay for the next queries
(a fast query costs a pipe round trip, not a process start).

Other stores (a remote SPARQL endpoint, where the work runs elsewhere) run their queries in a
thread, and the store ends the query at the deadline itself: over an endpoint the HTTP exchange
is cut then (:mod:`kg.store.http_deadline`), not when KG_STORE_TIMEOUT runs out.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
import time
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Protocol

from kg.errors import KgError, QueryTimeout
from kg.store.base import QueryResult, Store

BUSY = "all workers are busy with earlier queries; try again in a while"
#: how long ``kg serve`` waits for its first query process to open the store
STARTUP_SECONDS = 120.0


class Runner(Protocol):
    """Runs a query within ``timeout`` seconds: (at most ``max_rows`` rows, whether it was cut)."""

    def run(self, text: str, *, max_rows: int, timeout: float) -> tuple[QueryResult, bool]: ...

    def close(self) -> None: ...


def runner_for(store: Store, *, workers: int) -> Runner:
    """Worker processes over the embedded store, threads over any other."""
    from kg.store.oxigraph import OxigraphStore

    if isinstance(store, OxigraphStore):
        return ProcessPool(str(Path(store.location).resolve()), size=workers)
    return ThreadRunner(store, workers=workers)


class _Dead(Exception):
    """The worker's process is gone before it was sent the query (not a client that hung up:
    an OSError here would be taken for one and the client would get no answer at all)."""


class _Starting(Exception):
    """A new worker process was still opening the store at the deadline (it is left to finish)."""


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: multiprocessing.context.SpawnContext, location: str) -> None:
        from kg.serve_worker import main

        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=main, args=(location, child), name="kg-query", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, deadline: float) -> None:
        """Wait until the new process has opened the store (:class:`_Starting` at ``deadline``);
        raise the error that kept it from opening the store."""
        if self.ready:
            return
        try:
            kind, value = self._receive(deadline)
        except TimeoutError:
            raise _Starting from None
        except EOFError as err:  # killed while it opened the store: it was sent nothing yet
            raise _Dead from err
        if kind == "error":
            raise value  # type: ignore[misc]
        self.ready = True

    def ask(self, request: tuple[str, int, float], deadline: float) -> tuple[str, object]:
        """Send a query, wait for the answer until ``deadline`` (TimeoutError after)."""
        self.wait_ready(deadline)
        try:
            self.conn.send(request)
        except OSError as err:  # the process died while idle (killed, out of memory): nothing ran
            raise _Dead from err
        try:
            return self._receive(deadline)
        except EOFError as err:  # it died while the query ran: the query may be what killed it
            self.process.join(1.0)
            code = self.process.exitcode
            raise KgError(f"the query's worker process stopped unexpectedly (exit code {code})") from err

    def _receive(self, deadline: float) -> tuple[str, object]:
        """The next message (TimeoutError at ``deadline``; EOFError if the process is gone)."""
        if not self.conn.poll(max(0.0, deadline - time.monotonic())):
            raise TimeoutError
        return self.conn.recv()  # type: ignore[no-any-return]

    def stop(self, *, wait: float = 0.0) -> None:
        """Ask the process to close its store and exit (within ``wait`` s), else kill it."""
        if wait:
            with contextlib.suppress(OSError):  # already gone
                self.conn.send(None)
            self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class ProcessPool:
    """Up to ``size`` worker processes over the embedded store at ``location``, one query each
    at a time. The first is started (and has opened the store) before the server answers."""

    def __init__(self, location: str, *, size: int) -> None:
        self._context = multiprocessing.get_context("spawn")  # no fork of a process holding RocksDB
        self._location = location
        self._size = size
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._count = 1  # processes started or being started, up to ``size``
        self._closed = False
        first = self._spawn()
        try:
            first.wait_ready(time.monotonic() + STARTUP_SECONDS)
        except _Starting:
            self.close()
            raise KgError(f"{location}: no query process opened the store in {STARTUP_SECONDS:g} s") from None
        except _Dead:
            self.close()
            code = first.process.exitcode
            raise KgError(
                f"{location}: the query process stopped before it opened the store (exit code {code})"
            ) from None
        except BaseException:
            self.close()
            raise
        self._idle.put(first)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    def run(self, text: str, *, max_rows: int, timeout: float) -> tuple[QueryResult, bool]:
        deadline = time.monotonic() + timeout
        worker = self._take(deadline)
        try:
            for _ in range(self._size):  # a worker that died idle ran nothing: ask another
                try:
                    kind, value = worker.ask(
                        (text, max_rows, max(0.0, deadline - time.monotonic())), deadline
                    )
                    break
                except _Dead:
                    self._replace(worker)
                    worker = self._take(deadline)
            else:
                kind, value = worker.ask((text, max_rows, max(0.0, deadline - time.monotonic())), deadline)
        except _Dead as err:
            self._replace(worker)
            raise KgError("no query process could be reached; try again") from err
        except _Starting:
            self._idle.put(worker)  # not running anything yet: let it finish starting
            raise QueryTimeout(
                f"no query process was ready within {timeout:g} s; try again in a while"
            ) from None
        except TimeoutError:
            self._replace(worker)  # the query may run on for minutes: stop it
            raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped") from None
        except BaseException as err:
            self._replace(worker)
            if self._closed:
                raise KgError("the server stopped while the query ran") from err
            raise
        self._idle.put(worker)
        if isinstance(value, QueryTimeout):  # the worker stopped it itself, between two rows
            raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped")
        if kind == "error":
            raise value  # type: ignore[misc]
        return value  # type: ignore[return-value]

    def _take(self, deadline: float) -> _Worker:
        """An idle worker; else a new one while there are fewer than ``size``; else the first
        to come back before the deadline."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            grow = self._count < self._size
            self._count += grow
        if grow:
            try:
                return self._spawn()
            except BaseException:
                with self._lock:
                    self._count -= 1
                raise
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(BUSY) from None

    def _spawn(self) -> _Worker:
        """Start a worker process; it opens the store on its own (:meth:`_Worker.wait_ready`)."""
        with self._lock:  # held while starting, so close() never misses a process
            if self._closed:
                raise KgError("the server is stopping")
            try:
                worker = _Worker(self._context, self._location)
            except OSError as err:
                raise KgError(f"cannot start a query process ({err.strerror or err})") from err
            self._workers.add(worker)
            return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and put a fresh process in its place (it opens the store while idle)."""
        with self._lock:
            self._workers.discard(worker)
        worker.stop()
        try:
            self._idle.put(self._spawn())
        except KgError:  # stopping, or no process to be had now: a later query starts one
            with self._lock:
                self._count -= 1

    def close(self) -> None:
        """Stop every worker: idle ones close their store first; busy ones are killed."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        idle: set[_Worker] = set()
        while True:
            try:
                idle.add(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in workers:
            if worker in idle:
                worker.stop(wait=2.0)
            else:  # busy: the request thread that holds it reaps it (``_replace``)
                worker.process.kill()


class ThreadRunner:
    """Queries in daemon threads, at most ``workers`` at once, for stores whose queries run
    elsewhere. A thread past its deadline is abandoned; its store's ``query_capped`` ends it
    then too (a remote endpoint's reply is cut), so its slot is free again at once."""

    def __init__(self, store: Store, *, workers: int) -> None:
        self._store = store
        self._slots = threading.BoundedSemaphore(workers)

    def run(self, text: str, *, max_rows: int, timeout: float) -> tuple[QueryResult, bool]:
        from kg.serve_guard import refuse_service

        deadline = time.monotonic() + timeout
        if not self._slots.acquire(timeout=timeout):
            raise QueryTimeout(BUSY)
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                refuse_service(text)
                outcome["value"] = self._store.query_capped(text, max_rows=max_rows, deadline=deadline)
            except BaseException as err:  # handed to the waiting request thread
                outcome["error"] = err
            finally:
                self._slots.release()

        worker = threading.Thread(target=work, name="kg-query", daemon=True)
        worker.start()
        worker.join(max(0.0, deadline - time.monotonic()))
        error = outcome.get("error")
        if worker.is_alive() or isinstance(error, QueryTimeout):
            raise QueryTimeout(f"the query took longer than {timeout:g} s and was abandoned")
        if error is not None:
            raise error  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]

    def close(self) -> None:
        """Nothing to stop: abandoned threads are daemons and end with the process."""
