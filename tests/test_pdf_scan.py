"""The pre-scan of a PDF's streams takes time in proportion to the file, however its dictionaries
and references are crafted; it reads filter parameters as PDFium does and leaves images alone.
What it cannot see (encrypted streams, inline images, streams labelled as images) the child
process's memory limit refuses."""

from __future__ import annotations

import hashlib
import struct
import time
import zlib

import pytest
from pdf_bytes import pdf_file
from test_pdf_jail import TOO_BIG
from test_pdf_limits import BOMB_MESSAGE
from test_pdf_lzw import LIMITS, lzw_bomb, lzw_encode, pdf
from test_sources_formats import file_ref, message

from kg.sources import Limits, load
from kg.sources.pdf_streams import inflated_size

MB = 1024 * 1024
TEXT = b"BT /F1 12 Tf 72 720 Td (Norland adopts the plan.) Tj ET\n"
JAILED = Limits(max_bytes=256 * 1024, pdf_max_mb=64, pdf_seconds=20)


def missing_references(count: int) -> bytes:
    """Streams whose filters are in objects that do not exist: each was looked for in the
    whole file."""
    unit = (
        b"%d 0 obj << /Length 2 /Filter 999 0 R /DecodeParms 998 0 R >>\nstream\n\x80>\nendstream\nendobj\n"
    )
    return pdf(b"BT ET", b"") + b"".join(unit % (n + 10) for n in range(count))


def unclosed_arrays(count: int) -> bytes:
    """``stream`` keywords after arrays that never close: each was lexed over and over."""
    return b"%PDF-1.4\n" + (b" obj [" + b" /a" * 700 + b" stream\n\x80>\n") * count


def scan_seconds(data: bytes) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        inflated_size(data, 64 * MB)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize(
    ("craft", "count"), [(missing_references, 250), (unclosed_arrays, 8)], ids=["references", "arrays"]
)
def test_crafted_files_are_scanned_in_time_proportional_to_their_size(craft, count):
    small, large = scan_seconds(craft(count)), scan_seconds(craft(4 * count))
    assert large < 0.6
    # four times the file takes about four times as long (sixteen, were it the square of the size);
    # the margin is for a busy machine, where one run of the small file can be lucky (8.3× was seen
    # under load); the square would be 16×
    assert large < 11 * small + 0.01


def flate(data: bytes, times: int = 1) -> bytes:
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(data) for _ in range(times)) + packer.flush()


def page(content: bytes, content_dict: bytes = b"", xobject: bytes | None = None) -> list[bytes]:
    """Catalog, pages, page, its content stream and font; an image as object 6 if given."""
    resources = b"/Font << /F1 5 0 R >>" + (b" /XObject << /Im1 6 0 R >>" if xobject else b"")
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << %s >> /Contents 4 0 R >>"
        % resources,
        b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(content), content_dict, content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *([xobject] if xobject else []),
    ]


def test_a_big_lossless_figure_is_not_counted(tmp_path):
    """PDFium does not decode images to read text: a figure inflating to 6 MB is no bomb."""
    pixels = flate(bytes(range(256)) * 24, 1000)  # 2048 x 1000 RGB
    image = b"<< /Type /XObject /Subtype /Image /Width 2048 /Height 1000 /ColorSpace /DeviceRGB "
    image += b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (
        len(pixels),
        pixels,
    )
    path = tmp_path / "figure.pdf"
    content = TEXT + b"q 612 0 0 300 0 0 cm /Im1 Do Q\n"
    path.write_bytes(pdf_file(page(content, xobject=image), b"/Root 1 0 R /Size 7"))
    assert load(file_ref(path), limits=LIMITS).text == "Norland adopts the plan."


