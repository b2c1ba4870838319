"""Which declared charset to believe, after the WHATWG HTML and Encoding standards.

A declaration is a claim, not a fact: UTF-8 bytes under ``<meta charset="utf-16">`` decode
to CJK garbage, and a UTF-7 declaration turns ``+ADw-script+AD4-`` into a real <script>
whose text is dropped. Browsers refuse both, and so do we: only encodings of the Encoding
Standard are used (never UTF-7, UTF-32 or Python's own codecs such as ``unicode_escape``),
the "replacement" ones (ISO-2022-KR, ISO-2022-CN, HZ-GB-2312) never, and UTF-16 in a
``<meta>`` means UTF-8 (a document that can declare itself in ASCII is not UTF-16).
"""

from __future__ import annotations

import codecs

# Encoding Standard labels of UTF-16LE and UTF-16BE (Python knows only some of them).
_UTF16_LE = frozenset(
    ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le")
)
_UTF16_BE = frozenset(("unicodefffe", "utf-16be"))
# The Encoding Standard's encodings (and ISO-8859-1 / ASCII, which it reads as windows-1252)
# under Python's codec names; any other codec is not believed.
_USABLE = frozenset(
    (
        *("utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "iso8859-1", "ascii"),
        *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)),
        *(f"cp{n}" for n in range(1250, 1259)),
        *("gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932"),
        *("euc_kr", "cp949"),
    )
)


def _label(charset: str) -> str:
    return charset.strip().strip("\"'").lower()


def _usable(label: str) -> str | None:
    """The Python codec for an Encoding Standard label, or None (unknown or not believed)."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return name if name in _USABLE else None


def meta_encoding(charset: str | None) -> str | None:
    """A charset from the document itself (``<meta>``): UTF-16 means UTF-8, as in browsers."""
    if not charset:
        return None
    label = _label(charset)
    if label in _UTF16_LE or label in _UTF16_BE:
        return "utf-8"
    if label == "x-user-defined":
        return "cp1252"
    return _usable(label)


def transport_encoding(charset: str | None, data: bytes) -> str | None:
    """A charset from outside the document (HTTP Content-Type). UTF-16 is believed only for
    bytes with a NUL among the first 8 KB: ASCII letters in UTF-16 have one in every pair, and
    ASCII or UTF-8 bytes never do."""
    if not charset:
        return None
    label = _label(charset)
    if label in _UTF16_LE or label in _UTF16_BE:
        if b"\x00" not in data[:8192]:
            return None
        return "utf-16-le" if label in _UTF16_LE else "utf-16-be"
    return _usable(label)
