"""The check of a PDF's streams runs in the process that holds the store, so it has a time limit:
past it, the child that reads the pages under limits is the guard; where there is none, the file
is refused in one line. (A crafted 46 MB file held `kg add` for 139 s in this check.)"""

from __future__ import annotations

import zlib

import pytest
from test_pdf_lzw import pdf as pdf_file

from kg.errors import SourceError
from kg.sources import pdf, pdf_jail
from kg.sources.base import Limits
from kg.sources.pdf import refuse_bomb
from kg.sources.pdf_streams import OutOfTime, inflated_size

DOC = pdf_file(
    zlib.compress(b"BT /F1 12 Tf 72 720 Td (Kenya adopted the Plan.) Tj ET"), b"/Filter /FlateDecode"
)


def test_the_scan_stops_at_its_deadline() -> None:
    with pytest.raises(OutOfTime):
        inflated_size(DOC, 10**9, deadline=0.0)
    assert inflated_size(DOC, 10**9) > 0


def test_past_its_time_the_check_leaves_the_file_to_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs out of time at once, and the file is still read: by the child, under limits.
    Where no child can read pages (off Linux), the same file is refused in one line instead."""
    gave_up = []

    def timed_out(data: bytes, limit: int, deadline: float | None = None) -> int:
        gave_up.append(deadline)
        raise OutOfTime

    monkeypatch.setattr(pdf, "inflated_size", timed_out)
    if pdf_jail.isolation_available():
        parsed = pdf.parse(DOC, name="d.pdf", limits=Limits())
        assert "Kenya adopted the Plan." in parsed.text
    else:
        with pytest.raises(SourceError, match=r"^d\.pdf: PDF streams took longer than"):
            pdf.parse(DOC, name="d.pdf", limits=Limits())
    assert gave_up


def test_past_its_time_without_a_child_the_file_is_refused_in_one_line() -> None:
    with pytest.raises(SourceError, match=r"^d\.pdf: PDF streams took longer than 0 s to check; refused$"):
        refuse_bomb(DOC, "d.pdf", Limits(pdf_seconds=0.0, pdf_isolated=False))
