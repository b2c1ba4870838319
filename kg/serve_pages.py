"""The HTML that ``kg serve`` writes itself: the index of pages with the query form, and a
query's answer as a table for a browser. Every value is escaped text."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import quote

from kg.store.base import QueryResult


def index_page(root: Path | None) -> str:
    """The page at ``/``: the .html pages of ``root`` and a form to run a query."""
    pages = (
        sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html")) if root and root.is_dir() else []
    )
    items = "\n".join(f'<li><a href="/{quote(p)}">{html.escape(p)}</a></li>' for p in pages)
    listing = f"<ul>\n{items}\n</ul>" if pages else "<p>No pages yet: <code>kg viz</code> writes them.</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policy-kg</title></head>
<body>
<h1>policy-kg</h1>
<h2>Pages</h2>
{listing}
<h2>SPARQL</h2>
<p>Endpoint: <code>/sparql</code> (read-only; GET or POST <code>query=</code>).</p>
<form action="/sparql" method="get">
<textarea name="query" rows="6" cols="80">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea><br>
<select name="format">
<option>html</option><option>json</option><option>xml</option><option>csv</option><option>tsv</option>
</select>
<button type="submit">Run</button>
</form>
</body></html>
"""


def result_page(result: QueryResult, query: str, cut: bool) -> str:
    """A query's answer as an HTML page with one table; every value is escaped text."""
    from kg.query import compact

    def cell(term: object) -> str:
        if term is None:
            return "<td></td>"
        shown, full = compact(term), str(term)  # type: ignore[arg-type]
        title = f' title="{html.escape(full)}"' if shown != full else ""
        return f"<td{title}>{html.escape(shown)}</td>"

    if result.kind == "ask":
        head, rows = ["answer"], ["<tr><td>" + ("true" if result.boolean else "false") + "</td></tr>"]
    else:
        head = ["subject", "predicate", "object"] if result.kind == "graph" else list(result.variables)
        data = result.triples if result.kind == "graph" else result.rows
        rows = ["<tr>" + "".join(cell(t) for t in row) + "</tr>" for row in data]
    count = ""
    if result.kind != "ask":
        limit = " (cut at the row limit)" if cut else ""
        count = f"<p>{len(rows):,} row{'' if len(rows) == 1 else 's'}{limit}</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policy-kg query</title>
<style>body{{font:14px system-ui,sans-serif;margin:16px}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}}
pre{{background:#f5f5f5;padding:8px;white-space:pre-wrap}}</style></head>
<body><p><a href="/">policy-kg</a></p><pre>{html.escape(query)}</pre>{count}
<table><tr>{"".join(f"<th>{html.escape(h)}</th>" for h in head)}</tr>
{chr(10).join(rows)}
</table></body></html>
"""
