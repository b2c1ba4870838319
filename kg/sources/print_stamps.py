"""The stamp a browser prints on each page of a web page saved as PDF: not the page's text.

Chromium prints the date, time and title at the top of every page ("11/30/26, 7:53 PM Joint
communique") and the address and page counter at the bottom ("file:///…/page.html 1/1"); Firefox
prints the counter and the date in its footer ("Page 1 of 2 30/11/2026, 19:53"). PDFium reads
them as lines of the page, often after its text. On two or more pages they repeat and go as running
headers (:mod:`kg.sources.pages`); a one-page PDF has nothing to compare, so they are known by
their shape instead, and only in a page's first or last lines: a date and time with a short title,
beside an address and page counter, is not what an author writes there. A sentence that opens with
a date and time ("2023-07-16 09:00 Kenya ratified the Protocol.", a minute's entry) is text.

>>> is_print_stamp("11/30/26, 7:53 PM Joint communique"), is_print_stamp("file:///tmp/a.html 1/1")
(True, True)
>>> is_print_stamp("On 11/30/26 the Ministry met."), is_print_stamp("See https://gov.gh/plan 2/3 of it")
(False, False)
"""

from __future__ import annotations

import re

#: the lines at each end of a page where a browser prints its stamp
EDGE_LINES = 2
#: a numeric date and a time, as browsers print them in any locale: "11/30/26, 7:53 PM",
#: "30.11.26, 19:53", "2026-11-30 19:53:02"
_DATE_TIME = (
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
)
#: "1/1", "Page 2 of 5": which page of how many
_COUNTER = r"(?:Page[ \t]+)?(?P<n>\d{1,4})(?:/|[ \t]+of[ \t]+)(?P<m>\d{1,4})"
_URL = r"(?:file|https?)://\S+"
#: Chromium's header: date, time and the page's title
_HEADER = re.compile(rf"{_DATE_TIME}(?:[ \t]+(?P<title>[^\n]{{1,120}}))?")
#: the most words a title in a header has; a longer run after the date and time is a sentence
TITLE_WORDS = 12
_FOOTERS = (
    re.compile(rf"{_URL}[ \t]+{_COUNTER}"),  # Chromium's footer: address, counter
    re.compile(rf"{_COUNTER}[ \t]+{_DATE_TIME}"),  # Firefox's footer: counter, date, time
)
_BARE_COUNTER = re.compile(_COUNTER)


def is_header(line: str) -> bool:
    """Is this line a date and time, with at most a short title that is no sentence (no final stop)?

    "16/07/2023, 10:00 Meeting opened by the Minister, who welcomed the Compact." is a minute's
    sentence that starts with its time, not a header.
    """
    match = _HEADER.fullmatch(line.strip())
    if not match:
        return False
    title = (match["title"] or "").strip()
    return not title or (len(title.split()) <= TITLE_WORDS and not title.endswith("."))


def _counter(line: str, pattern: re.Pattern[str]) -> bool:
    """Does the pattern match the whole line with a page no later than the last ("3/2" is no counter)?"""
    match = pattern.fullmatch(line.strip())
    return match is not None and int(match["n"]) <= int(match["m"])


def is_footer(line: str) -> bool:
    """Is this line a browser's footer: address and counter, or Firefox's counter and date?"""
    return any(_counter(line, pattern) for pattern in _FOOTERS)


def is_print_stamp(line: str) -> bool:
    """Is this whole line shaped like a browser's print stamp (a header or a footer)?"""
    return is_header(line) or is_footer(line)


def without_print_stamps(lines: list[str]) -> list[str]:
    """The page's lines less the print stamps among its first and last :data:`EDGE_LINES`.

    A header goes only beside a footer or a page counter: a browser prints both, while a
    programme's "2023-07-16 09:00 Registration" at a page's top has neither. A counter alone
    ("1/1", the address read on a line of its own) goes only beside a header.
    """
    n = len(lines)
    edges = set(range(min(EDGE_LINES, n))) | set(range(max(0, n - EDGE_LINES), n))
    footers = {i for i in edges if is_footer(lines[i])}
    counters = {i for i in edges if _counter(lines[i], _BARE_COUNTER)}
    headers = {i for i in edges if is_header(lines[i])} if footers or counters else set()
    stamps = footers | headers | (counters if headers else set())
    return [line for i, line in enumerate(lines) if i not in stamps]
