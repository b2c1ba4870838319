"""Plain records (lists of dicts) as an aligned table, TSV or JSON, for listing commands."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

MAX_CELL = 60


def _cell(value: Any, limit: int | None = MAX_CELL) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ").replace("\t", " ")
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def render_records(records: list[dict[str, Any]], fields: Sequence[str], fmt: str) -> str:
    """Render for stdout; ``fmt`` is table, tsv or json."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tsv":
        lines = ["\t".join(fields)]
        lines += ["\t".join(_cell(r.get(f), None) for f in fields) for r in records]
        return "\n".join(lines) + "\n"
    rows = [[_cell(r.get(f)) for f in fields] for r in records]
    widths = [max([len(f)] + [len(row[i]) for row in rows]) for i, f in enumerate(fields)]
    out = ["  ".join(f.ljust(w) for f, w in zip(fields, widths, strict=True)).rstrip()]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(out) + "\n"
