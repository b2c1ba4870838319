"""Where in a text the cues of :data:`~kg.extract.cues.SCANNED` may start, found in one scan.

Kept apart from :mod:`~kg.extract.cues` (the cue words themselves): this reads the cue tables'
compiled patterns for their first characters and builds the gate the relation finder uses to try
each table only where one of its cues can begin.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from typing import cast

from kg.extract.cues import SCANNED, SPEECH

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser
else:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _parser


def _heads(nodes: object, need: int) -> set[tuple[str, bool]] | None:
    """The ways a match of the parsed ``nodes`` can begin, cut to ``need`` characters.

    Each is ``(head, done)``: ``done`` when the head is all one can tell (cut, or followed by
    something too broad to spell out); None when even the first character is too broad.
    """
    heads = {("", False)}
    for op, av in nodes:  # type: ignore[attr-defined]
        grown: set[tuple[str, bool]] = set()
        for head, done in heads:
            if done or len(head) >= need:
                grown.add((head[:need], True))
                continue
            more = _node(op, av, need - len(head))
            if more is None:
                if not head:
                    return None
                grown.add((head, True))
            else:
                grown.update((head + h, d) for h, d in more)
        heads = grown
    return heads


def _node(op: object, av: object, need: int) -> set[tuple[str, bool]] | None:
    if op is _c.LITERAL:
        return {(chr(av), False)}  # type: ignore[arg-type]
    if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
        return {("", False)}  # a zero-width test (or look-around): every head is still possible
    if op is _c.SUBPATTERN:
        return _heads(av[-1], need)  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:  # type: ignore[index]
            heads = _heads(alt, need)
            if heads is None:
                return None
            out |= heads
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:  # type: ignore[index]
        heads = _heads(av[2], need)  # type: ignore[index]
        return None if heads is None else heads | {("", False)}
    if op is _c.IN and all(o is _c.LITERAL for o, _v in av):  # type: ignore[attr-defined]
        return {(chr(v), False) for _o, v in av}  # type: ignore[attr-defined]
    return None


def _trie(words: set[str]) -> str:
    """A regular expression matching any of ``words`` (a prefix-free spelling, fast to test)."""
    first: dict[str, set[str]] = {}
    for word in words:
        first.setdefault(word[:1], set()).add(word[1:])
    alts = []
    for char in sorted(first):
        rest = first[char]
        if not char:
            return ""  # the empty word: any place matches
        tail = _trie(rest) if rest != {""} else ""
        alts.append(re.escape(char) + (f"(?:{tail})" if tail else ""))
    return "|".join(alts)


def _words(pattern: re.Pattern[str], width: int = 4) -> frozenset[str]:
    """How a match of ``pattern`` may begin: its first ``width`` characters, or all of a shorter one."""
    heads = _heads(_parser.parse(pattern.pattern, pattern.flags), width)
    assert heads is not None and all(h for h, _d in heads), pattern.pattern
    words = {h for h, _d in heads}
    return frozenset(w for w in words if not any(v != w and w.startswith(v) for v in words))


#: the first characters of each cue table's cues, by table
HEADS = tuple(_words(p) for p in SCANNED)
#: the words of :data:`SPEECH`: a text holding none of them has no match (``in`` tests are cheap)
SPEECH_WORDS = tuple(sorted(_words(SPEECH, 20)))
#: the bit of each table in :func:`starts`' masks
BITS = {p: 1 << i for i, p in enumerate(SCANNED)}
#: the same, by the table's ``id``: hashing a compiled pattern hashes its whole code every time
#: (CPython does not cache it), about a tenth of the relation finder's time when looked up per call
_BIT_OF = {id(p): bit for p, bit in BITS.items()}
ANY = (1 << len(SCANNED)) - 1
#: Every place in a lower-cased text where a cue of :data:`SCANNED` may start, in one scan:
#: a zero-width match at each word start followed by the first (up to four) characters of
#: some cue. A superset of the starts of every cue in every sentence of the text, as a cue's
#: first characters are the same in the sentence and in the text, and a cue looks at nothing
#: before its start but the character right before it (the same in both past a sentence's start).
GATE = re.compile(r"\b(?=" + _trie(set().union(*HEADS)) + ")")
#: :data:`GATE` past the text's first character, spelled from the non-word character before the
#: place (the first characters of cues are letters): the scan skips from one such character to the
#: next instead of testing a word boundary everywhere (a third faster)
_GATE_AFTER = re.compile(r"\W(?=" + _trie(set().union(*HEADS)) + ")")
_MASKS: dict[str, int] = {}


def _mask(key: str) -> int:
    mask = _MASKS.get(key)
    if mask is None:
        mask = sum(1 << i for i, words in enumerate(HEADS) if key.startswith(tuple(words)))
        if len(_MASKS) < 100_000:
            _MASKS[key] = mask
    return mask


def starts(low: str) -> tuple[list[int], list[int]]:
    """The places in ``low`` (a lower-cased document) where a cue of :data:`SCANNED` may start,
    and for each a mask of the tables (:data:`BITS`) whose cues may start there."""
    at = list(map(re.Match.end, _GATE_AFTER.finditer(low)))  # past the one non-word character
    if GATE.match(low) is not None:
        at.insert(0, 0)
    known = _MASKS.get
    masks = [known(low[a : a + 4]) for a in at]
    if None in masks:
        masks = [_mask(low[a : a + 4]) if m is None else m for a, m in zip(at, masks, strict=True)]
    return at, cast("list[int]", masks)  # no None left


def finditer(
    pattern: re.Pattern[str], low: str, at: tuple[int, ...], masks: tuple[int, ...], pos: int = 0
) -> list[re.Match[str]]:
    """``list(pattern.finditer(low, pos))``, trying only the places ``at`` (ascending) whose mask has its bit.

    ``at`` must hold every place in ``low`` where ``pattern`` can start (0 and a sentence's
    :func:`starts`); tried in order, a match ending at ``k`` skips the places before ``k``,
    so the matches are the same non-overlapping ones a full scan finds.
    """
    bit = _BIT_OF[id(pattern)]
    out = []
    for a, mask in zip(at, masks, strict=True):
        if mask & bit and a >= pos:
            m = pattern.match(low, a)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def search(
    pattern: re.Pattern[str], low: str, at: tuple[int, ...], masks: tuple[int, ...]
) -> re.Match[str] | None:
    """``pattern.search(low)``, trying only the places ``at`` with its bit (see :func:`finditer`)."""
    bit = _BIT_OF[id(pattern)]
    for a, mask in zip(at, masks, strict=True):
        if mask & bit:
            m = pattern.match(low, a)
            if m is not None:
                return m
    return None


#: the index of each table of :data:`SCANNED`, by the table's ``id`` (see :data:`_BIT_OF`)
INDEX = {id(p): i for i, p in enumerate(SCANNED)}
_WORD_CHAR = re.compile(r"\w")


class Gate:
    """Where in a lower-cased document the cues of each table may start (:func:`starts`, one scan),
    handed out by sentence: for each table whose cues may start in the sentence, its places there,
    so a rule asks for a table absent from the sentence at the cost of one lookup."""

    __slots__ = ("at", "low", "masks")

    def __init__(self, low: str) -> None:
        self.low = low
        self.at, self.masks = starts(low)

    def glued(self, start: int) -> bool:
        """Whether a word character comes right before ``start``: a sentence starting there can match a
        cue at its first character though the document has no word boundary there (tried always)."""
        return start > 0 and _WORD_CHAR.match(self.low, start - 1) is not None

    def sentence(self, start: int, end: int, glued: bool) -> dict[int, list[int]]:
        """For each table (by index in :data:`SCANNED`) whose cues may start in ``start:end``, the
        places there, relative to ``start``, ascending; 0 first for every table when ``glued``."""
        at, masks = self.at, self.masks
        lo = bisect_left(at, start + 1 if glued else start)
        hi = bisect_left(at, end, lo)
        out: dict[int, list[int]] = {}
        for k in range(lo, hi):
            place = at[k] - start
            for i in _TABLES.get(masks[k]) or _tables(masks[k]):
                got = out.get(i)
                if got is None:
                    out[i] = [0, place] if glued else [place]
                else:
                    got.append(place)
        return out


_TABLES: dict[int, tuple[int, ...]] = {}


def _tables(mask: int) -> tuple[int, ...]:
    """The indexes of the tables in ``mask``."""
    got = _TABLES.get(mask)
    if got is None:
        got = _TABLES[mask] = tuple(i for i in range(len(SCANNED)) if mask >> i & 1)
    return got
