"""The date of a press release or statement from its dateline, when no metadata gives one.

Plain-text, Markdown and PDF releases carry their date only in the text: "ACCRA, 14 March 2023 —",
"Nairobi, 2 June 2024", "GENEVA (UN News) – March 14, 2023", "Date: 2024-02-12". Without it,
`kg views --since` leaves them out. The date is taken only where a dateline stands: at the start
of one of the first lines, alone or after a place (and an agency in brackets) and a comma, dash or
colon. A date inside a sentence ("On 14 March 2023 Ghana adopted …", "the 2019-2024 Plan") is
what the text is about, not when it was written, and is never taken: a missing date is better
than an invented one.

>>> dateline_date("ACCRA, 14 March 2023 — The Government of Ghana today launched …")
'2023-03-14'
>>> dateline_date("Ghana adopts plan\\nGENEVA (UN News) – March 2, 2023 – The Council …")
'2023-03-02'
>>> dateline_date("On 14 March 2023, Ghana adopted its plan.") is None
True
"""

from __future__ import annotations

import datetime as _dt
import re

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)} | {
    name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)
}
_MONTHS["sept"] = 9
_MONTH = r"(?P<{}>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
_DAY = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)\d{{2}})"
_DATE = (
    r"(?:" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + r",?\s+" + _YEAR.format("y1")
    + r"|" + _MONTH.format("m2") + r"\s+" + _DAY.format("d2") + r",?\s+" + _YEAR.format("y2")
    + r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)  # fmt: skip
#: what may stand before the date on a dateline: a label, or a place with an agency in brackets
_LEAD = (
    r"[\s*_>#]*(?:(?:Date|Dated|Published|Posted|Issued|Released)\s*:?\s*"
    r"|(?:[A-Z][\w.’'-]*(?:[ -][A-Z][\w.’'-]*){0,3},\s+)?"  # "WASHINGTON, D.C.", "Suva, Fiji"
    r"[A-Z][\w.’'-]*(?:[ -][A-Z][\w.’'-]*){0,3}(?:\s*\([^()\n]{1,40}\))?\s*[,:–—-]\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
)
_DATELINE = re.compile(_LEAD + _DATE + r"(?![\w-])")
#: how many of the first non-empty lines may hold the dateline (title, subtitle, byline, dateline)
LINES = 6


def _valid(year: str, month: str, day: str) -> str | None:
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return _dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def dateline_date(text: str) -> str | None:
    """The ISO date of the dateline among the first lines of ``text``, or None when there is none."""
    seen = 0
    for line in text[:2000].split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > LINES:
            break
        m = _DATELINE.match(line)
        if m is None:
            continue
        for k in "123":
            if m.group("y" + k):
                date = _valid(m.group("y" + k), m.group("m" + k), m.group("d" + k))
                if date is not None:
                    return date  # "30 February" is no date: the next line may hold the dateline
    return None
