"""Markdown: keep the words, drop the markup, so evidence sentences read as prose."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.sources.base import Limits, Parsed, iso_date, text_title
from kg.sources.dateline import dateline_date
from kg.sources.text import decode, refuse_binary

MEDIA_TYPE = "text/markdown"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: the front matter keys read as the source's metadata, as an HTML page's meta tags are read
_FRONT_KEYS = {
    "title": "title",
    "date": "date|published|publish_?date|pub_?date|date_?published",
    "publisher": "publisher",
}
_FRONT_FIELDS = {
    name: re.compile(rf"^(?:{keys})[ \t]*:[ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
    for name, keys in _FRONT_KEYS.items()
}
#: the elements of HTML (the WHATWG HTML Living Standard's element index): a tag of one of them in
#: Markdown is markup; anything else in angle brackets ("<not punish them>") is the writer's words
_HTML_ELEMENTS = frozenset(
    """a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption
    center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
    figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins
    kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p
    param picture pre progress q rp rt ruby s samp script search section select slot small source span
    strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr
    track tt u ul var video wbr""".split()  # noqa: SIM905 - a word list, read as one
)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>")


def _drop_html_tag(match: re.Match[str]) -> str:
    """Nothing for a tag of an HTML element; the match itself for words that only look like one."""
    return "" if match.group(1).lower() in _HTML_ELEMENTS else match.group(0)


_SUBSTITUTIONS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern, flags), repl)
    for pattern, flags, repl in (
        (r"<!--.*?-->", re.DOTALL, ""),  # HTML comments
        (r"^[ \t]*(?:```|~~~).*$", re.MULTILINE, ""),  # code fence lines
        (r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE, ""),  # horizontal rules
        (r"^[ \t]*(?:=+|-+)[ \t]*$", re.MULTILINE, ""),  # setext heading underlines
        (r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE, r"\1"),  # ATX headings
        (r"^[ \t]{0,3}#{1,6}[ \t]*$", re.MULTILINE, ""),  # empty headings
        (r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE, ""),  # link reference definitions
        (r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE, ""),  # blockquote markers
        (r"!\[[^\]\n]*\]\([^)\n]*\)", 0, ""),  # inline images
        (r"!\[[^\]\n]*\]\[[^\]\n]*\]", 0, ""),  # reference images
        (r"\[([^\]\n]+)\]\([^)\n]*\)", 0, r"\1"),  # inline links
        (r"\[([^\]\n]+)\]\[[^\]\n]*\]", 0, r"\1"),  # reference links
        (r"<((?:https?|mailto):[^>\s]+)>", 0, r"\1"),  # autolinks
        (_TAG.pattern, 0, _drop_html_tag),  # inline HTML tags
        (r"`+([^`\n]+?)`+", 0, r"\1"),  # inline code
        (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", 0, r"\2"),  # strong
        (r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", 0, r"\1"),  # *emphasis*
        (r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", 0, r"\1"),  # _emphasis_
        (r"~~(?=\S)(.+?)(?<=\S)~~", 0, r"\1"),  # strikethrough
        (r"\\([\\`*_{}\[\]()#+\-.!>~|])", 0, r"\1"),  # backslash escapes
    )
)


def _lf(text: str) -> str:
    """CRLF and CR (old Mac) line ends as LF: the patterns above know lines ending at LF only."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def strip_markdown(text: str) -> str:
    """Markdown source → its text; list bullets and table pipes stay, as they read as text."""
    text = _FRONT_MATTER.sub("", _lf(text), count=1)
    for pattern, repl in _SUBSTITUTIONS:
        text = pattern.sub(repl, text)
    return text


def _front_matter(text: str) -> dict[str, str]:
    """The title, date (ISO) and publisher the front matter states, those it has a value for."""
    front = _FRONT_MATTER.match(text)
    if front is None:
        return {}
    found = {}
    for name, pattern in _FRONT_FIELDS.items():
        match = pattern.search(front.group(1))
        value = match.group(1).strip("'\"").strip() if match else ""
        if name == "date":  # "2023-07-16", "2023-07-16T09:00:00Z", "16 July 2023"
            value = iso_date(value) or dateline_date(value) or ""
        if value:
            found[name] = value
    return found


def parse_text(text: str, *, name: str, limits: Limits | None = None) -> Parsed:
    text = _lf(text)
    meta = _front_matter(text)
    plain = strip_markdown(text)
    stated = meta.get("title")
    return Parsed(
        text=plain,
        media_type=MEDIA_TYPE,
        title=stated or text_title(plain),
        date=meta.get("date"),
        publisher=meta.get("publisher"),
        title_from_text=stated is None,
    )


def parse(data: bytes, *, name: str, charset: str | None = None, limits: Limits | None = None) -> Parsed:
    refuse_binary(name, data)
    return parse_text(decode(data, charset), name=name, limits=limits)
