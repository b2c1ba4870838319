"""PDF decompression bombs and over-size text are refused in one line, before PDFium inflates them."""

from __future__ import annotations

import zlib

import pytest
from test_sources_formats import file_ref, make_pdf, message

from kg.sources import Limits, load
from kg.sources.pdf_streams import Overflow, inflated_size

KB = 1024
MB = 1024 * KB
BOMB_MESSAGE = (
    "PDF streams decompress to over 1 MB (a decompression bomb?; "
    "the limit is 4 times KG_MAX_SOURCE_BYTES, set it to raise the limit)"
)


@pytest.mark.parametrize("flate", [1, 2], ids=["flate", "flate-twice"])
def test_pdf_bomb_is_refused(tmp_path, flate):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_pdf([["Norland adopts the plan."]], padding=16 * MB, flate=flate))
    assert path.stat().st_size < 20 * KB  # a thousand times smaller than what it inflates to
    assert message(file_ref(path), limits=Limits(max_bytes=256 * KB)) == f"{path}: {BOMB_MESSAGE}"


def test_compressed_pdf_within_the_limit_loads(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([["Norland adopts the plan."]], padding=200 * KB, flate=2))
    assert load(file_ref(path), limits=Limits(max_bytes=256 * KB)).text == "Norland adopts the plan."


def test_pdf_text_past_the_limit_is_refused(tmp_path):
    """Each page is under the limit; together they pass it."""
    line = "Norland adopts the Coastal Resilience Programme on Monday."
    pages = [[f"{page}.{n} {line}" for n in range(20)] for page in range(12)]
    path = tmp_path / "long.pdf"
    path.write_bytes(make_pdf(pages, flate=1))
    limits = Limits(max_bytes=10 * KB)
    assert path.stat().st_size < limits.max_bytes
    problem = "PDF text is larger than the limit of 10 KB (set KG_MAX_SOURCE_BYTES to raise it)"
    assert message(file_ref(path), limits=limits) == f"{path}: {problem}"
    assert "Norland adopts" in load(file_ref(path), limits=Limits(max_bytes=20 * KB)).text


def _obj(body: bytes, data: bytes) -> bytes:
    return b"1 0 obj\n<< %s >>\nstream\n%s\nendstream\nendobj\n" % (body, data)


def test_inflated_size_counts_every_zlib_layer_whatever_the_filter_is_called():
    once = zlib.compress(b"a" * 5000)
    twice = zlib.compress(once)
    data = b"%PDF-1.4\n" + _obj(b"/Filter /Fl", once) + _obj(b"/Filter 9 0 R", twice)
    data += b"9 0 obj [/Fl#61teDecode /FlateDecode] endobj\n"
    assert inflated_size(data, 1 * MB) == 5000 + len(once) + 5000


def test_inflated_size_ignores_uncompressed_streams():
    data = b"%PDF-1.4\n" + _obj(b"/Length 20", b"BT (x\x9c plan) Tj ET" + b" " * 5000)
    assert inflated_size(data, 1 * MB) == 0


def test_inflated_size_stops_at_the_limit():
    bomb = zlib.compressobj(9)
    data = bomb.compress(b" " * 64 * MB) + bomb.flush()
    with pytest.raises(Overflow):
        inflated_size(_obj(b"/Filter /FlateDecode", data), 1 * MB)
