"""A web page printed to PDF by a browser: its date-time header and address footer are not text.

Before the fix a one-page PDF kept "11/30/26, 7:53 PM Joint communique" and
"file:///…/pdfsrc.html 1/1" at the end of its text (PDFium reads them after the page's text), and
"PM Joint" became a person; only on two or more pages were they left out, as running headers.
"""

from __future__ import annotations

import pytest
from test_sources_formats import file_ref, make_pdf

from kg.extract import extract
from kg.sources import load
from kg.sources.pages import join_pages
from kg.sources.print_stamps import is_print_stamp

BODY = [
    "Joint communique",
    "The Government of Norland and the Regional Ocean Fund signed an agreement on Monday.",
    "Minister Ana Ruiz said the agreement covers mangroves.",
]
HEADER = "11/30/26, 7:53 PM Joint communique"
FOOTER = "file:///home/user/pdfsrc.html 1/1"


@pytest.mark.parametrize(
    "lines",
    [[*BODY, HEADER, FOOTER], [HEADER, *BODY, FOOTER]],
    ids=["read-after-the-text", "at-top-and-bottom"],
)
def test_a_one_page_pdf_loses_the_browser_stamp(tmp_path, lines):
    path = tmp_path / "c.pdf"
    path.write_bytes(make_pdf([lines]))
    doc = load(file_ref(path))
    assert doc.text == f"{BODY[0]}\n{BODY[1]} {BODY[2]}"  # the body's long line runs on
    assert doc.title == "Joint communique"
    persons = {e.label for e in extract(doc).entities if e.type == "Person"}
    assert "Joint" not in persons and "Ana Ruiz" in persons


@pytest.mark.parametrize(
    "line",
    [
        HEADER,
        "30.11.26, 19:53 Gemeinsames Kommuniqué",
        "2026-11-30 19:53",
        "https://gov.example/news/joint-communique?id=4 2/3",
        "Page 1 of 2 30/11/2026, 19:53",
    ],
)
def test_browser_stamps_are_known_by_their_shape(line):
    assert is_print_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "On 11/30/26 the Ministry met the Fund.",
        "See https://gov.example/plan for the plan.",
        "https://gov.example/plan 3/2",
        "Page 1 of 1",
        "1/1",
        "The meeting ended at 7:53 PM on 11/30/26.",
    ],
)
def test_text_is_not_a_stamp(line):
    assert not is_print_stamp(line)


def test_only_the_first_and_last_lines_of_a_page_are_read_as_stamps():
    text = "\n".join(["Title", "Intro line.", "Log:", HEADER, "More text.", "End.", "Last line."])
    assert join_pages([text]) == text


MINUTES = [
    "16/07/2023, 10:00 Meeting opened by Minister Ana Ruiz of Norland, who welcomed the Compact.",
    "The committee reviewed the national plan.",
    "2023-07-16 12:30 Meeting closed after Norland announced it had signed the Convention.",
]


@pytest.mark.parametrize("lines", [MINUTES, [*MINUTES, FOOTER], [MINUTES[2], "It was welcomed."]])
def test_a_sentence_that_opens_with_a_date_and_time_is_text(tmp_path, lines):
    path = tmp_path / "m.pdf"
    path.write_bytes(make_pdf([lines]))
    text = " ".join(load(file_ref(path)).text.split())
    assert all(line in text for line in lines if line != FOOTER)


def test_a_header_goes_only_beside_a_footer_or_counter():
    agenda = ["2023-07-16 09:00 Registration", "Opening remarks by the Chair.", "Lunch."]
    assert join_pages(["\n".join(agenda)]) == "\n".join(agenda)
    assert join_pages(["\n".join([*agenda, "1/1"])]) == "\n".join(agenda[1:])
