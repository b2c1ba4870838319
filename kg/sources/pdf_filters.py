"""Streaming decoders for the PDF filters that are not zlib: LZW, RunLength, ASCIIHex, ASCII85.

An LZW stream expands up to about 2,500 times (each 12-bit code can stand for a 3,800-byte
string), and PDFium inflates it whole when a page is loaded: a 411 KB PDF took 1.2 GB and then
aborted the process. The other three expand little or are capped by PDFium (RunLength output
past 20 MB is refused), but they can wrap Flate or LZW data so that it does not look like it.
Each decoder is fed its input piece by piece and yields its output in pieces of about 64 KB,
or only the pieces' lengths when nothing reads the bytes (``count_only``), so memory stays
bounded whatever the data expands to.
"""

from __future__ import annotations

import base64
import binascii
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator

PIECE = 64 * 1024
_SINGLE = [bytes((byte,)) for byte in range(256)]
_LZW_CLEAR, _LZW_END, _LZW_FIRST, _LZW_CODES = 256, 257, 258, 4096


class Decoder(ABC):
    """Fed input with :meth:`feed`; yields output bytes, or their count once ``count_only``."""

    count_only = False
    done = False

    @abstractmethod
    def feed(self, data: bytes) -> Iterator[bytes | int]:
        """The output of ``data``, the next piece of the stream."""


class Lzw(Decoder):
    """PDF LZW as PDFium reads it: 9 to 12-bit codes, most significant bit first, 256 clears the
    table, 257 ends the data, ``early`` (EarlyChange) widens codes one entry sooner. A code past
    the table's end repeats the previous string plus its first byte, as PDFium does; a string
    code right after a clear is an error, where PDFium stops. The table holds the strings while
    the bytes are wanted (at most 3,838 strings of at most 3,839 bytes) and only their lengths
    once ``count_only``."""

    def __init__(self, early: int = 1) -> None:
        self.early = early
        self.bits = 0
        self.nbits = 0
        self.width = 9
        self.strings: list[bytes] = []
        self.lengths: list[int] = []
        self.previous: bytes | None = None
        self.previous_length = 0  # 0: no previous code since the last clear

    def _count_only(self) -> None:
        """Keep only the lengths from now on."""
        if self.strings or self.previous is not None:
            self.lengths = [len(string) for string in self.strings]
            self.strings = []
            self.previous = None

    def _clear(self) -> None:
        self.strings, self.lengths = [], []
        self.previous, self.previous_length = None, 0
        self.width = 9

    def _widen(self, entries: int) -> None:
        size = _LZW_FIRST + entries + self.early
        self.width = 9 if size < 512 else 10 if size < 1024 else 11 if size < 2048 else 12

    def _codes(self, data: bytes) -> Iterator[int]:
        for byte in data:
            self.bits = (self.bits << 8) | byte
            self.nbits += 8
            while self.nbits >= self.width:
                self.nbits -= self.width
                code = self.bits >> self.nbits
                self.bits &= (1 << self.nbits) - 1
                yield code

    def feed(self, data: bytes) -> Iterator[bytes | int]:
        if self.done:
            return
        counting = self.count_only
        if counting:
            self._count_only()
        out = bytearray()
        total = 0
        for code in self._codes(data):
            if code == _LZW_CLEAR:
                self._clear()
                continue
            if code == _LZW_END or (code > _LZW_END and not self.previous_length):
                self.done = True
                break
            index = code - _LZW_FIRST
            if counting:
                lengths = self.lengths
                length = (
                    1 if code < 256 else lengths[index] if index < len(lengths) else self.previous_length + 1
                )
                if self.previous_length and len(lengths) < _LZW_CODES - _LZW_FIRST:
                    lengths.append(self.previous_length + 1)
                    self._widen(len(lengths))
            else:
                strings, previous = self.strings, self.previous
                if code < 256:
                    string = _SINGLE[code]
                elif index < len(strings):
                    string = strings[index]
                else:
                    assert previous is not None
                    string = previous + previous[:1]
                out += string
                length = len(string)
                if previous is not None and len(strings) < _LZW_CODES - _LZW_FIRST:
                    strings.append(previous + string[:1])
                    self._widen(len(strings))
                self.previous = string
            self.previous_length = length
            total += length
            if total >= PIECE:
                yield total if counting else bytes(out)
                out.clear()
                total = 0
                if self.count_only and not counting:  # the reader stopped wanting the bytes
                    counting = True
                    self._count_only()
        if total:
            yield total if counting else bytes(out)


