"""Which loader reads which input: by file extension or by content type, imported lazily.

Loader modules import their heavy libraries (trafilatura, pypdfium2) inside functions, and
are themselves imported only when a source of their type is loaded, so ``kg --help`` stays fast.
Every loader module offers ``parse(data: bytes, *, name, charset, limits) -> Parsed``; the
text-based ones also ``parse_text(text, *, name, limits) -> Parsed``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from kg.errors import SourceError

LOADERS: dict[str, str] = {
    "text/plain": "kg.sources.text",
    "text/markdown": "kg.sources.markdown",
    "text/html": "kg.sources.html",
    "application/pdf": "kg.sources.pdf",
}
EXTENSIONS: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
# Content types servers use for the same formats.
ALIASES: dict[str, str] = {
    "text/x-markdown": "text/markdown",
    "application/xhtml+xml": "text/html",
    "application/x-pdf": "application/pdf",
}


def media_type_for_extension(ext: str) -> str | None:
    return EXTENSIONS.get(ext.lower())


def media_type_for_content_type(content_type: str) -> str | None:
    """``"text/html; charset=utf-8"`` → ``"text/html"``; None when no loader reads it."""
    base = content_type.split(";", 1)[0].strip().lower()
    base = ALIASES.get(base, base)
    return base if base in LOADERS else None


def loader(media_type: str) -> ModuleType:
    try:
        module = LOADERS[media_type]
    except KeyError:
        valid = ", ".join(sorted(LOADERS))
        raise SourceError(f"no loader for media type {media_type!r} (valid: {valid})") from None
    return importlib.import_module(module)
