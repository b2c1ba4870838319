"""The child that reads PDF pages for :mod:`kg.sources.pdf_jail`, which starts it.

It serves one request at a time over its stdin and stdout. Each document is read under an
address-space limit (RLIMIT_AS: PDFium aborts when an allocation fails past it, which ends
this process, not the one that holds the store) and a CPU limit that ends it should the
parent, which enforces the real deadline, be gone. Replies are JSON and UTF-8 text, never
pickles: the parent trusts nothing this process sends beyond strings.

A frame is a 12-byte head (JSON header length, body length), the JSON header, the body.
"""

from __future__ import annotations

import json
import math
import os
import signal
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from kg.sources.base import MB

HEAD = struct.Struct(">IQ")
# A child whose resident memory grew this much past what it had when ready retires after
# its reply (the parent starts another), so a long run does not keep a fragmented heap.
RETIRE_GROWTH = 256 * MB
# Seconds of CPU past the parent's deadline before the child ends itself (the parent kills
# it at the deadline; this only matters when the parent is gone).
CPU_GRACE = 5


def write_frame(out: IO[bytes], header: dict, body: bytes = b"") -> None:
    raw = json.dumps(header).encode("ascii")
    out.write(HEAD.pack(len(raw), len(body)) + raw)
    out.write(body)
    out.flush()


def read_frame(src: IO[bytes]) -> tuple[dict, bytes] | None:
    """The next frame, or None at the end of the stream."""
    head = src.read(HEAD.size)
    if len(head) < HEAD.size:
        return None
    header_len, body_len = HEAD.unpack(head)
    header = json.loads(src.read(header_len))
    body = src.read(body_len)
    if len(body) < body_len:
        return None
    return header, body


def encode_pages(pages: list[str]) -> tuple[list[int], bytes]:
    """Page sizes in bytes and the pages as one UTF-8 body (lone surrogates pass through)."""
    raw = [page.encode("utf-8", "surrogatepass") for page in pages]
    return [len(r) for r in raw], b"".join(raw)


def decode_pages(sizes: list[int], body: bytes) -> list[str]:
    pages, start = [], 0
    for size in sizes:
        pages.append(body[start : start + size].decode("utf-8", "surrogatepass"))
        start += size
    return pages


def _status_bytes(key: str) -> int:
    """``VmSize`` (address space) or ``VmRSS`` of this process now; 0 when /proc does not say."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


@contextmanager
def _limited(kind: int, soft: int) -> Iterator[None]:
    """A soft limit for the block, never above the hard one; the old one back after."""
    import resource

    old_soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, hard))
    try:
        yield
    finally:
        resource.setrlimit(kind, (old_soft, hard))


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def serve(header: dict, data: bytes) -> tuple[dict, bytes]:
    """One document: its pages and title, or the error the parser reports."""
    import resource

    from kg.errors import SourceError
    from kg.sources.pdf import read_pages

    name = header["name"]
    memory = _status_bytes("VmSize") + header["memory_mb"] * MB  # what reading adds to what is there
    cpu = math.ceil(_cpu_seconds() + header["seconds"] + CPU_GRACE)
    try:
        with _limited(resource.RLIMIT_AS, memory), _limited(resource.RLIMIT_CPU, cpu):
            pages, title = read_pages(data, name, header["max_bytes"])
    except MemoryError:
        return {"memory": True}, b""
    except SourceError as err:
        cause = err.__cause__
        reply: dict = {"error": str(err)}
        if type(cause).__name__ == "PdfiumError":  # chained again in the parent
            reply["pdfium"] = [str(cause), getattr(cause, "err_code", None)]
        return reply, b""
    except Exception as err:  # a parser bug: one line, as for any unreadable PDF
        return {"error": f"{name}: not a readable PDF ({type(err).__name__}: {err})"}, b""
    sizes, body = encode_pages(pages)
    return {"sizes": sizes, "title": title}, body


def main() -> None:
    """Serve until stdin ends. Ctrl-C is the parent's to handle: it kills this child when
    it stops waiting. Only frames go to the real stdout; stray output goes nowhere."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    import pypdfium2  # noqa: F401  (loaded once, before the first document)

    from kg.sources import pdf  # noqa: F401

    write_frame(replies, {"ready": os.getpid()})
    os.dup2(devnull, 2)  # start-up errors were the parent's to see; PDFium's chatter is not
    ready_rss = _status_bytes("VmRSS")
    while (frame := read_frame(requests)) is not None:
        header, data = frame
        reply, body = serve(header, data)
        del data, frame
        retire = _status_bytes("VmRSS") > ready_rss + RETIRE_GROWTH
        if retire:
            reply["retire"] = True
        write_frame(replies, reply, body)
        if retire:
            break


if __name__ == "__main__":
    main()
