"""Character-class bodies for upper- and lower-case Latin letters, accents included.

Names of people from every country are written with letters outside ASCII ("Vuković",
"Radonjić", "Łukasz", "Ğökçe", "Nguyễn"); a class like ``[A-Z][a-z]+`` cuts such a name at
its first accented letter. ``UPPER`` and ``LOWER`` go inside brackets (``"[" + UPPER + "]"``):
ASCII, Latin-1, Latin Extended-A and -B and Latin Extended Additional, split by case.
"""

from __future__ import annotations


def _ranges(chars: list[str]) -> str:
    """The characters as a class body, consecutive code points written as ranges."""
    out: list[str] = []
    k = 0
    while k < len(chars):
        j = k
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(chars[k] if j == k else chars[k] + ("-" if j > k + 1 else "") + chars[j])
        k = j + 1
    return "".join(out)


_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
#: Upper-case letters: ``[A-Z]`` and the accented capitals ("À", "Ć", "Ł", "Ş", "Ệ").
UPPER = "A-Z" + _ranges([c for c in _LATIN if c.isupper()])
#: Lower-case letters: ``[a-z]`` and the accented small letters ("é", "ć", "ß", "ı", "ễ").
LOWER = "a-z" + _ranges([c for c in _LATIN if c.islower()])
