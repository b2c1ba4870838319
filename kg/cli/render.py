"""Plain records (lists of dicts) as an aligned table, TSV or JSON, for listing commands."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kg.text_table import MAX_CELL, Column, layout

#: columns whose end tells entries apart (a file name, a URL's last part): cut at the start
KEEP_END = frozenset({"location"})


def _text(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\n", " ").replace("\t", " ")


def render_records(
    records: list[dict[str, Any]], fields: Sequence[str], fmt: str, *, width: int | None = None
) -> str:
    """Render for stdout; ``fmt`` is table, tsv or json. A table cuts cells at MAX_CELL
    characters, and further to fit in ``width`` if given; a location keeps its end, as files
    in one folder differ only in their names. TSV and JSON keep every cell whole."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tsv":
        lines = ["\t".join(fields)]
        lines += ["\t".join(_text(r.get(f)) for f in fields) for r in records]
        return "\n".join(lines) + "\n"
    columns = [Column(f, keep_end=f in KEEP_END, cap=MAX_CELL) for f in fields]
    rows = [[_text(r.get(f)) for f in fields] for r in records]
    return layout(columns, rows, width=width, rule=False) + "\n"
