"""Small pure functions on name strings: canonical form, period (start/end year), initials."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import YEAR, YEAR_RANGE

#: The years of "for the period …", as a regular expression without groups: "2015-18", "2015 – 2018",
#: "from 2015 to 2018", "2015 until 2018" (two or four digits after a dash, a whole year after a word).
PERIOD_YEARS = r"(?:from[ \t]+)?(?:" + YEAR_RANGE + "|" + YEAR + r"[ \t]+(?:to|until)[ \t]+" + YEAR + r")\b"
#: "for the period 2015-18": the words that frame :data:`PERIOD_YEARS` after a plan's name
FOR_THE_PERIOD = r"for[ \t]+the[ \t]+period[ \t]+" + PERIOD_YEARS

#: "2018/19-2022/23", "(2020/21 – 2024/25)": fiscal years, the period ending with the last one's end
_FISCAL_RANGE = re.compile(r"\b((?:19|20|21)\d{2})/\d{2}\s*[-–—]\s*((?:19|20|21)\d{2})/(\d{2})\b")
_PERIOD_RANGE = re.compile(r"\b((?:19|20|21)\d{2})\s*(?:[-–—/]|to|until)\s*((?:19|20|21)?\d{2})\b")
_PERIOD_FROM = re.compile(r"\b" + FOR_THE_PERIOD)
_DIGITS = re.compile(r"\d+")
_SINGLE_YEAR = re.compile(r"\b((?:19|20|21)\d{2})\b")
#: "(FIA)", "(Anti-TIP)", "(NAPs)": two capitals at least; "(Prohibition)", "(Amendment)" are
#: words of the name
_PAREN_ACRONYM = re.compile(r"\s*\((?![12]\d{3})(?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z][\w\-/.&]*\)")
_LEADING = re.compile(r"^(?:the|a|an|this|that|its|their|our|his|her)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s?$")
_SPACES = re.compile(r"\s{2,}")
_WHITESPACE = re.compile(r"\s+")
_TRAILING_RANGE = re.compile(
    r",?\s*\(?\b(?:19|20|21)\d{2}\s*(?:[-–—/]|to|until)\s*(?:(?:19|20|21)?\d{2})\)?\s*$"
)
_TRAILING_FOR_THE_PERIOD = re.compile(r",?\s*for the period(?: from)?$")
#: "… for the 2015-2018 period": the words around a range, once the range is gone
_FRAMED_RANGE = re.compile(r",?\s*\bfor the (?:19|20|21)\d{2}\s*[-–]\s*\d{2,4}(?: period)?$")
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")


def period(text: str) -> tuple[int | None, int | None]:
    """Start and end year written in a plan's name or right after it.

    >>> period("Strategic National Action Plan (2021-2025)")
    (2021, 2025)
    >>> period("Delta Plan 2100")
    (None, 2100)
    """
    fiscal = _FISCAL_RANGE.search(text)
    if fiscal:
        start, last, _tail = fiscal.groups()
        return int(start), int(last) + 1  # a fiscal year "2024/25" ends in 2025
    framed = _PERIOD_FROM.search(text)
    match = None if framed else _PERIOD_RANGE.search(text)
    years = _DIGITS.findall(framed.group()) if framed else match.groups() if match else ()
    if years:
        start, end = years
        if len(end) == 2:
            end = start[:2] + end
        if int(end) >= int(start):
            return int(start), int(end)
    years = _SINGLE_YEAR.findall(text)
    if years and text.rstrip(")").rstrip().endswith(years[-1]):
        return None, int(years[-1])
    return None, None


@lru_cache(maxsize=16384)
def norm(name: str) -> str:
    """:func:`kg.ontology.normalize_name`, cached: documents repeat their names."""
    from kg.ontology import normalize_name

    return normalize_name(name)


@lru_cache(maxsize=16384)
def strip_acronyms(text: str) -> str:
    """ "Federal Investigation Agency (FIA)" → "Federal Investigation Agency"."""
    return _SPACES.sub(" ", _PAREN_ACRONYM.sub("", text)).strip()


#: "… Cooperation (Europol)": a body's short name, one word, after its name (not "(Amendment)")
_TRAILING_SHORT_NAME = re.compile(r"\s*\(([A-Z][a-z]{2,}(?:-[A-Za-z]+)?)\)$")


@lru_cache(maxsize=16384)
def short_name(text: str) -> str | None:
    """The one-word short name in parentheses that closes a body's name of two words or more:
    "European Union Agency for Law Enforcement Cooperation (Europol)" → "Europol"; else None."""
    from kg.extract.head_words import head_type
    from kg.extract.lexicon import MONTHS, NOT_NAMES, ROLE_WORDS, TITLES, WEEKDAYS

    m = _TRAILING_SHORT_NAME.search(text) if text.endswith(")") else None
    if m is None or len(text[: m.start()].split()) < 2:
        return None
    word = m.group(1)
    low = word.lower()
    if head_type(word) or any(low in words for words in (MONTHS, WEEKDAYS, NOT_NAMES, TITLES, ROLE_WORDS)):
        return None
    return word


def strip_short_name(text: str) -> str:
    """``text`` without the short name :func:`short_name` finds at its end."""
    return _TRAILING_SHORT_NAME.sub("", text).rstrip() if short_name(text) else text


def framed_range(text: str) -> bool:
    """Whether ``text`` ends in a period framed as one: "… for the 2015-2018 period", or "… for the
    2015-2018" before its closing word."""
    return _FRAMED_RANGE.search(text) is not None


