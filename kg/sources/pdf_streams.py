"""How much a PDF's compressed streams inflate to, measured before PDFium decodes them.

PDFium inflates a page's whole content stream into memory when the page is loaded, and its
API tells nothing about a stream's size first: a 1.5 MB PDF whose content inflates to 1.5 GB
of spaces took 2.5 GB of memory. So the raw bytes are scanned here, in bounded memory, and
every zlib stream is inflated 64 KB at a time, counting the output and throwing it away.

The scan does not trust the stream dictionaries (a filter name can be spelled ``/Fl``,
``/Flate#44ecode``, or sit in another object): any stream whose data starts as zlib data is
inflated, and an inflated stream that is itself zlib data is inflated in turn (a chain of
Flate filters). Every layer's output counts, so a layer that fails to inflate hides nothing.
"""

from __future__ import annotations

import re
import zlib

_CHUNK = 64 * 1024
_MAX_LAYERS = 8  # Flate chains deeper than this cannot compress further anyway
_STREAM = re.compile(rb"(?<!end)stream[ \t\f\x00\r\n]*")


class Overflow(Exception):
    """The streams inflate past the budget."""


class _Budget:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def add(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise Overflow(self.used)


def _looks_like_zlib(head: bytes) -> bool:
    """A zlib header (RFC 1950): deflate method, and the two bytes a multiple of 31."""
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


class _Layer:
    """One Flate layer: fed its input piece by piece, it counts its output and passes it on."""

    def __init__(self, budget: _Budget, depth: int) -> None:
        self.budget = budget
        self.depth = depth
        self.head = b""
        self.inflater: zlib._Decompress | None = None
        self.inner: _Layer | None = None
        self.done = False

    def feed(self, data: bytes) -> None:
        if self.done:
            return
        if self.inflater is None:
            self.head += data
            if len(self.head) < 2:
                return
            if not _looks_like_zlib(self.head):
                self.done = True
                return
            self.inflater = zlib.decompressobj()
            data, self.head = self.head, b""
        while True:
            try:
                out = self.inflater.decompress(data, _CHUNK)
            except zlib.error:  # PDFium keeps what inflated before the error; so do we
                self.done = True
                return
            if out:
                self.budget.add(len(out))
                if self.depth < _MAX_LAYERS:
                    self.inner = self.inner or _Layer(self.budget, self.depth + 1)
                    self.inner.feed(out)
            data = self.inflater.unconsumed_tail
            if self.inflater.eof:
                self.done = True
                return
            if not out and not data:
                return


def inflated_size(data: bytes, limit: int) -> int:
    """The bytes all zlib streams in ``data`` inflate to; :class:`Overflow` once past ``limit``."""
    budget = _Budget(limit)
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        start = match.end()
        if not _looks_like_zlib(data[start : start + 2]):
            continue  # uncompressed, or a filter this scan does not inflate (LZW, RunLength)
        layer = _Layer(budget, 1)
        while not layer.done and start < len(view):
            layer.feed(bytes(view[start : start + _CHUNK]))
            start += _CHUNK
    return budget.used
