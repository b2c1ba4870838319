"""Plain text: decode bytes without ever failing on legacy encodings, refuse binary files."""

from __future__ import annotations

import codecs

from kg.errors import SourceError
from kg.sources.base import Limits, Parsed, text_title
from kg.sources.charset import transport_encoding

MEDIA_TYPE = "text/plain"

# Magic numbers of common binary formats a user may pass by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "audio"),
    (b"fLaC", "audio"),
    (b"\x1aE\xdf\xa3", "video"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text: C0 controls other than \t \n \v \f \r and ESC.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` ("PNG image", "binary"), or None if it looks like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypheic") or (
        data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI ")
    ):
        return "media file"
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text has NUL bytes by design
    head = data[:8192]
    if b"\x00" in head:
        return "binary"
    if head and len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) * 0.05:
        return "binary"
    return None


def refuse_binary(name: str, data: bytes) -> None:
    kind = binary_kind(data)
    if kind == "binary":
        raise SourceError(f"{name}: binary file, not text")
    if kind:
        raise SourceError(f"{name}: binary file ({kind}), not text")


def decode(data: bytes, charset: str | None = None) -> str:
    """Decode text bytes: BOM, declared charset, UTF-8, cp1252, and latin-1 as the last resort.

    Never fails: latin-1 maps every byte, so a legacy file is read rather than refused. The
    declared charset (from HTTP, or resolved by the HTML loader) is used only when
    :func:`kg.sources.charset.transport_encoding` believes it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    declared = transport_encoding(charset, data)
    candidates = [declared] if declared else []
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def parse_text(text: str, *, name: str, limits: Limits | None = None) -> Parsed:
    """Plain text is its own text; its first non-empty line serves as the title, read as the
    extractor reads it: a headline hard-wrapped over two lines is one title."""
    return Parsed(text=text, media_type=MEDIA_TYPE, title=text_title(text), title_from_text=True)


def parse(data: bytes, *, name: str, charset: str | None = None, limits: Limits | None = None) -> Parsed:
    refuse_binary(name, data)
    return parse_text(decode(data, charset), name=name, limits=limits)
