"""One spelling for a meeting's number: "Seventh", "7th" and "VII" open the same meeting's name.

News writes a session's number in words in running text ("The Seventh Abu Dhabi Dialogue …"), in
figures in a headline ("7th Abu Dhabi Dialogue …") and, in Spanish- and Portuguese-language
coverage translated to English, in Roman numerals ("the XI Meeting of the Conference of the Parties").
:func:`figured` gives the grouping key of an event's label the figure form, so the three are one node.
"""

from __future__ import annotations

import re

_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
           "eightieth": 80, "ninetieth": 90}  # fmt: skip
_ROMAN = re.compile(r"(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_LEAD = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)?)(?=\s)")


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _roman(word: str) -> int | None:
    if not _ROMAN.fullmatch(word):
        return None
    total = 0
    for i, ch in enumerate(word):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[word[i + 1]] if i + 1 < len(word) else 0
        total += -value if value < following else value
    return total


def _number(word: str) -> int | None:
    low = word.lower()
    if low in _UNITS:
        return _UNITS[low]
    if low in _TENTHS:
        return _TENTHS[low]
    tens, _, unit = low.partition("-")
    if tens in _TENS and unit in _UNITS and _UNITS[unit] < 10:
        return _TENS[tens] + _UNITS[unit]
    return _roman(word) if word.isupper() else None


def figured(label: str) -> str:
    """``label`` with the ordinal it opens with written in figures: "Seventh Abu Dhabi Dialogue" →
    "7th Abu Dhabi Dialogue", "XI Meeting of …" → "11th Meeting of …"; other labels unchanged."""
    lead = _LEAD.match(label)
    if lead is None:
        return label
    n = _number(lead.group(1))
    return label if n is None or n == 0 else _suffix(n) + label[lead.end() :]
