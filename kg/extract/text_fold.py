"""Typographic hyphens and spaces folded to '-' and ' ' before the pipeline reads a text.

UN meetings coverage writes "Secretary‑General" with a non-breaking hyphen (U+2011), and text
taken from HTML keeps no-break spaces; every pattern here is written with the plain characters.
Each replacement is one character for one, so every offset into the folded text is an offset
into the source: evidence and mentions are still sliced from the source text.
"""

from __future__ import annotations

_FOLD = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
    }
)
_FOLDED = frozenset(map(chr, _FOLD))


def fold_text(text: str) -> str:
    """``text`` with typographic hyphens and spaces made plain, the same length as before."""
    if _FOLDED.isdisjoint(text):
        return text
    return text.translate(_FOLD)
