"""Scans for "a name, then X" patterns that start from X, the rare part, instead of the name.

A pattern that opens with a free-standing name ("Victor Odero, Policy Advisor", "Jacob
Ekinye announced") is tried by Python's regex engine at every capital of the text, and
backtracks word by word over every run of capitalized words. Where the name must end right
before an anchor found fast (a comma before a role phrase, a blank before a verb of saying),
the name can only start at a capital among the few words before that anchor: the pattern is
tried there alone, anchor by anchor in text order, which finds the same matches as
``finditer`` or ``search``.

Why the same: a name holds letters, "’", "'", "-", "." and blanks, 14 words at most, and no
anchor (no comma, no lower-case verb of saying), so the start of every match lies in the run
of such characters before its anchor, and no match can start between an earlier anchor's
candidates and that anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.extract.letters import UPPER

#: Run of name characters and blanks, read backwards (on the reversed text) from a name's end:
#: the last word and 16 more, more than a name's 14 (5 words, 2 particles before each of the
#: last 4, a numeral). ``\w`` takes every letter (and digits, which only add starts to try).
_RUN_BACK = re.compile(r"[\w’'.\-]*(?:[ \t]+[\w’'.\-]+){0,16}")
#: Where ``_FREE_NAME`` can start: a capital not inside a word.
_NAME_START = re.compile(r"[" + UPPER + r"](?<![\w’'-][" + UPPER + r"])")


class AnchoredScan:
    """``rx.search`` / ``rx.finditer`` over ``text`` for a pattern whose name ends at one of ``ends``.

    ``rx`` opens with a name (``_FREE_NAME``) that must end at one of ``ends`` (sorted) for
    ``rx`` to match; ``rev`` is ``text[::-1]``.
    """

    def __init__(self, rx: re.Pattern[str], text: str, rev: str, ends: list[int]) -> None:
        self.rx = rx
        self.text = text
        self.rev = rev
        self.ends = ends

    def _starts(self, end: int, lo: int) -> list[int]:
        """Where a name ending at ``end`` may start, ascending, from ``lo`` on."""
        run = _RUN_BACK.match(self.rev, len(self.text) - end)
        start = len(self.text) - run.end() if run is not None else end
        return [m.start() for m in _NAME_START.finditer(self.text, max(start, lo), end)]

    def search(self, pos: int = 0) -> re.Match[str] | None:
        """``rx.search(text, pos)``."""
        rx, text = self.rx, self.text
        for k in range(bisect_right(self.ends, pos), len(self.ends)):
            for p in self._starts(self.ends[k], pos):
                m = rx.match(text, p)
                if m is not None:
                    return m
        return None

    def finditer(self) -> list[re.Match[str]]:
        """``list(rx.finditer(text))`` (no pattern here matches the empty string)."""
        out = []
        m = self.search(0)
        while m is not None:
            out.append(m)
            m = self.search(m.end())
        return out


class StartScan:
    """``rx.search`` over ``text`` for a pattern that can only start at one of ``starts`` (sorted)."""

    def __init__(self, rx: re.Pattern[str], text: str, starts: list[int]) -> None:
        self.rx = rx
        self.text = text
        self.starts = starts

    def search(self, pos: int = 0) -> re.Match[str] | None:
        """``rx.search(text, pos)``."""
        rx, text, starts = self.rx, self.text, self.starts
        for k in range(bisect_left(starts, pos), len(starts)):
            m = rx.match(text, starts[k])
            if m is not None:
                return m
        return None


#: the characters :func:`comma_dot_bracket_starts` looks for; the engine skips to them
_COMMA_DOT_BRACKET = re.compile(r"[,.(]")


def comma_dot_bracket_starts(text: str) -> list[int]:
    """Every ",", "." and "(" of ``text``, and every blank (space, tab) of a run right before "(", ascending.

    Where a pattern can start whose every match opens with ",", with "." or with "(" after blanks or none
    (what is optional at its start included): ``NAME_THEN_ROLE``'s role part, ", a senior prosecutor".
    A blank of such a run is a start as much as the run's first one is: a match before it may end inside
    the run.
    """
    out: list[int] = []
    for m in _COMMA_DOT_BRACKET.finditer(text):
        at = m.start()
        if text[at] == "(":
            out.extend(range(before_blanks(text, at), at))
        out.append(at)
    return out


def finditer_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for a pattern with no empty match that can only start at one of
    ``starts`` (ascending): tried there alone, a match ending at ``k`` skipping the starts before ``k``,
    as a scan does."""
    out: list[re.Match[str]] = []
    pos = 0
    match = rx.match
    for a in starts:
        if a >= pos:
            m = match(text, a)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def trie(words: list[str]) -> str:
    """``w1|w2|…`` grouped by first letter (order kept within a letter): fewer branches to try."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items())


def before_blanks(text: str, e: int) -> int:
    """Where the blanks (spaces, tabs) that end at ``e`` start."""
    while e > 0 and text[e - 1] in " \t":
        e -= 1
    return e


def _role_word() -> re.Pattern[str]:
    from kg.extract.lexicon import ROLE_WORDS

    return re.compile(r"(?i:\b(?:" + trie(sorted(ROLE_WORDS, key=len, reverse=True)) + r")\b)")


#: a word that names an office ("minister", "Director-General"), case-insensitive: what makes a
#: phrase next to a name a role phrase
ROLE_WORD = _role_word()
