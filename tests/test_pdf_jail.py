"""PDF pages are read in a child process under memory and time limits: a small PDF whose page
draws a form thousands of times, or nests forms that each draw the next ten times, is refused
in one line while this process stays small; the child is reused, and replaced when it dies."""

from __future__ import annotations

import os
import resource
import signal
import threading

import pytest
from click.testing import CliRunner
from pdf_bytes import pdf_file
from test_pdf_lzw import lzw_encode, pdf
from test_sources_formats import REPORT_PDF, file_ref, make_pdf, message

from kg.cli import cli
from kg.errors import SourceError
from kg.sources import Limits, load, pdf_jail

MB = 1024 * 1024
LINE = b"BT /F1 12 Tf 72 700 Td (Norland adopts the plan.) Tj ET\n"
SMALL = Limits(pdf_max_mb=64, pdf_seconds=20)
TOO_BIG = "reading its pages needed more than 64 MB; refused (KG_PDF_MAX_MB raises the limit)"


def forms_pdf(draws: list[int], leaf: bytes) -> bytes:
    """One page drawing form 0 ``draws[0]`` times; form k draws form k+1 ``draws[k + 1]``
    times; the last form's content is ``leaf``."""
    first = 6
    page = b"/Fm0 Do\n" * draws[0]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
        b"/XObject << /Fm0 %d 0 R >> >> /Contents 5 0 R >>" % first,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page), page),
    ]
    for level in range(len(draws)):
        last = level == len(draws) - 1
        body = leaf if last else b"/Fm0 Do\n" * draws[level + 1]
        inner = b"" if last else b"/XObject << /Fm0 %d 0 R >> " % (first + level + 1)
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
            b"%s>> /Length %d >>\nstream\n%s\nendstream" % (inner, len(body), body)
        )
    return pdf_file(objects, b"/Size %d /Root 1 0 R" % (len(objects) + 1))


# 22 KB: one form of 100 lines drawn 2,000 times (about 170 MB to read in full)
REPEATED = forms_pdf([2000], LINE * 100)
# 2 KB: six forms, each drawing the next ten times (about 860 MB to read in full)
NESTED = forms_pdf([1] + [10] * 5, LINE)
# 2 KB: the same with an empty last form: about 90 MB, but half a second or more
NESTED_EMPTY = forms_pdf([1] + [10] * 5, b"q Q\n")


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [REPEATED, NESTED], ids=["repeated-form", "nested-forms"])
def test_form_bombs_are_refused_and_this_process_stays_small(tmp_path, data):
    path = write(tmp_path, "report.pdf", data)
    assert path.stat().st_size < 25 * 1024
    before = peak_rss()
    assert message(file_ref(path), limits=SMALL) == f"{path}: {TOO_BIG}"
    assert peak_rss() - before < 32 * MB


def test_a_pdf_that_reads_too_slowly_is_refused_at_its_deadline(tmp_path):
    path = write(tmp_path, "slow.pdf", NESTED_EMPTY)
    limits = Limits(pdf_max_mb=512, pdf_seconds=0.1)
    problem = "reading its pages took longer than 0.1 s; refused (KG_PDF_MAX_SECONDS raises the limit)"
    assert message(file_ref(path), limits=limits) == f"{path}: {problem}"
    good = write(tmp_path, "good.pdf", REPORT_PDF)
    assert load(file_ref(good), limits=limits).title == "Norland Annual Report"


def test_one_child_serves_pdf_after_pdf(tmp_path):
    path = write(tmp_path, "report.pdf", REPORT_PDF)
    load(file_ref(path))
    child = pdf_jail._worker
    for _ in range(3):
        load(file_ref(path))
    assert pdf_jail._worker is child and child.alive()


def test_a_dead_child_is_replaced_and_the_next_pdf_loads(tmp_path):
    path = write(tmp_path, "report.pdf", REPORT_PDF)
    expected = load(file_ref(path)).text
    dead = pdf_jail._worker
    os.kill(dead.proc.pid, signal.SIGKILL)
    dead.proc.wait()
    assert load(file_ref(path)).text == expected
    assert pdf_jail._worker is not dead and pdf_jail._worker.alive()


