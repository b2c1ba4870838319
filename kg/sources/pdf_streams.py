"""How much a PDF's compressed streams decode to, measured before PDFium decodes them.

PDFium decodes a page's whole content stream into memory when the page is loaded, and its
API tells nothing about a stream's size first: a 1.5 MB PDF whose content inflates to 1.5 GB
of spaces took 2.5 GB of memory, and a 411 KB LZW stream of 1 GB aborted the process. So the
raw bytes are scanned here, in bounded memory: every stream is decoded 64 KB at a time, its
output counted and thrown away.

zlib data is found by its header, not by the dictionaries (a filter name can be spelled
``/Fl``, ``/Flate#44ecode``, or sit in another object): any stream, or decoded stream, that
starts as zlib data is inflated. LZW, RunLength, ASCIIHex and ASCII85 have no header, so their
chain is read from the stream's dictionary (:mod:`kg.sources.pdf_dicts`); when that cannot be
read, the likely chains are all decoded and counted. Every layer's output counts, so a layer
that fails to decode hides nothing.
"""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import Iterator, Sequence

from kg.sources.pdf_dicts import Scan, stream_filters
from kg.sources.pdf_filters import PIECE, Ascii85, AsciiHex, Decoder, Lzw, RunLength

_FIRST_PIECE = 4096
_MAX_LAYERS = 8  # chains deeper than this cannot compress further anyway
_STREAM = re.compile(rb"(?<!end)stream[ \t\f\x00\r\n]*")
_FLATE = "FlateDecode"
_DECODERS = {"LZWDecode", "RunLengthDecode", "ASCIIHexDecode", "ASCII85Decode"}
Chain = Sequence[tuple[str, int | None]]
# Decoded when a stream's dictionary cannot be read; zlib data is inflated whatever the chain.
_GUESSES: list[Chain] = [
    (),
    (("LZWDecode", None),),
    (("RunLengthDecode", None),),
    (("ASCII85Decode", None),),
    (("ASCIIHexDecode", None),),
    (("ASCII85Decode", None), ("LZWDecode", None)),
    (("ASCIIHexDecode", None), ("LZWDecode", None)),
    (("RunLengthDecode", None), ("LZWDecode", None)),
]


class Overflow(Exception):
    """The streams decode past the budget."""


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


class _Inflate(Decoder):
    def __init__(self) -> None:
        self.inflater = zlib.decompressobj()

    def feed(self, data: bytes) -> Iterator[bytes | int]:
        while not self.done:
            try:
                out = self.inflater.decompress(data, PIECE)
            except zlib.error:  # PDFium keeps what inflated before the error; so do we
                self.done = True
                return
            if out:
                yield out
            data = self.inflater.unconsumed_tail
            if self.inflater.eof:
                self.done = True
            elif not out and not data:
                return


def _decoder(name: str, early: int | None) -> Decoder:
    if name == "LZWDecode":
        return Lzw(1 if early is None else early)
    kinds: dict[str, type[Decoder]] = {
        "RunLengthDecode": RunLength,
        "ASCIIHexDecode": AsciiHex,
        "ASCII85Decode": Ascii85,
    }
    return kinds[name]()


class _Step:
    """A decoder whose output is counted and handed to the rest of the chain."""

    def __init__(self, decoder: Decoder, budget: _Budget, depth: int, rest: Chain) -> None:
        self.decoder = decoder
        self.budget = budget
        self.inner = _Stage(budget, depth + 1, rest) if depth < _MAX_LAYERS else None

    @property
    def done(self) -> bool:
        return self.decoder.done

    def feed(self, data: bytes) -> None:
        for out in self.decoder.feed(data):
            if isinstance(out, int):
                self.budget.add(out)
                continue
            self.budget.add(len(out))
            if self.inner is not None and not self.inner.done:
                self.inner.feed(out)
            if self.inner is None or self.inner.done:
                self.decoder.count_only = True  # nothing reads the bytes any more


class _Stage:
    """Data that a chain of filters is still to decode: its first two bytes choose the step."""

    def __init__(self, budget: _Budget, depth: int, chain: Chain) -> None:
        self.budget = budget
        self.depth = depth
        self.chain = chain
        self.head = b""
        self.steps: list[_Step] | None = None
        self.done = False

    def _choose(self) -> list[_Step]:
        first = self.chain[0][0] if self.chain else None
        if first in _DECODERS:
            decoders = [_decoder(first, self.chain[0][1])]
            if first == "LZWDecode" and self.chain[0][1] is None:  # EarlyChange unknown: both
                decoders.append(_decoder(first, 0))
            return [_Step(d, self.budget, self.depth, self.chain[1:]) for d in decoders]
        if _looks_like_zlib(self.head):
            rest = self.chain[1:] if first == _FLATE else ()
            return [_Step(_Inflate(), self.budget, self.depth, rest)]
        return []

    def feed(self, data: bytes) -> None:
        if self.done:
            return
        if self.steps is None:
            self.head += data
            if len(self.head) < 2:
                return
            self.steps = self._choose()
            data, self.head = self.head, b""
        for step in self.steps:
            if not step.done:
                step.feed(data)
        self.done = all(step.done for step in self.steps)


def _chains(scan: Scan, keyword: int) -> list[Chain]:
    """What to decode the stream at ``keyword`` with: nothing for an image, which PDFium does
    not decode to read text (a 6000 x 12000 figure inflates to 200 MB); its likely chains when
    its dictionary cannot be read. An image label could hide a content stream here; the child
    process's memory limit (:mod:`kg.sources.pdf_jail`) is there for that."""
    stream = stream_filters(scan, keyword)
    if stream.image:
        return []
    return _GUESSES if stream.filters is None else [stream.filters]


class OutOfTime(Exception):
    """The scan ran past its deadline (a file crafted to be slow to check, or a huge one)."""


def inflated_size(data: bytes, limit: int, deadline: float | None = None) -> int:
    """The bytes all streams in ``data`` decode to; :class:`Overflow` once past ``limit``,
    :class:`OutOfTime` once past ``deadline`` (``time.monotonic()``)."""
    budget = _Budget(limit)
    scan = Scan(data)
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        if deadline is not None and time.monotonic() > deadline:
            raise OutOfTime
        stages = [_Stage(budget, 1, chain) for chain in _chains(scan, match.start())]
        start, size = match.end(), _FIRST_PIECE
        while stages and start < len(view) and not all(stage.done for stage in stages):
            if deadline is not None and time.monotonic() > deadline:
                raise OutOfTime
            piece = bytes(view[start : start + size])
            for stage in stages:
                stage.feed(piece)
            start += size
            size = min(2 * size, PIECE)  # small first: most streams end within a few KB
    return budget.used
