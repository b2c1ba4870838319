"""PDF: the text layer of every page through pypdfium2 (fast, permissive licence, ligatures right).

PDFium runs in a child process under memory and time limits (:mod:`kg.sources.pdf_jail`): a
small PDF can make it take gigabytes. :func:`read_pages` is what that child runs.
"""

from __future__ import annotations

import threading
import time

from kg.errors import SourceError
from kg.sources.base import MAX_BYTES_ENV, MB, Limits, Parsed, clean_title, human_size, text_title
from kg.sources.pages import join_pages
from kg.sources.pdf_lines import paragraphs
from kg.sources.pdf_streams import OutOfTime, Overflow, inflated_size

MEDIA_TYPE = "application/pdf"
# PDFium is not thread-safe: one document at a time in this process.
_PDFIUM_LOCK = threading.Lock()
# FPDF_GetLastError codes (fpdfview.h)
_ERR_PASSWORD = 4
_ERR_SECURITY = 5
# How far a PDF's zlib streams may inflate, as a multiple of the size limit: fonts and Flate
# images take a few times the file's size; a decompression bomb a thousand times.
INFLATE_FACTOR = 4


#: how long the check of a PDF's streams may take: this floor, and this much more per MB; past it
#: the check stops, and the child that reads the pages (which bounds memory and time) is the guard
PRESCAN_SECONDS = 5.0
PRESCAN_SECONDS_PER_MB = 0.5


def refuse_bomb(data: bytes, name: str, limits: Limits) -> None:
    """SourceError when the streams would inflate past the limit (:mod:`kg.sources.pdf_streams`).

    A file crafted to be slow to check is not checked to the end in this process (the one that holds
    the store): past its time the check gives up, and where pages are read in a child under limits
    that is enough; where they are not, the file is refused."""
    from kg.sources.pdf_jail import isolated

    limit = INFLATE_FACTOR * limits.max_bytes
    seconds = min(limits.pdf_seconds, PRESCAN_SECONDS + PRESCAN_SECONDS_PER_MB * len(data) / MB)
    try:
        inflated_size(data, limit, time.monotonic() + seconds)
    except OutOfTime as err:
        if isolated(limits):
            return
        raise SourceError(f"{name}: PDF streams took longer than {seconds:.3g} s to check; refused") from err
    except Overflow as err:
        raise SourceError(
            f"{name}: PDF streams decompress to over {human_size(limit)} (a decompression bomb?; "
            f"the limit is {INFLATE_FACTOR} times {MAX_BYTES_ENV}, set it to raise the limit)"
        ) from err


def _open(data: bytes, name: str):  # -> pypdfium2.PdfDocument
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code == _ERR_PASSWORD:
            raise SourceError(f"{name}: PDF is password-protected") from err
        if code == _ERR_SECURITY:
            raise SourceError(f"{name}: PDF uses an unsupported security handler (encrypted?)") from err
        reason = str(err).rstrip(".")
        if "(PDFium: " in reason:
            reason = reason.split("(PDFium: ", 1)[1].rstrip(")")
        raise SourceError(f"{name}: not a readable PDF ({reason})") from err


def _page_texts(pdf, name: str, max_bytes: int) -> list[str]:
    """Page by page, counting the characters before taking them: text past the size limit is
    refused as an over-size text file would be, before it is copied out."""
    texts = []
    total = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                total += textpage.count_chars()
                if total > max_bytes:
                    raise SourceError(
                        f"{name}: PDF text is larger than the limit of {human_size(max_bytes)} "
                        f"(set {MAX_BYTES_ENV} to raise it)"
                    )
                texts.append(textpage.get_text_range())
            finally:
                textpage.close()
        finally:
            page.close()
    return texts


def read_pages(data: bytes, name: str, max_bytes: int) -> tuple[list[str], str | None]:
    """The text of each page and the title, read by PDFium in this process, without limits
    on its memory or time: call it where those are bounded (the jail's child)."""
    import pypdfium2

    with _PDFIUM_LOCK:
        pdf = _open(data, name)
        try:
            try:
                pages = _page_texts(pdf, name, max_bytes)
                title = pdf.get_metadata_dict(skip_empty=True).get("Title")
            except pypdfium2.PdfiumError as err:
                raise SourceError(f"{name}: not a readable PDF ({err})") from err
        finally:
            pdf.close()
    return pages, title


def parse(data: bytes, *, name: str, charset: str | None = None, limits: Limits | None = None) -> Parsed:
    """The pages' text without running headers and footers (:mod:`kg.sources.pages`); the title
    from the document information dictionary, else the text's first line as a text file's (so
    ``kg sources`` shows one). A file whose streams or text pass the limits is
    refused before its text is copied out; one whose pages need too much memory or time to
    read, when they pass them (:mod:`kg.sources.pdf_jail`)."""
    from kg.sources.pdf_jail import jailed_pages

    limits = limits or Limits()
    refuse_bomb(data, name, limits)
    pages, title = jailed_pages(data, name, limits)
    text = paragraphs(join_pages(pages))
    if not text.strip():
        raise SourceError(f"{name}: no text found in PDF (scanned? OCR is not supported)")
    if clean_title(title) is None:
        return Parsed(text=text, media_type=MEDIA_TYPE, title=text_title(text), title_from_text=True)
    return Parsed(text=text, media_type=MEDIA_TYPE, title=title)
