"""The pages of a PDF made one text: running headers and footers left out, sentences kept whole.

A printed report repeats its title, date, page number or file path at the top or bottom of
every page. Read as text, those lines land in the middle of whatever sentence crosses the page
break, and split names and sentences the extractor would otherwise read. A line counts as page
furniture when it stands at the same place among the first or last lines of most pages, with
its digits ignored ("Page 3 of 12" is "Page 3 of 12" on every page), is short, as headers and
footers are, and does not end a sentence, as the last line of a paragraph may.
A page that ends mid-sentence runs on into the next one instead of ending a paragraph. A browser's
print stamp is left out even on a single page (:mod:`kg.sources.print_stamps`).

>>> join_pages(["Report 2024\\nKenya adopted the Plan\\nPage 1", "Report 2024\\nin May.\\nPage 2"])
'Kenya adopted the Plan\\nin May.'
"""

from __future__ import annotations

import re

from kg.soft_breaks import COMPLETE
from kg.sources.print_stamps import without_print_stamps

#: the lines at each end of a page where headers and footers stand
EDGE_LINES = 3
#: headers and footers are short; a longer line is text even when it repeats
MAX_FURNITURE = 100
#: a line on at least this share of the pages (and on two or more) is furniture
SHARE = 0.6
_DIGITS = re.compile(r"\d+")


def _keys(lines: list[str], i: int) -> set[str]:
    """The line's text with digits ignored, with its place from the top and from the bottom of the
    page (those within reach): the same line elsewhere on another page is not a header."""
    text = _DIGITS.sub("#", " ".join(lines[i].split()))
    places = ([f"top {i}"] if i < EDGE_LINES else []) + (
        [f"bottom {len(lines) - i}"] if i >= len(lines) - EDGE_LINES else []
    )
    return {f"{place}\t{text}" for place in places}


def _edges(lines: list[str]) -> set[int]:
    n = len(lines)
    return set(range(min(EDGE_LINES, n))) | set(range(max(0, n - EDGE_LINES), n))


def _may_be_furniture(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= MAX_FURNITURE and line[-1] not in ".!?;"


def furniture(pages: list[list[str]]) -> frozenset[str]:
    """The keys of lines that repeat at the edges of most pages."""
    if len(pages) < 2:
        return frozenset()
    seen: dict[str, int] = {}
    for lines in pages:
        keys = {k for i in _edges(lines) if _may_be_furniture(lines[i]) for k in _keys(lines, i)}
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    need = max(2, SHARE * len(pages))
    return frozenset(key for key, count in seen.items() if count >= need)


def join_pages(texts: list[str]) -> str:
    """The pages' text without their furniture, a blank line between pages unless a sentence runs on."""
    pages = [without_print_stamps(text.strip().split("\n")) for text in texts]
    drop = furniture(pages)
    kept = []
    for lines in pages:
        edges = _edges(lines)
        body = [line for i, line in enumerate(lines) if i not in edges or drop.isdisjoint(_keys(lines, i))]
        page = "\n".join(body).strip()
        if page:
            kept.append(page)
    out = kept[:1]
    for page in kept[1:]:
        out.append("\n" if out[-1].rstrip()[-1:] not in COMPLETE else "\n\n")
        out.append(page)
    return "".join(out)
