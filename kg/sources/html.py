"""HTML: the article's main text and metadata through trafilatura, with a streaming fallback.

trafilatura favours recall here (a missed sentence is a missed fact). When it finds nothing,
fails, or the page is nested deeper than libxml2 builds trees (it silently truncates), a
streaming pass over the tags (``html.parser``: no tree, no recursion) keeps all visible text.

favor_recall also keeps menus and link lists, so a page of navigation alone would become a
document of link texts. A page is read only when it has prose: a word of visible text outside
links and page furniture (nav, header, footer, aside, buttons), boilerplate lines
(``normalize.is_boilerplate``) left out.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from kg.errors import SourceError
from kg.sources.base import MB, Limits, Parsed
from kg.sources.charset import meta_encoding, transport_encoding
from kg.sources.normalize import normalize_text
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
_WORD = re.compile(r"[^\W\d_]")  # a letter: prose has at least one word, not only numbers and signs
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
#: elements whose text is links and page furniture, not prose
_FURNITURE = frozenset(("a", "nav", "header", "footer", "aside", "button"))
_PROSE_XPATH = "//body//text()[not({})]".format(
    " or ".join(f"ancestor::{tag}" for tag in sorted(_FURNITURE | _HIDDEN))
)


def has_prose(pieces: list[str]) -> bool:
    """Do these pieces of text from outside links and furniture hold a word, once boilerplate
    lines are gone? One word is enough, as for a text file: a short page is still a page."""
    return _WORD.search(normalize_text("".join(pieces))) is not None


class _TextPass(HTMLParser):
    """Visible text of a page without building a tree; block elements start new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.furniture: list[str] = []  # open furniture elements, innermost last
        self.prose: list[str] = []  # the visible text outside links and furniture
        self.in_title = False
        self.title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _HIDDEN:
            self.hidden += 1
        else:
            if tag in _FURNITURE:
                self.furniture.append(tag)
            if tag in _BLOCK:
                self._break()

    def _break(self) -> None:
        """One newline between blocks, as trafilatura writes paragraphs one per line."""
        if self.parts and self.parts[-1] != "\n":
            self.parts.append("\n")
        if self.prose and self.prose[-1] != "\n":
            self.prose.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        else:
            while tag in self.furniture:  # an end tag also closes what was left open inside it
                if self.furniture.pop() == tag:
                    break
            if tag in _BLOCK:
                self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.hidden:
            text = _HTML_SPACE.sub(" ", data)  # source line breaks are spaces in HTML
            self.parts.append(text)
            if not self.furniture:
                self.prose.append(text)


def _streaming_pass(html: str) -> _TextPass:
    parser = _TextPass()
    parser.feed(html)
    parser.close()
    return parser


def streaming_text(html: str) -> Parsed:
    """All visible text and the <title>, in memory proportional to the text only."""
    parser = _streaming_pass(html)
    return Parsed(text="".join(parser.parts), media_type=MEDIA_TYPE, title="".join(parser.title_parts))


def _main_text(html: str) -> tuple[Parsed, bool] | None:
    """trafilatura on an lxml tree we build ourselves, so we can see when libxml2 gave up;
    with whether the page has prose (:func:`has_prose`, read from the tree before trafilatura
    prunes it)."""
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
    prose = has_prose(["\n".join(tree.xpath(_PROSE_XPATH))])
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
        return Parsed(text="", media_type=MEDIA_TYPE, title=" ".join(titles) or None), prose
    parsed = Parsed(
        text=result.text or "",
        media_type=MEDIA_TYPE,
        title=result.title,
        date=result.date,
        publisher=result.sitename,
    )
    return parsed, prose


def parse_text(html: str, *, name: str, limits: Limits | None = None) -> Parsed:
    """The page's main text; SourceError when it has no prose (:func:`has_prose`)."""
    found = _main_text(html) if len(html) <= MAX_TREE_BYTES else None
    main, prose = found if found is not None else (None, False)
    if main is not None and main.text.strip():
        parsed = main
    else:
        stream = _streaming_pass(html)
        title = (main.title if main else None) or "".join(stream.title_parts)
        parsed = Parsed(text="".join(stream.parts), media_type=MEDIA_TYPE, title=title)
        if found is None:  # no tree: the streaming pass tells
            prose = has_prose(stream.prose)
    if not prose and normalize_text(parsed.text):
        raise SourceError(f"{name}: empty document (no main text outside links, menus and footers)")
    return parsed


def parse(data: bytes, *, name: str, charset: str | None = None, limits: Limits | None = None) -> Parsed:
    """HTTP's charset, then the page's own <meta> one, each only as far as browsers believe it
    (:mod:`kg.sources.charset`)."""
    refuse_binary(name, data)
    encoding = transport_encoding(charset, data) or meta_encoding(declared_charset(data))
    return parse_text(decode(data, encoding), name=name, limits=limits)
