"""PDF: the text layer of every page through pypdfium2 (fast, permissive licence, ligatures right)."""

from __future__ import annotations

import threading

from kg.errors import SourceError
from kg.sources.base import Limits, Parsed
from kg.sources.pages import join_pages

MEDIA_TYPE = "application/pdf"
# PDFium is not thread-safe: one document at a time in this process.
_PDFIUM_LOCK = threading.Lock()
# FPDF_GetLastError codes (fpdfview.h)
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


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


def _page_texts(pdf) -> list[str]:
    texts = []
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                texts.append(textpage.get_text_range())
            finally:
                textpage.close()
        finally:
            page.close()
    return texts


def parse(data: bytes, *, name: str, charset: str | None = None, limits: Limits | None = None) -> Parsed:
    """The pages' text without running headers and footers (:mod:`kg.sources.pages`); the title
    from the document information dictionary."""
    import pypdfium2

    with _PDFIUM_LOCK:
        pdf = _open(data, name)
        try:
            try:
                pages = _page_texts(pdf)
                title = pdf.get_metadata_dict(skip_empty=True).get("Title")
            except pypdfium2.PdfiumError as err:
                raise SourceError(f"{name}: not a readable PDF ({err})") from err
        finally:
            pdf.close()
    text = join_pages(pages)
    if not text.strip():
        raise SourceError(f"{name}: no text found in PDF (scanned? OCR is not supported)")
    return Parsed(text=text, media_type=MEDIA_TYPE, title=title)
