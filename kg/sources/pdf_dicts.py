"""Which filters PDFium will apply to a stream, read from the stream's own dictionary.

zlib data announces itself by its header, so :mod:`kg.sources.pdf_streams` needs no dictionary
to find a Flate bomb; LZW, RunLength, ASCIIHex and ASCII85 data do not. Their names are read
here, as PDFium reads them: ``#xx`` escapes decoded, abbreviations (``/LZW``, ``/A85``)
expanded, an indirect ``/Filter`` or ``/DecodeParms`` looked up. A dictionary is believed only
when a real lexer, started at an ``obj`` keyword, ends exactly at this ``stream`` keyword, so a
``(stream)`` or ``(1 0 obj)`` inside a string cannot cut the real ``/Filter`` off; when no such
dictionary is found, or a value cannot be resolved, the answer is None (unknown) and the
caller assumes the worst.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

_SPACE = b"\x00\t\n\f\r "
_REGULAR = re.compile(rb"[^\x00\t\n\f\r ()<>\[\]{}/%]*")
# Stream dictionaries are a few hundred bytes: each is lexed from an ``obj`` keyword at most
# _SPAN bytes back, in at most _MAX_TOKENS tokens; an indirect value is read within _SPAN bytes.
_SPAN = 4096
_MAX_TOKENS = 512
_TRIES = 16  # ``obj`` keywords tried, nearest first (others may sit inside strings)
# Bytes the lexer may read in a whole file, so that the scan's time grows with the file's size
# whatever its ``stream`` keywords and references: an ordinary file needs a fraction of this.
_BUDGET_PER_BYTE = 4
_BUDGET_FLOOR = 64 * 1024
_OBJ = re.compile(rb"(?<=[\x00\t\n\f\r ])obj")
_HEADER = re.compile(rb"(?<![0-9])([0-9]++)[\x00\t\n\f\r ]++([0-9]++)[\x00\t\n\f\r ]++obj")
_MAX_NESTING = 32
ABBREVIATIONS = {
    "AHx": "ASCIIHexDecode",
    "A85": "ASCII85Decode",
    "LZW": "LZWDecode",
    "Fl": "FlateDecode",
    "RL": "RunLengthDecode",
}


class Ref(NamedTuple):
    number: int
    generation: int


class Name(str):
    """A PDF name, its ``#xx`` escapes decoded."""


class _Unreadable(Exception):
    pass


def _name(raw: bytes) -> Name:
    return Name(re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), raw).decode("latin-1"))


class _Lexer:
    """Just enough of PDF syntax for dictionaries: strings nest and escape, comments end lines.
    Nothing at or past ``end`` is read, and every byte read is charged to the file's budget."""

    def __init__(self, scan: Scan, pos: int, end: int) -> None:
        self.data = scan.data
        self.scan = scan
        self.pos = pos
        self.end = min(end, len(scan.data))
        self.tokens = 0

    def _skip_space(self) -> None:
        data, pos, end = self.data, self.pos, self.end
        while pos < end:
            if data[pos] in _SPACE:
                pos += 1
            elif data[pos] == 0x25:  # % comment
                while pos < end and data[pos] not in b"\r\n":
                    pos += 1
            else:
                break
        self.pos = pos

    def token(self) -> tuple[bytes, object, int]:
        """(kind, value, start): kinds are the delimiters, b"name", b"str", b"word" and b""."""
        self.tokens += 1
        before = self.pos
        kind, value, start = self._token()
        self.scan.budget -= self.pos - before + 1
        if self.tokens > _MAX_TOKENS or self.scan.budget < 0:
            raise _Unreadable
        return kind, value, start

    def _token(self) -> tuple[bytes, object, int]:
        self._skip_space()
        data, start, end = self.data, self.pos, self.end
        if start >= end:
            return b"", None, start
        char = data[start : start + 1]
        if data.startswith((b"<<", b">>"), start, end):
            self.pos = start + 2
            return data[start : start + 2], None, start
        if char in b"[]{}":
            self.pos = start + 1
            return char, None, start
        if char == b"(":
            self.pos = self._string_end(start)
            return b"str", None, start
        if char == b"<":
            close = data.find(b">", start, end)
            self.pos = end if close < 0 else close + 1
            return b"str", None, start
        if char == b"/":
            match = _REGULAR.match(data, start + 1, end)
            assert match is not None
            self.pos = match.end()
            return b"name", _name(match[0]), start
        match = _REGULAR.match(data, start, end)
        assert match is not None
        self.pos = max(match.end(), start + 1)  # a stray ')' or '>' is one token
        return b"word", data[start : self.pos], start

    def _string_end(self, pos: int) -> int:
        depth = 0
        data, end = self.data, self.end
        while pos < end:
            char = data[pos]
            if char == 0x5C:  # backslash escapes the next byte
                pos += 2
                continue
            if char == 0x28:
                depth += 1
            elif char == 0x29:
                depth -= 1
                if depth == 0:
                    return pos + 1
            pos += 1
        return end

    def value(self, depth: int = 0) -> object:
        if depth > _MAX_NESTING:
            raise _Unreadable
        kind, value, _ = self.token()
        if kind == b"<<":
            result: dict[str, object] = {}
            while True:
                kind, key, _ = self.token()
                if kind == b">>":
                    return result
                if kind != b"name":
                    raise _Unreadable
                result[str(key)] = self.value(depth + 1)
        if kind == b"[":
            items: list[object] = []
            while True:
                mark = self.pos
                kind, _, _ = self.token()
                if kind == b"]":
                    return items
                if not kind:
                    raise _Unreadable
                self.pos = mark
                items.append(self.value(depth + 1))
        if kind == b"word" and isinstance(value, bytes) and value.isdigit():
            mark = self.pos
            kind2, second, _ = self.token()
            _, third, _ = self.token()
            if kind2 == b"word" and isinstance(second, bytes) and second.isdigit() and third == b"R":
                return Ref(int(value), int(second))
            self.pos = mark
            return int(value)
        if kind in (b"name", b"str", b"word"):
            return value
        raise _Unreadable