def test_a_child_killed_while_reading_is_reported_in_one_line(tmp_path):
    path = write(tmp_path, "slow.pdf", NESTED_EMPTY)
    good = write(tmp_path, "report.pdf", REPORT_PDF)
    load(file_ref(good))
    pid = pdf_jail._worker.proc.pid
    threading.Timer(0.1, os.kill, (pid, signal.SIGKILL)).start()
    problem = "the process reading its pages died (SIGKILL); refused"
    assert message(file_ref(path), limits=Limits(pdf_max_mb=512)) == f"{path}: {problem}"
    assert load(file_ref(good)).title == "Norland Annual Report"


PDFS = {
    "report": REPORT_PDF,
    "pages": make_pdf([[f"Page {n}: Norland adopts the plan."] for n in range(5)], flate=1),
    "lzw": pdf(lzw_encode(b"BT /F1 12 Tf 72 720 Td (Norland adopts the plan.) Tj ET"), b"/Filter /LZWDecode"),
    "forms": forms_pdf([3, 2], LINE),
}


@pytest.mark.parametrize("name", sorted(PDFS))
def test_text_and_title_are_those_read_in_process(tmp_path, name):
    path = write(tmp_path, f"{name}.pdf", PDFS[name])
    jailed = load(file_ref(path))
    at_home = load(file_ref(path), limits=Limits(pdf_isolated=False))
    assert (jailed.text, jailed.title) == (at_home.text, at_home.title)
    assert "Norland" in jailed.text


def test_elsewhere_than_linux_pages_are_read_in_process(tmp_path, monkeypatch):
    path = write(tmp_path, "report.pdf", REPORT_PDF)
    pdf_jail.stop_worker()
    monkeypatch.setattr(pdf_jail, "isolation_available", lambda: False)
    assert load(file_ref(path)).title == "Norland Annual Report"
    assert pdf_jail._worker is None


def test_limits_from_the_environment(monkeypatch):
    monkeypatch.setenv("KG_PDF_MAX_MB", "2048")
    monkeypatch.setenv("KG_PDF_MAX_SECONDS", "7.5")
    assert (Limits().pdf_max_mb, Limits().pdf_seconds) == (2048, 7.5)
    assert pdf_jail.deadline(100 * MB, Limits()) == 200.0  # bigger files get longer
    monkeypatch.setenv("KG_PDF_MAX_MB", "lots")
    with pytest.raises(SourceError, match="KG_PDF_MAX_MB: 'lots' is not a positive number"):
        Limits()


def test_kg_add_of_a_folder_adds_the_good_pdfs_and_reports_the_bomb(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    write(folder, "a.pdf", REPORT_PDF)
    write(folder, "bomb.pdf", NESTED)
    write(folder, "c.pdf", PDFS["pages"])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_PDF_MAX_MB", "64")
    result = CliRunner().invoke(cli, ["--store", "store", "add", "reports"], catch_exceptions=False)
    assert result.exit_code == 1
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["added", "added"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {os.path.join('reports', 'bomb.pdf')}: {TOO_BIG}"]
    assert "2 added, 0 replaced, 0 unchanged, 1 failed" in result.stderr


def test_a_forked_process_starts_its_own_child(tmp_path):
    path = write(tmp_path, "report.pdf", REPORT_PDF)
    load(file_ref(path))
    parents = pdf_jail._worker.proc.pid
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the forked process: loads through a child of its own, then leaves at once
        try:
            ok = (
                load(file_ref(path)).title == "Norland Annual Report" and pdf_jail._worker.proc.pid != parents
            )
            os.write(writer, b"ok" if ok else b"no")
        finally:
            os._exit(0)
    os.close(writer)
    assert os.read(reader, 2) == b"ok"
    os.waitpid(pid, 0)
    assert load(file_ref(path)).title == "Norland Annual Report"
    assert pdf_jail._worker.proc.pid == parents
