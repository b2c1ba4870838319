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

import re
from typing import NamedTuple

_SPACE = b"\x00\t\n\f\r "
_REGULAR = re.compile(rb"[^\x00\t\n\f\r ()<>\[\]{}/%]*")
_LOOKBACK = 256 * 1024  # stream dictionaries are a few hundred bytes
_TRIES = 16  # ``obj`` keywords tried, nearest first (others may sit inside strings)
_MAX_TOKENS = 20_000
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
    """Just enough of PDF syntax for dictionaries: strings nest and escape, comments end lines."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data = data
        self.pos = pos
        self.tokens = 0

    def _skip_space(self) -> None:
        data, pos = self.data, self.pos
        while pos < len(data):
            if data[pos] in _SPACE:
                pos += 1
            elif data[pos] == 0x25:  # % comment
                while pos < len(data) and data[pos] not in b"\r\n":
                    pos += 1
            else:
                break
        self.pos = pos

    def token(self) -> tuple[bytes, object, int]:
        """(kind, value, start): kinds are the delimiters, b"name", b"str", b"word" and b""."""
        self.tokens += 1
        if self.tokens > _MAX_TOKENS:
            raise _Unreadable
        self._skip_space()
        data, start = self.data, self.pos
        if start >= len(data):
            return b"", None, start
        char = data[start : start + 1]
        if data.startswith((b"<<", b">>"), start):
            self.pos = start + 2
            return data[start : start + 2], None, start
        if char in b"[]{}":
            self.pos = start + 1
            return char, None, start
        if char == b"(":
            self.pos = self._string_end(start)
            return b"str", None, start
        if char == b"<":
            end = data.find(b">", start)
            self.pos = len(data) if end < 0 else end + 1
            return b"str", None, start
        if char == b"/":
            match = _REGULAR.match(data, start + 1)
            assert match is not None
            self.pos = match.end()
            return b"name", _name(match[0]), start
        match = _REGULAR.match(data, start)
        assert match is not None
        self.pos = max(match.end(), start + 1)  # a stray ')' or '>' is one token
        return b"word", data[start : self.pos], start

    def _string_end(self, pos: int) -> int:
        depth = 0
        data = self.data
        while pos < len(data):
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
        return pos

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


def _stream_dict(data: bytes, keyword: int) -> dict[str, object] | None:
    """The dictionary whose ``stream`` keyword is at ``keyword``, lexed from an ``obj`` keyword."""
    low = max(0, keyword - _LOOKBACK)
    end = keyword
    for _ in range(_TRIES):
        found = data.rfind(b"obj", low, end)
        if found < 0:
            return None
        end = found
        if found == 0 or data[found - 1] not in _SPACE:
            continue  # ``endobj``, or part of a longer word
        lexer = _Lexer(data, found + 3)
        try:
            value = lexer.value()
            _, word, start = lexer.token()
        except _Unreadable:
            continue
        if isinstance(value, dict) and word == b"stream" and start == keyword:
            return value
    return None


def _resolve(data: bytes, value: object) -> object:
    """An indirect object's value, when it is defined once in the file (not in an object stream)."""
    if not isinstance(value, Ref):
        return value
    pattern = rb"(?<![0-9])%d[\x00\t\n\f\r ]+%d[\x00\t\n\f\r ]+obj" % value
    found = [m.end() for m in re.finditer(pattern, data)]
    if len(found) != 1:
        raise _Unreadable  # missing (compressed in an object stream) or defined twice
    result = _Lexer(data, found[0]).value()
    if isinstance(result, Ref):
        raise _Unreadable
    return result


def _early_change(data: bytes, parms: object) -> int | None:
    parms = _resolve(data, parms)
    if not isinstance(parms, dict):
        return 1
    early = _resolve(data, parms.get("EarlyChange", 1))
    return early if early in (0, 1) else None


def stream_filters(data: bytes, keyword: int) -> list[tuple[str, int | None]] | None:
    """The filters of the stream whose keyword is at ``keyword``, first applied first, each with
    its LZW EarlyChange (None: unknown); None when the dictionary cannot be read."""
    try:
        stream = _stream_dict(data, keyword)
        if stream is None:
            return None
        names = _resolve(data, stream.get("Filter", []))
        parms = _resolve(data, stream.get("DecodeParms"))
        names = names if isinstance(names, list) else [names]
        parms = parms if isinstance(parms, list) else [parms] * len(names)
        filters: list[tuple[str, int | None]] = []
        for index, name in enumerate(names):
            name = _resolve(data, name)
            if not isinstance(name, Name):
                return None
            name = ABBREVIATIONS.get(name, name)
            early = _early_change(data, parms[index] if index < len(parms) else None)
            filters.append((name, early))
        return filters
    except _Unreadable:
        return None
