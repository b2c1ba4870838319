"""The stamp a browser prints on each page of a web page saved as PDF: not the page's text.

Chromium prints the date, time and title at the top of every page ("11/30/26, 7:53 PM Joint
communique") and the address and page counter at the bottom ("file:///…/page.html 1/1"); Firefox
prints the counter and the date in its footer ("Page 1 of 2 30/11/2026, 19:53"). PDFium reads
them as lines of the page, often after its text. On two or more pages they repeat and go as running
headers (:mod:`kg.sources.pages`); a one-page PDF has nothing to compare, so they are known by
their shape instead, and only in a page's first or last lines: a sentence that opens with a
date and time, or an address followed by a page counter alone, is not what an author writes there.

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
_STAMPS = (
    re.compile(rf"{_DATE_TIME}(?:[ \t]+[^\n]{{1,120}})?"),  # Chromium's header: date, time, title
    re.compile(rf"{_URL}[ \t]+{_COUNTER}"),  # Chromium's footer: address, counter
    re.compile(rf"{_COUNTER}[ \t]+{_DATE_TIME}"),  # Firefox's footer: counter, date, time
)


def is_print_stamp(line: str) -> bool:
    """Is this whole line a browser's print stamp (a counter's page no later than its last)?"""
    line = line.strip()
    for pattern in _STAMPS:
        match = pattern.fullmatch(line)
        if match and (match.groupdict().get("n") is None or int(match["n"]) <= int(match["m"])):
            return True
    return False


def without_print_stamps(lines: list[str]) -> list[str]:
    """The page's lines less the print stamps among its first and last :data:`EDGE_LINES`."""
    n = len(lines)
    edges = set(range(min(EDGE_LINES, n))) | set(range(max(0, n - EDGE_LINES), n))
    return [line for i, line in enumerate(lines) if i not in edges or not is_print_stamp(line)]
