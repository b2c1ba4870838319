"""Real SPARQL servers for tests, started on loopback in a temporary folder and stopped after.

- Oxigraph server: the ``oxigraph`` binary of the PyPI package ``oxigraph`` (next to this
  Python), run with ``--union-default-graph`` as our plain queries need.
- Virtuoso open source: ``virtuoso-t`` from the Debian package ``virtuoso-opensource``, with
  its own ini (database files in the temporary folder, HTTP and SQL ports on 127.0.0.1);
  writes go to ``/sparql-auth`` with Digest auth as dba.

Use the pytest fixtures ``oxigraph_server`` and ``virtuoso_server`` (session-scoped), or
``start_oxigraph(dir)`` / ``start_virtuoso(dir)`` as context managers.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from kg.store.sparql import SparqlStore

VIRTUOSO_MISSING = (
    "virtuoso-t not found: install Virtuoso open source "
    "(apt-get install -y virtuoso-opensource); CI installs it in .ci/run"
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running SPARQL server and how to reach it."""

    name: str
    query_url: str
    update_url: str
    process: subprocess.Popen[bytes]
    log: Path
    gsp_url: str | None = None
    options: dict[str, object] = field(default_factory=dict)

    def store(self, **options: object) -> SparqlStore:
        merged = {"update_endpoint": self.update_url, **self.options, **options}
        return SparqlStore(self.query_url, **merged)  # type: ignore[arg-type]

    def clear(self) -> None:
        """Drop every graph we wrote (not the server's own system graphs)."""
        with self.store() as store:
            from kg.store.base import Change

            graphs = tuple(store.graphs())  # type: ignore[attr-defined]
            if graphs:
                store.apply(Change(drop_graphs=graphs))


def _wait_http(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: server exited ({process.returncode}): {log.read_text()[-2000:]}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url}: no answer after {timeout:.0f} s: {log.read_text()[-2000:]}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()  # the data is thrown away: no need for a clean checkpoint
        process.wait(timeout=10)


def oxigraph_binary() -> Path | None:
    candidate = Path(sys.executable).parent / "oxigraph"
    if candidate.exists():
        return candidate
    found = shutil.which("oxigraph")
    return Path(found) if found else None


@contextmanager
def start_oxigraph(folder: Path) -> Iterator[Server]:
    binary = oxigraph_binary()
    if binary is None:
        pytest.fail("oxigraph binary not found: pip install oxigraph (a dev dependency)")
    port = free_port()
    log = folder / "oxigraph.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(binary),
                "serve",
                "--location",
                str(folder / "data"),
                "--bind",
                f"127.0.0.1:{port}",
                "--union-default-graph",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_http(f"{base}/query", process, log, timeout=20)
        yield Server(
            name="oxigraph-server",
            query_url=f"{base}/query",
            update_url=f"{base}/update",
            gsp_url=f"{base}/store",
            process=process,
            log=log,
        )
    finally:
        _stop(process)


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 0
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
HTTPThreadSize = 280000
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
"""


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


@contextmanager
def start_virtuoso(folder: Path) -> Iterator[Server]:
    binary = virtuoso_binary()
    if binary is None:
        pytest.fail(VIRTUOSO_MISSING)
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(dir=folder, http_port=http_port, sql_port=sql_port))
    log = folder / "virtuoso.out"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)],
            cwd=folder,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{http_port}"
    try:
        _wait_http(f"{base}/sparql", process, log, timeout=60)
        yield Server(
            name="virtuoso",
            # /sparql-auth takes reads and writes for an authenticated user (Digest)
            query_url=f"{base}/sparql-auth",
            update_url=f"{base}/sparql-auth",
            process=process,
            log=log,
            options={"auth": "digest", "user": "dba", "password": "dba"},
        )
    finally:
        _stop(process)


#: one server of each kind per test session, however many modules import the fixtures
_RUNNING: dict[str, Server] = {}


def _shared(
    request: pytest.FixtureRequest, name: str, start: Callable[[Path], AbstractContextManager[Server]]
) -> Server:
    if name not in _RUNNING:
        folder = request.getfixturevalue("tmp_path_factory").mktemp(name)
        context = start(folder)
        _RUNNING[name] = context.__enter__()

        def stop() -> None:
            del _RUNNING[name]
            context.__exit__(None, None, None)

        request.config.add_cleanup(stop)
    return _RUNNING[name]


@pytest.fixture(scope="session")
def oxigraph_server(request: pytest.FixtureRequest) -> Server:
    """An Oxigraph server for the whole session (clear() it before use)."""
    return _shared(request, "oxigraph-server", start_oxigraph)


@pytest.fixture(scope="session")
def virtuoso_server(request: pytest.FixtureRequest) -> Server:
    """A Virtuoso server for the whole session (clear() it before use)."""
    return _shared(request, "virtuoso", start_virtuoso)