class Scan:
    """One file's ``obj`` keywords and object numbers, each found in one pass, and the budget
    its dictionaries are lexed in: a regular expression run over the whole file for each
    reference made a 727 KB file take five minutes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.budget = _BUDGET_FLOOR + _BUDGET_PER_BYTE * len(data)
        self.keywords = [match.start() for match in _OBJ.finditer(data)]
        self.objects: dict[Ref, int] = {}  # where each object's value starts; -1: defined twice
        for match in _HEADER.finditer(data):
            ref = Ref(int(match[1]), int(match[2]))
            self.objects[ref] = -1 if ref in self.objects else match.end()

    def stream(self, keyword: int) -> dict[str, object] | None:
        """The dictionary whose ``stream`` keyword is at ``keyword``, lexed from an ``obj``."""
        nearest = bisect.bisect_left(self.keywords, keyword)
        for found in reversed(self.keywords[max(0, nearest - _TRIES) : nearest]):
            if found < keyword - _SPAN:
                return None
            lexer = _Lexer(self, found + 3, keyword + 7)  # "stream" and the byte after it
            try:
                value = lexer.value()
                _, word, start = lexer.token()
            except _Unreadable:
                continue
            if isinstance(value, dict) and word == b"stream" and start == keyword:
                return value
        return None

    def resolve(self, value: object) -> object:
        """An indirect object's value, when it is defined once in the file (not in an object
        stream)."""
        if not isinstance(value, Ref):
            return value
        start = self.objects.get(value, -1)
        if start < 0:
            raise _Unreadable  # missing (compressed in an object stream) or defined twice
        result = _Lexer(self, start, start + _SPAN).value()
        if isinstance(result, Ref):
            raise _Unreadable
        return result


def _early_change(scan: Scan, parms: object) -> int | None:
    parms = scan.resolve(parms)
    if not isinstance(parms, dict):
        return 1
    early = scan.resolve(parms.get("EarlyChange", 1))
    return early if early in (0, 1) else None


class Stream(NamedTuple):
    """What a stream's dictionary says: its filters, first applied first, each with its LZW
    EarlyChange (None: unknown), or None when unreadable; and whether it is an image."""

    filters: list[tuple[str, int | None]] | None
    image: bool = False


def stream_filters(scan: Scan, keyword: int) -> Stream:
    """Read as PDFium reads it: an array of filters takes its parameters from an array only,
    a single filter from a dictionary only (others are ignored, and defaults apply)."""
    try:
        stream = scan.stream(keyword)
        if stream is None:
            return Stream(None)
        image = scan.resolve(stream.get("Subtype")) == "Image"
        names = scan.resolve(stream.get("Filter", []))
        parms = scan.resolve(stream.get("DecodeParms"))
        if isinstance(names, list):
            parms = parms if isinstance(parms, list) else []
        else:
            names, parms = [names], [parms if isinstance(parms, dict) else None]
        filters: list[tuple[str, int | None]] = []
        for index, name in enumerate(names):
            name = scan.resolve(name)
            if not isinstance(name, Name):
                return Stream(None, image)
            name = ABBREVIATIONS.get(name, name)
            early = _early_change(scan, parms[index] if index < len(parms) else None)
            filters.append((name, early))
        return Stream(filters, image)
    except _Unreadable:
        return Stream(None)
