"""LZW bombs, and bombs wrapped in RunLength, ASCIIHex or ASCII85, are refused before PDFium
decodes them; an ordinary LZW-compressed PDF still loads."""

from __future__ import annotations

import base64
import time
import zlib

import pytest
from pdf_bytes import pdf_file
from test_pdf_limits import BOMB_MESSAGE
from test_sources_formats import file_ref, message

from kg.sources import Limits, load
from kg.sources.pdf_filters import Lzw
from kg.sources.pdf_streams import Overflow, inflated_size

KB = 1024
MB = 1024 * KB
LIMITS = Limits(max_bytes=256 * KB)  # streams may decode to 1 MB
TEXT = b"BT /F1 12 Tf 14 TL 72 720 Td (Norland adopts the plan.) Tj T* (The Ministry leads it.) Tj ET\n"


def lzw_pack(codes: list[int], early: int = 1) -> bytes:
    """Codes packed most significant bit first, each as wide as a PDF decoder expects: 9 bits
    until its table (258 + entries) reaches 512 - early, then 10, 11 and 12."""
    bits = nbits = entries = 0
    previous = False
    out = bytearray()
    for code in codes:
        size = 258 + entries + early
        width = 9 if size < 512 else 10 if size < 1024 else 11 if size < 2048 else 12
        bits, nbits = (bits << width) | code, nbits + width
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
        bits &= (1 << nbits) - 1
        if code == 256:
            entries, previous = 0, False
        elif code != 257:
            entries += previous and 258 + entries < 4096
            previous = True
    if nbits:
        out.append((bits << (8 - nbits)) & 0xFF)
    return bytes(out)


def lzw_encode(data: bytes, early: int = 1) -> bytes:
    """A plain LZW encoder: the table starts over (code 256) when it is full."""
    table = {bytes([byte]): byte for byte in range(256)}
    codes, word = [256], b""
    for byte in data:
        longer = word + bytes([byte])
        if longer in table:
            word = longer
            continue
        codes.append(table[word])
        if len(table) + 2 < 4096 - early:
            table[longer] = len(table) + 2
        else:
            codes.append(256)
            table = {bytes([b]): b for b in range(256)}
        word = bytes([byte])
    return lzw_pack([*codes, table[word], 257] if word else [*codes, 257], early)


def lzw_bomb(size: int, early: int = 1) -> bytes:
    """About ``size`` spaces: the table fills with ever longer runs, then the longest (3,838
    spaces) is repeated, 1.5 bytes each."""
    return lzw_pack([256, 32, *range(258, 4096), *[4095] * (size // 3838), 257], early)


def run_length(data: bytes) -> bytes:
    return b"".join(bytes([len(data[i : i + 128]) - 1]) + data[i : i + 128] for i in range(0, len(data), 128))


def pdf(stream: bytes, dictionary: bytes, extra: list[bytes] | None = None) -> bytes:
    """One page whose content stream is ``stream`` under ``dictionary``; ``extra`` objects are
    numbered from 6."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(stream), stream),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
        *(extra or []),
    ]
    return pdf_file(objects, b"/Size %d /Root 1 0 R" % (len(objects) + 1))


def flate_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9)
    return packer.compress(b" " * size) + packer.flush()


BOMBS = {
    "lzw": pdf(lzw_bomb(16 * MB), b"/Filter /LZWDecode"),
    "lzw-early-change-0": pdf(lzw_bomb(16 * MB, 0), b"/Filter /LZW /DecodeParms << /EarlyChange 0 >>"),
    "lzw-name-escaped": pdf(lzw_bomb(16 * MB), b"/Filter [/LZW#44ecode]"),
    "lzw-filter-elsewhere": pdf(lzw_bomb(16 * MB), b"/Filter 6 0 R", [b"[/LZWDecode]"]),
    # a '(stream)' and an 'obj' inside a string do not cut the real /Filter off
    "lzw-string-decoys": pdf(lzw_bomb(16 * MB), b"/Filter /LZWDecode /Note (7 0 obj << >> stream)"),
    # where the dictionary cannot be read, LZW is assumed
    "lzw-unreadable-dictionary": pdf(lzw_bomb(16 * MB), b"/Filter 9 0 R"),
    "lzw-then-flate": pdf(lzw_encode(flate_bomb(64 * MB)), b"/Filter [/LZWDecode /FlateDecode]"),
    "flate-then-lzw": pdf(zlib.compress(lzw_bomb(16 * MB)), b"/Filter [/FlateDecode /LZWDecode]"),
    "ascii85-then-lzw": pdf(base64.a85encode(lzw_bomb(16 * MB)) + b"~>", b"/Filter [/A85 /LZW]"),
    "ascii85-then-flate": pdf(base64.a85encode(flate_bomb(64 * MB)) + b"~>", b"/Filter [/A85 /Fl]"),
    "asciihex-then-flate": pdf(flate_bomb(64 * MB).hex().encode() + b">", b"/Filter [/AHx /Fl]"),
    "runlength-then-flate": pdf(run_length(flate_bomb(64 * MB)) + b"\x80", b"/Filter [/RL /Fl]"),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_lzw_and_wrapped_bombs_are_refused_quickly(tmp_path, name):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(BOMBS[name])
    assert path.stat().st_size < 200 * KB  # decoding to 16 MB or more
    started = time.perf_counter()
    assert message(file_ref(path), limits=LIMITS) == f"{path}: {BOMB_MESSAGE}"
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("early", [1, 0])
def test_lzw_pdf_with_text_loads_and_is_counted(tmp_path, early):
    lines = [f"Line {n}: Norland adopts the Coastal Resilience Programme." for n in range(300)]
    content = (
        b"BT /F1 10 Tf 12 TL 72 760 Td " + b"".join(b"(%s) Tj T* " % line.encode() for line in lines) + b"ET"
    )
    parms = b"" if early else b" /DecodeParms << /EarlyChange 0 >>"
    data = pdf(lzw_encode(content, early), b"/Filter /LZWDecode" + parms)
    assert inflated_size(data, 1 * MB) == len(content)  # its table filled and started over
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    text = load(file_ref(path), limits=LIMITS).text
    assert "Line 0: Norland adopts" in text
    assert "Line 299: Norland adopts the Coastal Resilience Programme." in text


def test_lzw_counts_without_keeping_the_output():
    """Counting only (the lengths of the table's strings) gives what decoding gives."""
    data = bytes(range(256)) * 20 + b"Norland " * 3000 + TEXT * 50
    packed = lzw_encode(data)
    decoder = Lzw()
    assert b"".join(piece for piece in decoder.feed(packed) if isinstance(piece, bytes)) == data
    counter = Lzw()
    counter.count_only = True
    assert sum(piece for piece in counter.feed(packed) if isinstance(piece, int)) == len(data)
    switched = Lzw()
    pieces = []
    for index in range(0, len(packed), 100):
        pieces += switched.feed(packed[index : index + 100])
        switched.count_only = index > len(packed) // 2
    assert sum(p if isinstance(p, int) else len(p) for p in pieces) == len(data)


def test_inflated_size_stops_an_lzw_bomb_at_the_limit():
    started = time.perf_counter()
    with pytest.raises(Overflow):
        inflated_size(pdf(lzw_bomb(1024 * MB), b"/Filter /LZWDecode"), 1 * MB)
    assert time.perf_counter() - started < 1.0
