"""Markdown: keep the words, drop the markup, so evidence sentences read as prose."""

from __future__ import annotations

import re

from kg.sources.base import Limits, Parsed, iso_date, text_title
from kg.sources.dateline import dateline_date
from kg.sources.markdown_tags import TAG, tag_dropper
from kg.sources.text import decode, refuse_binary

MEDIA_TYPE = "text/markdown"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: the front matter keys read as the source's metadata, as an HTML page's meta tags are read; a date's
#: keys in the order they are trusted: the first whose value is a date wins (Jekyll's "published:
#: true" says whether to publish, not when)
_FRONT_KEYS = {
    "title": ("title",),
    "publisher": ("publisher",),
    "date": ("date", "date_?published", "publish_?date", "pub_?date", "published"),
}
_FRONT_FIELDS = {
    name: tuple(re.compile(rf"^{key}[ \t]*:[ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE) for key in keys)
    for name, keys in _FRONT_KEYS.items()
}
#: a replacement, or None for the tags' (:func:`kg.sources.markdown_tags.tag_dropper`, which reads the
#: whole text for the elements it opens and closes)
_SUBSTITUTIONS: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(
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
        (TAG.pattern, 0, None),  # inline HTML tags and MDX components
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
        text = pattern.sub(tag_dropper(text) if repl is None else repl, text)
    return text


def _front_matter(text: str) -> dict[str, str]:
    """The title, date (ISO) and publisher the front matter states, those it has a value for."""
    front = _FRONT_MATTER.match(text)
    if front is None:
        return {}
    found = {}
    for name, patterns in _FRONT_FIELDS.items():
        for pattern in patterns:
            match = pattern.search(front.group(1))
            value = match.group(1).strip("'\"").strip() if match else ""
            if name == "date":  # "2023-07-16", "2023-07-16T09:00:00Z", "16 July 2023"
                value = iso_date(value) or dateline_date(value) or ""
            if value:
                found[name] = value
                break
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
