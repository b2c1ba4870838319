"""Types and helpers shared by the loaders: references, limits, parse results, documents."""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from dataclasses import dataclass, field

from kg.errors import SourceError
from kg.model import Document
from kg.sources.dateline import dateline_date
from kg.sources.normalize import normalize_text

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MB
MAX_BYTES_ENV = "KG_MAX_SOURCE_BYTES"
PDF_MB_ENV = "KG_PDF_MAX_MB"
PDF_SECONDS_ENV = "KG_PDF_MAX_SECONDS"
# Reading a PDF's pages may take this much memory and time (the time grows with the file's
# size past the floor): a page drawing one form thousands of times needs gigabytes.
DEFAULT_PDF_MB = 1024
DEFAULT_PDF_SECONDS = 60.0


def _max_bytes_from_env() -> int:
    """KG_MAX_SOURCE_BYTES as bytes; accepts ``52428800``, ``50MB``, ``2GB``, ``500KB``."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    match = re.fullmatch(r"(\d+)\s*([KMG]i?B?)?", raw, re.IGNORECASE)
    if not match:
        raise SourceError(f"{MAX_BYTES_ENV}: {raw!r} is not a size (use bytes, or e.g. 100MB)")
    unit = (match.group(2) or "").upper()[:1]
    return int(match.group(1)) * {"": 1, "K": 1024, "M": MB, "G": 1024 * MB}[unit]


def _positive_from_env(env: str, default: float) -> float:
    """A positive number from the environment (``1024``, ``2.5``), or ``default`` when unset."""
    raw = os.environ.get(env, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise SourceError(f"{env}: {raw!r} is not a positive number")
    return value


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile or huge input from exhausting time or memory.

    ``pdf_max_mb`` and ``pdf_seconds`` bound the process that reads a PDF's pages
    (:mod:`kg.sources.pdf_jail`); ``pdf_isolated=False`` reads them in this process instead.
    """

    max_bytes: int = field(default_factory=_max_bytes_from_env)
    pdf_max_mb: int = field(
        default_factory=lambda: max(1, int(_positive_from_env(PDF_MB_ENV, DEFAULT_PDF_MB)))
    )
    pdf_seconds: float = field(
        default_factory=lambda: _positive_from_env(PDF_SECONDS_ENV, DEFAULT_PDF_SECONDS)
    )
    pdf_isolated: bool = True
    url_timeout: float = 20.0  # seconds per connect / read
    url_total_timeout: float = 300.0  # seconds for a whole download
    max_redirects: int = 5


@dataclass(frozen=True)
class SourceRef:
    """One input to load: an absolute file path, an http(s) URL, or "-" for stdin."""

    location: str
    kind: str  # "file" | "url" | "stdin"


@dataclass(frozen=True)
class Parsed:
    """What a loader read from the bytes, before overrides and normalization."""

    text: str
    media_type: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    #: ``title`` is read off the text (its first line), not stated by the source's metadata
    title_from_text: bool = False


def human_size(n: int) -> str:
    """``52428800`` → ``"50 MB"``; small sizes in KB or bytes so test limits read well."""
    if n >= MB:
        value, unit = n / MB, "MB"
    elif n >= 1024:
        value, unit = n / 1024, "KB"
    else:
        return f"{n} bytes"
    return f"{value:.1f}".rstrip("0").rstrip(".") + f" {unit}"


def too_big(name: str, size: int, limits: Limits) -> SourceError:
    return SourceError(
        f"{name}: {human_size(size)} is over the limit of {human_size(limits.max_bytes)} "
        f"(set {MAX_BYTES_ENV} to raise it)"
    )


def over_limit(name: str, limits: Limits) -> SourceError:
    """For streams whose size is only known once the limit is passed (stdin, URLs)."""
    return SourceError(
        f"{name}: larger than the limit of {human_size(limits.max_bytes)} (set {MAX_BYTES_ENV} to raise it)"
    )


def display_name(ref: SourceRef) -> str:
    """How messages name an input: a path relative to the working folder when inside it."""
    if ref.kind == "stdin":
        return "stdin"
    if ref.kind == "file":
        try:
            rel = os.path.relpath(ref.location)
        except ValueError:  # another drive on Windows
            return ref.location
        return ref.location if rel.startswith("..") else rel
    return ref.location


def check_date(name: str, value: str) -> str:
    """A --date override must be an ISO date; say so naming the input otherwise."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise SourceError(f"{name}: --date {value!r} is not an ISO date (YYYY-MM-DD)") from err


def iso_date(value: str | None) -> str | None:
    """Keep the YYYY-MM-DD part of a metadata date, or None if it is not one."""
    if not value:
        return None
    match = re.match(r"(\d{4}-\d{2}-\d{2})", value.strip())
    if not match:
        return None
    try:
        return _dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def clean_title(value: str | None) -> str | None:
    """One line, normalized, at most 300 characters; None when nothing is left."""
    if not value:
        return None
    title = " ".join(normalize_text(value).split())
    if len(title) > 300:
        title = title[:300].rsplit(" ", 1)[0] + "…"
    return title or None


# A line ends where normalize_text starts a new one: LF, CRLF, CR (old Mac files) and the
# rarer breaks (VT, FF, NEL, LS, PS).
_LINE = re.compile("[^\r\n\x0b\x0c\x85\u2028\u2029]+")


def first_line(text: str) -> str | None:
    """The first line with a visible character, as the title of a plain file: lines end as
    :func:`normalize_text` ends them, so a CR-only file is not one long title."""
    for match in _LINE.finditer(text):
        if match.group().strip():
            return match.group()
    return None


#: how much of a text is read to find its title (a wrapped one is judged on this much)
_TITLE_REACH = 20_000


def text_title(text: str) -> str | None:
    """The title of a text that states none: its first line, read as the extractor reads it
    (a headline hard-wrapped over two lines is one title), cleaned as titles are."""
    from kg.soft_breaks import unwrap

    return clean_title(first_line(unwrap(text[:_TITLE_REACH])))


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_document(
    parsed: Parsed,
    *,
    location: str,
    name: str,
    stdin: bool = False,
    title: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Document:
    """Normalize the parsed text and apply the user's overrides over the metadata; a source whose
    metadata has no date is dated by its dateline, if it has one (:mod:`kg.sources.dateline`)."""
    if date is not None:
        date = check_date(name, date)
    text = normalize_text(parsed.text)
    if not text:
        raise SourceError(f"{name}: empty document")
    digest = sha256_hex(text)
    if stdin:
        doc_id = digest[:12]
        location = f"stdin:{doc_id}"
    else:
        doc_id = sha256_hex(location)[:12]
    given_title = clean_title(title)
    own_date = date or iso_date(parsed.date)
    return Document(
        id=doc_id,
        location=location,
        text=text,
        media_type=parsed.media_type,
        sha256=digest,
        title=given_title or clean_title(parsed.title) or None,
        date=own_date or dateline_date(text),
        url=url,
        publisher=publisher or clean_title(parsed.publisher),
        title_from_text=given_title is None and parsed.title_from_text,
        date_from_text=own_date is None,
    )
