"""HTML: the article's main text and metadata through trafilatura, with a streaming fallback.

trafilatura favours recall here (a missed sentence is a missed fact). When it finds nothing,
fails, or the page is nested deeper than libxml2 builds trees (it silently truncates), a
streaming pass over the tags (``html.parser``: no tree, no recursion) keeps all visible text.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from kg.sources.base import MB, Limits, Parsed
from kg.sources.text import decode, refuse_binary

MEDIA_TYPE = "text/html"
# Above this size the page is read by the streaming pass only: an lxml tree of a huge page
# costs about ten times its size in memory.
MAX_TREE_BYTES = 20 * MB
# Dates come from the page's metadata only (meta tags, <time>, JSON-LD, the URL): htmldate's
# extensive search otherwise takes a year from body text, so a page about a "Strategy
# 2019-2024" would be dated 2019-01-01. A missing date is better than an invented one.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_log = logging.getLogger(__name__)
_quieted = False


def _quiet_libraries() -> None:
    """trafilatura logs "empty HTML tree" and the like; keep it off the user's stderr.

    A NullHandler only stops Python's last-resort printing: an application that configures
    logging still receives these records.
    """
    global _quieted
    if not _quieted:
        for name in ("trafilatura", "htmldate", "courlan"):
            logging.getLogger(name).addHandler(logging.NullHandler())
        _quieted = True


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


_BLOCK = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"),
        *("li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th"),
        *("thead", "tr", "ul"),
    )
)
_HIDDEN = frozenset(
    ("script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas")
)


class _TextPass(HTMLParser):
    """Visible text of a page without building a tree; block elements start new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self._break()

    def _break(self) -> None:
        """One newline between blocks, as trafilatura writes paragraphs one per line."""
        if self.parts and self.parts[-1] != "\n":
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.hidden:
            self.parts.append(_HTML_SPACE.sub(" ", data))  # source line breaks are spaces in HTML


def streaming_text(html: str) -> Parsed:
    """All visible text and the <title>, in memory proportional to the text only."""
    parser = _TextPass()
    parser.feed(html)
    parser.close()
    return Parsed(text="".join(parser.parts), media_type=MEDIA_TYPE, title="".join(parser.title_parts))


def _main_text(html: str) -> Parsed | None:
    """trafilatura on an lxml tree we build ourselves, so we can see when libxml2 gave up."""
    import lxml.html
    import trafilatura

    _quiet_libraries()
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception as err:  # lxml raises ParserError / ValueError on empty or odd input
        _log.debug("lxml could not parse the page: %s", err)
        return None
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        _log.debug("page nested too deep for a tree; reading it as a stream")
        return None
    try:
        result = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as err:  # RecursionError and any other extractor failure → the streaming pass
        _log.debug("trafilatura failed: %r", err)
        return None
    if isinstance(result, dict):  # only with as_dict=True; keeps the type checker informed
        return None
    if result is None or not (result.text or "").strip():
        titles = tree.xpath("//title/text()") if result is None else [result.title or ""]
        return Parsed(text="", media_type=MEDIA_TYPE, title=" ".join(titles) or None)
    return Parsed(
        text=result.text or "",
        media_type=MEDIA_TYPE,
        title=result.title,
        date=result.date,
        publisher=result.sitename,
    )


def parse_text(html: str, *, name: str, limits: Limits | None = None) -> Parsed:
    main = _main_text(html) if len(html) <= MAX_TREE_BYTES else None
    if main is not None and main.text.strip():
        return main
    fallback = streaming_text(html)
    title = (main.title if main else None) or fallback.title
    return Parsed(text=fallback.text, media_type=MEDIA_TYPE, title=title)


def parse(data: bytes, *, name: str, charset: str | None = None, limits: Limits | None = None) -> Parsed:
    refuse_binary(name, data)
    return parse_text(decode(data, charset or declared_charset(data)), name=name, limits=limits)
