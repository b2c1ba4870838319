"""A PDF file from its objects, for tests that build PDFs by hand: numbered from 1, with a
cross-reference table whose offsets are right, so PDFium reads it without repairing it."""

from __future__ import annotations


def pdf_file(objects: list[bytes], trailer: bytes) -> bytes:
    """``objects`` as ``n 0 obj``, then the xref table and ``<< trailer >>``."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)
