"""Title Case headlines: where one ends, and how to read it with its capitals marking names.

A headline capitalizes every word ("Assembly Passes Trafficking In Persons Bill Into Law"),
so its capitals say nothing about names. The pattern finder, the person finder and the
resolver read it with its verbs and function words in lower case instead.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import body_acronyms
from kg.extract.head_words import head_type
from kg.extract.lexicon import CONNECTORS, HEADLINE_FUNCTION_WORDS, HEADLINE_VERBS

_LATIN_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def title_case_headline_end(text: str) -> int:
    """End of the first line when it is a Title Case headline (its capitals mark no names), or of
    the last of the Title Case sub-headlines right under it ("Members Briefed by …, Hear …")."""
    end = text.find("\n", 0, 400)
    if end <= 0 or not _title_case(text, 0, end):
        return 0  # no first line, one too long for a headline, or no Title Case
    for _ in range(3):
        start = end
        while text.startswith("\n", start):
            start += 1
        nxt = text.find("\n", start, start + 400)
        if nxt <= start or not _title_case(text, start, nxt) or text[nxt - 1] in ".:":
            break
        end = nxt
    return end


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a Title Case line: most of its longer words capitalized."""
    words = _LATIN_WORD.findall(text, start, end)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


_HEADLINE_WORD = re.compile(r"[A-Z][a-z]+")


def detitle(line: str) -> str:
    """``line`` with its Title Case verbs and function words in lower case (same length).

    The first word is kept; so is every word that is not on the short lists of headline verbs
    and function words: names, head words and the words of names ("Combat", "End") stay.
    """
    out = []
    last = 0
    for m in _HEADLINE_WORD.finditer(line):
        word = m.group()
        low = word.lower()
        if m.start() and (low in HEADLINE_FUNCTION_WORDS or low in HEADLINE_VERBS or low in CONNECTORS):
            out.append(line[last : m.start()])
            out.append(low)
            last = m.end()
    if not out:
        return line
    out.append(line[last:])
    return "".join(out)


#: a run of two or more words in capitals: "KENYA ANTI-TRAFFICKING NETWORK", "MINISTRY OF LABOUR"
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z’'&-]*[A-Z](?:[ \t]+(?:[A-Z][A-Z’'&-]*[A-Z]|&))+\b")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z’'-]*")
_CAPITALS_POSSESSIVE = re.compile(r"([’'])S\b")
_LOWER = re.compile(r"[a-z]")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def recase_capitals(text: str) -> str:
    """``text`` with each run of words in capitals that holds a head word of a name written in Title
    Case (same length): "The KENYA ANTI-TRAFFICKING NETWORK partnered" → "The Kenya Anti-Trafficking
    Network partnered", so the name is found as it is in normal case (not "Kenya" alone). Connectors
    and headline verbs go to lower case, as in :func:`detitle`; short words that are none of those
    nor a head word stay as they are ("IOM", "UN"). A line all in capitals is left as it is: a heading
    or a letterhead, which the headline rules read."""
    out, last = [], 0
    for run in _CAPITALS_RUN.finditer(text):
        if not any(head_type(w.group()) for w in _CAPITALS_WORD.finditer(text, run.start(), run.end())):
            continue
        if not _LOWER.search(text, text.rfind("\n", 0, run.start()) + 1, _line_end(text, run.end())):
            continue  # a line all in capitals: a heading or letterhead ("MINISTRY OF LABOUR"), not prose
        out.append(text[last : run.start()])
        out.append(detitle(_CAPITALS_WORD.sub(_title_word, run.group())))
        last = run.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _title_word(word: re.Match[str]) -> str:
    """A word in capitals in Title Case, unless it is a body's known initialism or a short word that may
    be one."""
    w = word.group()
    low = w.lower()
    if w in body_acronyms() or (
        len(w) <= 3 and not (low in CONNECTORS or low in HEADLINE_FUNCTION_WORDS or head_type(w))
    ):
        return w  # "UNHCR", "IOM"
    return _CAPITALS_POSSESSIVE.sub(r"\1s", w.title())