@lru_cache(maxsize=16384)
def strip_period(text: str) -> str:
    """ "Strategy 2021–2025" → "Strategy"; "Plan (2021-2025)" → "Plan"."""
    text = _FRAMED_RANGE.sub("", text)
    text = _TRAILING_RANGE.sub("", text)
    text = _TRAILING_FOR_THE_PERIOD.sub("", text)
    return text.strip(" ,")


@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """Drop a leading determiner and a trailing possessive, normalise spaces."""
    spaced = _WHITESPACE.sub(" ", text)
    text = spaced.strip(" ,;:.")
    if text.endswith((" Jr", " Sr")) and spaced.rstrip(" ,;:").endswith("."):
        text += "."  # "Ferdinand Marcos Jr.": the abbreviation's period is the name's
    closing = text[-1:]
    text = text.strip("“”\"‘’'")
    if closing in _OPENING and _OPENING[closing] in text:
        text += closing  # 'Federal Law "On Migration"': a quoted title closes the name
    text = _LEADING.sub("", text)
    text = _POSSESSIVE.sub("", text) if text.endswith(("’s", "'s", "s’", "s'")) else text
    if "- " in text:
        text = _BROKEN_HYPHEN.sub("-", text)
    return text.strip()


#: a closing quotation mark → its opening one
_OPENING = {"”": "“", '"': '"', "’": "‘"}
#: "drug- control master plan": a word broken at its hyphen by a line end; not "pre- and post-…"
_BROKEN_HYPHEN = re.compile(r"(?<=[a-z])- (?=[a-z])(?!(?:and|or|to|nor)\b)")


@lru_cache(maxsize=16384)
def initials(text: str) -> str:
    """Initials of the capitalized words: "Climate Change Management" → "CCM"."""
    return "".join(w[0] for w in _WORDS.findall(text) if w[0].isupper())


@lru_cache(maxsize=8192)
def word_rx(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (not inside a longer word or a hyphenated compound), compiled once.

    The word comes first and the check before it looks back over it: a pattern that opens
    with a literal is found by a fast substring search instead of a try at every character.
    """
    if not word:
        return re.compile(r"(?<![\w-])(?![\w-])")
    w = re.escape(word)
    return re.compile(w + r"(?<![\w-]" + w + r")(?![\w-])")


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= 2 and upper >= 2 and upper >= len(letters) - 2 and " " not in word
