"""PDF pages read in a child process under memory and time limits, so that a PDF which needs
gigabytes or minutes (a page drawing one form ten thousand times; forms nested six deep, each
drawing the next ten times) is refused in one line, and the process holding the store lives.

One warm child (:mod:`kg.sources.pdf_worker`) per process serves every PDF in turn: started
on the first one, replaced when it dies or is killed at a deadline. Starting Python and
PDFium costs about 0.2 s, too much to pay per file in a folder of a thousand. Loading is
serial in ``kg add`` and ``kg extract`` (``--jobs`` workers extract documents already loaded),
so one child is enough; threads take turns, as they did for PDFium in-process.

Elsewhere than Linux (no RLIMIT_AS to count on) pages are read in this process, as before.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time

from kg.errors import SourceError
from kg.sources.base import MB, PDF_MB_ENV, PDF_SECONDS_ENV, Limits
from kg.sources.pdf_worker import HEAD, decode_pages, write_frame

# Beyond the floor (Limits.pdf_seconds), a deadline grows by this much per MB of PDF: PDFium
# reads an ordinary 40 MB page stream in about 3 s.
SECONDS_PER_MB = 2.0
START_SECONDS = 60.0  # for the child to import PDFium and say it is ready
# The child imports what this process would: its sys.path, set before anything else is
# imported, in a neutral folder (not the one being added, where a json.py would shadow json).
_BOOT = "import sys; sys.path[:] = sys.argv[1:]; from kg.sources.pdf_worker import main; main()"


class _Gone(Exception):
    """The child ended before replying; ``returncode`` as Popen gives it (-N: signal N)."""

    def __init__(self, returncode: int) -> None:
        super().__init__(returncode)
        self.returncode = returncode


def isolation_available() -> bool:
    return sys.platform.startswith("linux") and not getattr(sys, "frozen", False) and bool(sys.executable)


def isolated(limits: Limits) -> bool:
    """Whether a PDF's pages are read in the child under ``limits`` (else in this process)."""
    return limits.pdf_isolated and isolation_available()


def deadline(size: int, limits: Limits) -> float:
    """Seconds a PDF of ``size`` bytes may take: the floor, or more for a big file."""
    return max(limits.pdf_seconds, SECONDS_PER_MB * size / MB)


class Worker:
    """One child process and its pipes; any failure to talk to it leaves it killed."""

    def __init__(self) -> None:
        paths = [os.path.abspath(p) for p in sys.path]  # "" is the working folder
        self.owner = os.getpid()
        with tempfile.TemporaryFile() as errors:  # what it says if it cannot start
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _BOOT, *paths],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                cwd=os.path.abspath(os.sep),
            )
            try:
                hello, _ = self.receive(time.monotonic() + START_SECONDS)
                if "ready" not in hello:
                    raise ValueError(f"said {hello!r} on starting")
            except (_Gone, TimeoutError, ValueError) as err:
                self.kill()
                errors.seek(0)
                lines = errors.read().decode("utf-8", "replace").strip().splitlines()
                detail = lines[-1] if lines else f"{type(err).__name__}: {err}"
                raise OSError(f"{sys.executable}, kg.sources.pdf_worker: {detail}") from err

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> int:
        """End the child at once (if it has not ended); its return code."""
        if self.proc.poll() is None:
            self.proc.kill()
        returncode = self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):  # unflushed input for a dead child
                    pipe.close()
        return returncode

    def close(self) -> None:
        """End the child politely: it leaves when its input ends."""
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
            self.proc.wait(timeout=1)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    def send(self, header: dict, body: bytes) -> None:
        assert self.proc.stdin is not None
        write_frame(self.proc.stdin, header, body)

    def receive(self, until: float) -> tuple[dict, bytes]:
        """The next reply; TimeoutError at ``until``, _Gone when the child ends first."""
        header_len, body_len = HEAD.unpack(self._read(HEAD.size, until))
        header = json.loads(self._read(header_len, until))
        return header, self._read(body_len, until)

    def _read(self, size: int, until: float) -> bytes:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        out = bytearray()
        while len(out) < size:
            left = until - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, min(size - len(out), 1 << 20))
            if not chunk:
                raise _Gone(self.kill())
            out += chunk
        return bytes(out)


_lock = threading.Lock()
_worker: Worker | None = None