class RunLength(Decoder):
    """A length byte n, then n + 1 bytes to copy (n < 128) or one byte to repeat 257 - n times
    (n > 128); 128 ends the data. PDFium refuses a stream whose output passes 20 MB, so this
    decoder stops there too: what follows cannot reach PDFium's memory."""

    LIMIT = 20 * 1024 * 1024

    def __init__(self) -> None:
        self.rest = b""
        self.total = 0

    def feed(self, data: bytes) -> Iterator[bytes | int]:
        data = self.rest + data
        out = bytearray()
        size = pos = 0
        while pos < len(data) and not self.done:
            length = data[pos]
            if length == 128:
                self.done = True
                break
            need = length + 2 if length < 128 else 2
            if pos + need > len(data):
                break
            if length < 128:
                count = length + 1
                if not self.count_only:
                    out += data[pos + 1 : pos + need]
            else:
                count = 257 - length
                if not self.count_only:
                    out += data[pos + 1 : pos + 2] * count
            size += count
            pos += need
            if size >= PIECE:
                yield from self._emit(out, size)
                out, size = bytearray(), 0
        self.rest = data[pos:]
        yield from self._emit(out, size)

    def _emit(self, out: bytearray, size: int) -> Iterator[bytes | int]:
        if size and not self.done:
            self.total += size
            if self.total > self.LIMIT:
                self.done = True
            yield size if self.count_only else bytes(out)


_HEX_JUNK = re.compile(rb"[^0-9A-Fa-f]")


class AsciiHex(Decoder):
    """Hex digit pairs up to ``>``; PDFium skips whitespace and any other byte between them."""

    def __init__(self) -> None:
        self.odd = b""

    def feed(self, data: bytes) -> Iterator[bytes | int]:
        if self.done:
            return
        end = data.find(b">")
        if end >= 0:
            data, self.done = data[:end], True
        digits = self.odd + _HEX_JUNK.sub(b"", data)
        if self.done and len(digits) % 2:
            digits += b"0"  # a last odd digit is followed by 0
        cut = len(digits) - len(digits) % 2
        self.odd = digits[cut:]
        if cut:
            out = binascii.unhexlify(digits[:cut])
            yield len(out) if self.count_only else out


_A85_END = re.compile(rb"[^!-uz\x00\t\n\f\r ]")
_A85_SPACE = re.compile(rb"[\x00\t\n\f\r ]")


class Ascii85(Decoder):
    """Groups of five characters ``!``..``u`` for four bytes, ``z`` for four zeros, up to ``~>``
    or the first byte that cannot be ASCII85 (where PDFium stops too)."""

    def __init__(self) -> None:
        self.rest = b""

    def feed(self, data: bytes) -> Iterator[bytes | int]:
        if self.done:
            return
        bad = _A85_END.search(data)
        if bad:
            data, self.done = data[: bad.start()], True
        text = self.rest + _A85_SPACE.sub(b"", data).replace(b"z", b"!!!!!")
        cut = len(text) if self.done else len(text) - len(text) % 5
        self.rest = text[cut:]
        text = text[:cut]
        if len(text) % 5 == 1:
            text = text[:-1]  # one lone character decodes to nothing
        if text:
            try:
                out = base64.a85decode(text)
            except ValueError:  # a group past 2**32: PDFium's output ends about there
                self.done = True
                return
            yield len(out) if self.count_only else out
