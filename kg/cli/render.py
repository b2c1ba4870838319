"""Plain records (lists of dicts) as an aligned table, TSV or JSON, for listing commands."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

MAX_CELL = 60


#: columns whose end tells entries apart (a file name, a URL's last part): cut at the start
KEEP_END = frozenset({"location"})


def _cell(value: Any, limit: int | None = MAX_CELL, *, keep_end: bool = False) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ").replace("\t", " ")
    if limit is None or len(text) <= limit:
        return text
    return "…" + text[-(limit - 1) :] if keep_end else text[: limit - 1] + "…"


def render_records(records: list[dict[str, Any]], fields: Sequence[str], fmt: str) -> str:
    """Render for stdout; ``fmt`` is table, tsv or json. A table cuts long cells; a location
    keeps its end, as files in one folder differ only in their names."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tsv":
        lines = ["\t".join(fields)]
        lines += ["\t".join(_cell(r.get(f), None) for f in fields) for r in records]
        return "\n".join(lines) + "\n"
    rows = [[_cell(r.get(f), keep_end=f in KEEP_END) for f in fields] for r in records]
    widths = [max([len(f)] + [len(row[i]) for row in rows]) for i, f in enumerate(fields)]
    out = ["  ".join(f.ljust(w) for f, w in zip(fields, widths, strict=True)).rstrip()]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(out) + "\n"