def _forget_after_fork() -> None:
    """A forked child must not share the parent's worker (it starts its own if it reads PDFs),
    nor hold its pipes open: they are pointed at /dev/null, so the worker still sees its input
    end when the parent goes, and nothing here blocks on a lock another thread held."""
    global _lock, _worker
    if _worker is not None:
        null = os.open(os.devnull, os.O_RDWR)
        for pipe in (_worker.proc.stdin, _worker.proc.stdout):
            if pipe is not None:
                os.dup2(null, pipe.fileno())
        os.close(null)
    _lock, _worker = threading.Lock(), None


def _shutdown() -> None:
    global _worker
    if _worker is not None and _worker.owner == os.getpid():
        _worker.close()
    _worker = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
atexit.register(_shutdown)


def _ready_worker(name: str) -> Worker:
    global _worker
    if _worker is None or _worker.owner != os.getpid() or not _worker.alive():
        if _worker is not None and _worker.owner == os.getpid():
            _worker.kill()
        _worker = None
        try:
            _worker = Worker()
        except OSError as err:
            raise SourceError(f"{name}: cannot start the process that reads PDFs ({err})") from err
    return _worker


def stop_worker() -> None:
    """End the warm child now (tests; a library user done with PDFs)."""
    with _lock:
        _shutdown()


def jailed_pages(data: bytes, name: str, limits: Limits) -> tuple[list[str], str | None]:
    """The pages' text and the title, read by the child under ``limits``; SourceError in one
    line when it needs more memory or time than they allow, or when the parser refuses it."""
    from kg.sources.pdf import read_pages

    if not isolated(limits):
        return read_pages(data, name, limits.max_bytes)
    seconds = deadline(len(data), limits)
    header = {"name": name, "max_bytes": limits.max_bytes, "memory_mb": limits.pdf_max_mb, "seconds": seconds}
    with _lock:
        worker = _ready_worker(name)
        try:
            try:
                worker.send(header, data)
            except BrokenPipeError:  # it died while idle: once more with a new one
                worker.kill()
                worker = _ready_worker(name)
                worker.send(header, data)
            reply, body = worker.receive(time.monotonic() + seconds)
        except TimeoutError:
            worker.kill()
            raise SourceError(_too_slow(name, seconds)) from None
        except _Gone as gone:
            raise SourceError(_died(name, gone.returncode, limits, seconds)) from None
        except ValueError:  # not JSON: nothing it says can be trusted
            worker.kill()
            raise SourceError(f"{name}: the process reading its pages replied nonsense; refused") from None
        except BaseException:  # Ctrl-C, or a broken pipe again: its state is unknown
            worker.kill()
            raise
        if reply.get("retire"):
            _shutdown()
    return _result(reply, body, name, limits)


def _result(reply: dict, body: bytes, name: str, limits: Limits) -> tuple[list[str], str | None]:
    if reply.get("memory"):
        raise SourceError(_too_big(name, limits))
    if "error" in reply:
        cause = None
        if reply.get("pdfium"):
            import pypdfium2

            cause = pypdfium2.PdfiumError(*reply["pdfium"])  # what PDFium said in the child
        raise SourceError(reply["error"]) from cause
    try:
        return decode_pages(reply["sizes"], body), reply.get("title")
    except (KeyError, TypeError, ValueError):  # JSON, but not a reply's shape
        raise SourceError(f"{name}: the process reading its pages replied nonsense; refused") from None


def _too_big(name: str, limits: Limits) -> str:
    return (
        f"{name}: reading its pages needed more than {limits.pdf_max_mb:,} MB; "
        f"refused ({PDF_MB_ENV} raises the limit)"
    )


def _too_slow(name: str, seconds: float) -> str:
    shown = f"{seconds:,.0f}" if seconds >= 10 else f"{seconds:.2g}"
    return (
        f"{name}: reading its pages took longer than {shown} s; refused ({PDF_SECONDS_ENV} raises the limit)"
    )


def _died(name: str, returncode: int, limits: Limits, seconds: float) -> str:
    """PDFium aborts when an allocation fails past the memory limit; the CPU limit sends
    SIGXCPU; any other end is a crash, said as such."""
    if returncode < 0:
        if -returncode == signal.SIGABRT:
            return _too_big(name, limits)
        if -returncode == signal.SIGXCPU:
            return _too_slow(name, seconds)
        try:
            how = signal.Signals(-returncode).name
        except ValueError:
            how = f"signal {-returncode}"
        return f"{name}: the process reading its pages died ({how}); refused"
    return f"{name}: the process reading its pages ended (exit status {returncode}); refused"