@pytest.mark.parametrize(
    ("dictionary", "extra"),
    [
        (b"/Filter [/LZW] /DecodeParms << /EarlyChange 0 >>", []),  # ignored: not an array
        (b"/Filter /LZW /DecodeParms [<< /EarlyChange 0 >>]", []),  # ignored: not a dictionary
        (b"/Filter [/LZW] /DecodeParms 6 0 R", [b"<< /EarlyChange 0 >>"]),
    ],
    ids=["array-and-dictionary", "name-and-array", "array-and-indirect-dictionary"],
)
def test_lzw_parameters_that_pdfium_ignores_are_ignored(tmp_path, dictionary, extra):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf(lzw_bomb(16 * MB, early=1), dictionary, extra))
    assert message(file_ref(path), limits=LIMITS) == f"{path}: {BOMB_MESSAGE}"


def test_lzw_parameters_in_an_array_for_an_array_of_filters_apply():
    content = b"".join(b"(Line %d: Norland adopts the plan.) Tj T* " % n for n in range(300))
    data = pdf(lzw_encode(content, 0), b"/Filter [/LZWDecode] /DecodeParms [<< /EarlyChange 0 >>]")
    assert inflated_size(data, 1 * MB) == len(content)


def flate_bomb(head: bytes, byte: bytes, megabytes: int) -> bytes:
    """``head`` then ``megabytes`` MB of ``byte``, with no end: after a full flush the same
    input compresses to the same block, so one is made and repeated (PDFium keeps what it
    inflated before the data ran out)."""
    packer = zlib.compressobj(9)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    return start + (packer.compress(byte * MB) + packer.flush(zlib.Z_FULL_FLUSH)) * megabytes


def rc4(key: bytes, data: bytes) -> bytes:
    box, j = list(range(256)), 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(len(data)), 0, 0
    for index, byte in enumerate(data):
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out[index] = byte ^ box[(box[i] + box[j]) % 256]
    return bytes(out)


def encrypted(objects: list[bytes], stream_object: int, stream: bytes, dictionary: bytes) -> bytes:
    """RC4 40-bit encryption (revision 2) with empty passwords: PDFium opens it unasked."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    file_id, permissions = b"0123456789abcdef", -44
    owner = rc4(hashlib.md5(pad).digest()[:5], pad)
    key = hashlib.md5(pad + owner + struct.pack("<i", permissions) + file_id).digest()[:5]
    object_key = hashlib.md5(key + struct.pack("<I", stream_object)[:3] + b"\0\0").digest()[:10]
    sealed = rc4(object_key, stream)
    objects[stream_object - 1] = b"<< /Length %d %s >>\nstream\n%s\nendstream" % (
        len(sealed),
        dictionary,
        sealed,
    )
    objects.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner.hex().encode(), rc4(key, pad).hex().encode(), permissions)
    )
    trailer = b"/Root 1 0 R /Size %d /Encrypt %d 0 R /ID [<%s> <%s>]"
    return pdf_file(
        objects, trailer % (len(objects) + 1, len(objects), file_id.hex().encode(), file_id.hex().encode())
    )


def inline_image_bomb() -> bytes:
    pixels = flate_bomb(b"", b"\0", 128)
    image = b"BI /W 4096 /H 32768 /BPC 8 /CS /G /F /Fl ID\n%s\nEI" % pixels
    return pdf_file(page(TEXT + b"q 100 0 0 100 0 0 cm " + image + b" Q\n"), b"/Root 1 0 R /Size 6")


@pytest.mark.parametrize(
    "craft",
    [
        lambda: pdf_file(
            page(flate_bomb(TEXT, b" ", 128), b"/Subtype /Image /Filter /FlateDecode"), b"/Root 1 0 R /Size 6"
        ),
        lambda: encrypted(page(b""), 4, flate_bomb(TEXT, b" ", 128), b"/Filter /FlateDecode"),
        inline_image_bomb,
    ],
    ids=["content-labelled-image", "encrypted", "inline-image"],
)
def test_bombs_the_scan_cannot_see_are_refused_by_the_child(tmp_path, craft):
    data = craft()
    assert inflated_size(data, 1 * MB) < 1 * MB  # not seen by the scan
    path = tmp_path / "bomb.pdf"
    path.write_bytes(data)
    assert message(file_ref(path), limits=JAILED) == f"{path}: {TOO_BIG}"
