"""Loaders: files, folders, globs, URLs and stdin → normalized ``Document``.

One module per media type, chosen through ``kg.sources.registry`` by extension or content
type and imported lazily. All text normalization happens here, because evidence offsets
index into ``Document.text``.
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from kg.errors import SourceError
from kg.model import Document
from kg.sources.base import Limits, Parsed, SourceRef, display_name, make_document, over_limit, too_big
from kg.sources.expand import SUPPORTED_EXTENSIONS, expand
from kg.sources.normalize import normalize_text
from kg.sources.registry import loader, media_type_for_extension

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "Limits",
    "SourceRef",
    "expand",
    "load",
    "load_text",
    "normalize_text",
]


def _read_file(path: str, name: str, limits: Limits) -> bytes:
    """Read a file, checking its size first so a huge file is refused without reading it."""
    try:
        size = os.stat(path).st_size
        if size > limits.max_bytes:
            raise too_big(name, size, limits)
        with open(path, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except FileNotFoundError as err:
        raise SourceError(f"{name}: no such file or directory") from err
    except IsADirectoryError as err:
        raise SourceError(f"{name}: is a folder, not a file") from err
    except OSError as err:
        raise SourceError(f"{name}: cannot read ({err.strerror or err})") from err
    if len(data) > limits.max_bytes:  # grew while we looked
        raise too_big(name, len(data), limits)
    return data


def _read_stream(stream: BinaryIO, name: str, limits: Limits) -> bytes:
    try:
        data = stream.read(limits.max_bytes + 1)
    except OSError as err:
        raise SourceError(f"{name}: cannot read ({err.strerror or err})") from err
    if len(data) > limits.max_bytes:
        raise over_limit(name, limits)
    return data


def sniff_media_type(data: bytes) -> str:
    """Guess the media type of bytes without a name: PDF magic, an HTML start, else text."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "text/html"
    return "text/plain"


def parse_bytes(
    data: bytes, media_type: str, *, name: str, charset: str | None = None, limits: Limits | None = None
) -> Parsed:
    """Run the loader registered for ``media_type`` on raw bytes."""
    limits = limits or Limits()
    return loader(media_type).parse(data, name=name, charset=charset, limits=limits)


def load(
    ref: SourceRef,
    *,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    stdin: BinaryIO | None = None,
    limits: Limits | None = None,
) -> Document:
    """Load one source into a Document; raise SourceError with a one-line message naming it.

    ``title``, ``date`` (YYYY-MM-DD), ``publisher`` and ``url`` override what the source's
    metadata says. ``stdin`` is the stream read for ``-`` (default: ``sys.stdin.buffer``).
    """
    limits = limits or Limits()
    name = display_name(ref)
    if ref.kind == "file":
        media_type = media_type_for_extension(os.path.splitext(ref.location)[1])
        if media_type is None:
            supported = ", ".join(SUPPORTED_EXTENSIONS)
            raise SourceError(f"{name}: unsupported file type (supported: {supported})")
        data = _read_file(ref.location, name, limits)
        parsed = parse_bytes(data, media_type, name=name, limits=limits)
    elif ref.kind == "url":
        from kg.sources.url import fetch

        parsed = fetch(ref.location, name=name, limits=limits)
        url = url or ref.location
    elif ref.kind == "stdin":
        data = _read_stream(stdin if stdin is not None else sys.stdin.buffer, name, limits)
        parsed = parse_bytes(data, sniff_media_type(data), name=name, limits=limits)
    else:
        raise SourceError(f"{ref.location}: unknown source kind {ref.kind!r} (valid: file, url, stdin)")
    return make_document(
        parsed,
        location=ref.location,
        name=name,
        stdin=ref.kind == "stdin",
        title=title,
        date=date,
        publisher=publisher,
        url=url,
    )


def load_text(
    text: str,
    *,
    location: str,
    media_type: str = "text/plain",
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    limits: Limits | None = None,
) -> Document:
    """Build a Document from already-decoded text (tests, ``kg eval``, benchmarks).

    ``media_type`` picks the loader that reads the text (markdown markup is stripped, HTML
    is extracted); the id is derived from ``location`` as for a file.
    """
    module = loader(media_type)
    if not hasattr(module, "parse_text"):
        raise SourceError(f"{location}: {media_type} cannot be given as text")
    parsed = module.parse_text(text, name=location, limits=limits or Limits())
    return make_document(
        parsed, location=location, name=location, title=title, date=date, publisher=publisher, url=url
    )
