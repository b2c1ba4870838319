"""Aligned plain-text tables, optionally fitted to a terminal's width.

One layout for every table the CLI prints (query results, views, listings, figures), so
they align, cut and fit the same way. Fitting narrows the widest columns first and never
below a floor, so a date or a count stays whole while a long title or sentence is cut
with "…"; a column whose end tells entries apart (a file path) loses its start instead.
When fitting would cut columns to stubs, each row is shown as a block of "name  value" lines
instead, values wrapped to the width.

Examples
--------
>>> cols = [Column("name"), Column("n", right=True)]
>>> print(layout(cols, [["a long name of a plan", "12"], ["short", "3"]], width=18))
name             n
--------------  --
a long name o…  12
short            3
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

#: the widest cell of a table, fitted or not (None in a Column for text that must stay whole)
MAX_CELL = 60
#: control characters a cell must not carry to the terminal (a wrapped sentence's line breaks)
CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
#: a cell this short is never cut by fitting (dates, counts, years, short labels)
FLOOR = 10
#: long cells keep this much before any header is cut
READABLE = 20
#: a column whose cells are fitted narrower than this (and than they are) is a stub: the rows
#: become blocks (a header cut short is not: "relati…" above counts still reads)
STUB = 12
#: fitting keeps at least this much of a header or of a long cell
MIN_WIDTH = 6
GAP = "  "


@dataclass(frozen=True)
class Column:
    """How one column is shown: its header, alignment, which end of a long cell to keep, and
    the widest it may be even when there is room (``cap``; None: no limit), and the narrowest it
    may be fitted to before the rows become blocks (``least``)."""

    name: str
    right: bool = False
    keep_end: bool = False
    cap: int | None = None
    #: fitted narrower than this, the table is shown as blocks (a sentence cut to a few words says
    #: nothing; None: the general ``STUB``)
    least: int | None = None


def cut(text: str, width: int, *, keep_end: bool = False) -> str:
    """``text`` in at most ``width`` characters, the cut marked by "…"."""
    if len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    return "…" + text[-(width - 1) :] if keep_end else text[: width - 1] + "…"


def _shrink(widths: list[int], floors: list[int], excess: int) -> list[int]:
    """Take up to ``excess`` characters off the widest columns first, none below its floor."""
    widths = list(widths)
    while excess > 0:
        movable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not movable:
            break
        top = max(widths[i] for i in movable)
        widest = [i for i in movable if widths[i] == top]
        below = max([floors[i] for i in widest] + [widths[i] for i in movable if widths[i] < top])
        step = min(top - below, -(-excess // len(widest)))
        for i in widest:
            if excess > 0:
                widths[i] -= min(step, excess)
                excess -= min(step, excess)
    return widths


def fit(headers: Sequence[int], cells: Sequence[int], width: int) -> list[int]:
    """Column widths for a table whose headers and widest cells are as long as given, so that
    its lines take at most ``width`` characters where the floors allow.

    Stages, each taken only if the previous one left the lines too wide: long cells down to
    ``READABLE``; headers wider than their cells down to ``MIN_WIDTH``; long cells down to
    ``FLOOR``; long cells down to ``MIN_WIDTH``. Cells of ``FLOOR`` characters or fewer are
    never cut; each stage narrows the widest columns first.
    """
    natural = [max(h, c) for h, c in zip(headers, cells, strict=True)]
    head = [min(h, MIN_WIDTH) for h in headers]

    def floors(long: int, header: bool) -> list[int]:
        return [
            max(c if c <= FLOOR else long, hf if header else h)
            for h, c, hf in zip(headers, cells, head, strict=True)
        ]

    stages = (floors(READABLE, False), floors(READABLE, True), floors(FLOOR, True), floors(MIN_WIDTH, True))
    widths = natural
    for stage in stages:
        excess = sum(widths) + len(GAP) * (len(widths) - 1) - width
        if excess <= 0:
            break
        widths = _shrink(widths, [min(f, w) for f, w in zip(stage, widths, strict=True)], excess)
    return widths


def layout(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: int | None = None,
    rule: bool = True,
) -> str:
    """The table as lines joined by newlines (no final newline): header, a rule of dashes if
    ``rule``, one line per row, trailing spaces stripped.

    Cells are first cut to their column's ``cap``; with a ``width``, columns are then narrowed
    until every line fits in it (see ``fit``). Without one, nothing else is cut.
    """
    capped = [
        [
            cut(cell, col.cap, keep_end=col.keep_end) if col.cap is not None else cell
            for cell, col in zip(row, columns, strict=True)
        ]
        for row in rows
    ]
    headers = [len(c.name) for c in columns]
    cells = [max((len(row[i]) for row in capped), default=0) for i in range(len(columns))]
    widths = [max(h, c) for h, c in zip(headers, cells, strict=True)]
    if width is not None:
        widths = fit(headers, cells, width)
        if any(
            w < min(c, STUB if col.least is None else col.least)
            for w, c, col in zip(widths, cells, columns, strict=True)
        ):
            return records([c.name for c in columns], rows, width)  # cut to stubs: one record a block

    def line(values: Sequence[str], *, header: bool = False) -> str:
        parts = []
        for value, col, w in zip(values, columns, widths, strict=True):
            text = cut(value, w, keep_end=col.keep_end and not header)
            parts.append(text.rjust(w) if col.right else text.ljust(w))
        return GAP.join(parts).rstrip()

    out = [line([c.name for c in columns], header=True)]
    if rule:
        out.append(GAP.join("-" * w for w in widths))
    out.extend(line(row) for row in capped)
    return "\n".join(out)


def records(names: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> str:
    """Each row as a block of "name  value" lines, long values wrapped to ``width``: what a
    table too wide for the terminal becomes, since cells cut to a few characters say nothing
    (the evidence query has nine columns; in 80 its sentence kept seven letters)."""
    label = max((len(n) for n in names), default=0)
    room = max(width - label - len(GAP), MIN_WIDTH)
    out: list[str] = []
    for k, row in enumerate(rows, 1):
        head = f"-[ {k} ]"
        out.append(head + "-" * (width - len(head)))
        for name, value in zip(names, row, strict=True):
            lines = textwrap.wrap(value, room, break_on_hyphens=False) or [""]
            out.append(f"{name.ljust(label)}{GAP}{lines[0]}".rstrip())
            out.extend(f"{'':{label}}{GAP}{more}" for more in lines[1:])
    return "\n".join(out)


__all__ = ["CONTROL", "FLOOR", "MAX_CELL", "MIN_WIDTH", "Column", "cut", "fit", "layout", "records"]
