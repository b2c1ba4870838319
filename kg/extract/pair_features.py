"""The pairs of entities named in one sentence, and the words that describe each pair.

The relation rules (:mod:`kg.extract.relations`) read the wordings they were written for and
miss the many others real documents use. The pair model (:mod:`kg.extract.pair_model`) looks
at every pair of entities that share a sentence and scores it from the words around it; this
module is what both its training and its use see, so the two see the same thing.

A pair is described by sparse string features: the two types in text order, the words and
word pairs between the two mentions, a few words before and after, how far apart they are,
how many other names lie between, whether an actor is the sentence's first, and the
predicate the rules already found for the pair, if any.

>>> _bucket(0), _bucket(5), _bucket(40)
('0', '4-8', '31+')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from kg.extract.actors import OTHERS_WORDS, named_by_others
from kg.extract.records import ACTING, EntityRec, MentionRec
from kg.ontology import ACTOR_TYPES

#: the types a pair may join; a pair needs an actor or an issue on one side
PAIR_TYPES = frozenset((*ACTOR_TYPES, "Plan", "Framework", "Issue", "Event"))
_ACTORS = frozenset(ACTOR_TYPES)
_WORD = re.compile(r"[^\W\d_]+|[0-9]+|[^\w\s]")


def _words(text: str) -> list[str]:
    """The words of ``text``, lower-cased; a capitalized word is "^" and a number "0".

    The model learns from the wording around names, not from the names: a name it saw in
    training ("Albania", "Abuja") says nothing about another document.
    """
    return [_norm(w) for w in _WORD.findall(text)]


def _norm(w: str) -> str:
    """One word as :func:`_words` gives it."""
    if w[0].isdigit():
        return "0"
    if w[0].isupper():
        return "^"
    return w.lower()


#: words of context kept before the first and after the second mention
_CONTEXT = 3
#: more pairs than this in one sentence (long lists) are not described: the cost grows as the square
MAX_MENTIONS = 24


@dataclass(frozen=True, slots=True)
class PairCandidate:
    """Two entities named in one sentence, at their first mentions there, in text order."""

    first: EntityRec
    second: EntityRec
    first_mention: MentionRec
    second_mention: MentionRec
    sent_start: int
    sent_end: int
    features: tuple[str, ...]


def pair_key(a: str, b: str) -> tuple[str, str]:
    """One key for a pair of entity keys, whatever their order."""
    return (a, b) if a <= b else (b, a)


def _bucket(n: int) -> str:
    if n == 0:
        return "0"
    if n <= 3:
        return "1-3"
    if n <= 8:
        return "4-8"
    if n <= 15:
        return "9-15"
    if n <= 30:
        return "16-30"
    return "31+"


def pair_candidates(
    text: str,
    mentions: Sequence[tuple[MentionRec, EntityRec]],
    bounds: Iterable[tuple[int, int]],
    rule_links: dict[tuple[str, str], str],
    *,
    unruled_only: bool = False,
) -> list[PairCandidate]:
    """The pairs of each sentence in ``bounds``.

    ``mentions`` come in text order; ``rule_links`` are the rules' predicates by :func:`pair_key`.

    ``unruled_only``: leave out the pairs the rules linked (what the model may add to), not
    describing them saves most of the work on texts the rules read well.
    """
    out: list[PairCandidate] = []
    roles = [(r.start, r.end, e.key) for e in {id(e): e for _m, e in mentions}.values() for r in e.roles]
    i, n = 0, len(mentions)
    for start, end in bounds:
        inside: list[tuple[MentionRec, EntityRec]] = []
        while i < n and mentions[i][0].start < end:
            m, e = mentions[i]
            if m.start >= start and e.type in PAIR_TYPES:
                inside.append((m, e))
            i += 1
        if len(inside) < 2 or len(inside) > MAX_MENTIONS:
            continue
        first_actor = next((e.key for _m, e in inside if e.type in _ACTORS), None)
        names = [(m.start, e.type) for m, e in inside]
        low = text[start:end].lower()
        others = any(w in low for w in OTHERS_WORDS)  # else no actor is named as others' (:func:`_aside`)
        aside = [_aside(text, m, e, inside, roles, start, names, others) for m, e in inside]
        context: _Context | None = None  # built for the first pair described
        seen: set[tuple[str, str]] = set()
        for a in range(len(inside)):
            ma, ea = inside[a]
            for b in range(a + 1, len(inside)):
                mb, eb = inside[b]
                if ea.key == eb.key or mb.start < ma.end:
                    continue
                if ea.type not in _ACTORS and eb.type not in _ACTORS and "Issue" not in (ea.type, eb.type):
                    continue
                if (aside[a] and aside[a] != eb.key) or (aside[b] and aside[b] != ea.key):
                    continue  # "Ana Ruiz, who represents Chile, welcomed the Plan": Chile is Ana Ruiz's only
                key = pair_key(ea.key, eb.key)
                if key in seen or (unruled_only and key in rule_links):
                    continue
                seen.add(key)
                if context is None:
                    context = _Context(text, start, end, inside)
                feats = describe(text, context, inside, a, b, first_actor, rule_links.get(key))
                out.append(PairCandidate(ea, eb, ma, mb, start, end, feats))
    return out


#: an apposition or relative clause opened after an actor's name, up to the next name
_APPOSED = re.compile(r",\s+(?:a|an|the|one|member|who|whose|which|part)\b[^,;:.]*$")


def _aside(
    text: str,
    m: MentionRec,
    e: EntityRec,
    inside: Sequence[tuple[MentionRec, EntityRec]],
    roles: Sequence[tuple[int, int, str]],
    sent_start: int,
    names: Sequence[tuple[int, str]],
    others: bool = True,
) -> str:
    """Who an actor named in passing belongs to, or "" when it acts in the sentence itself.

    An actor inside a person's role phrase ("Ana Ruiz, Minister of Labour of Chile") belongs
    to the person, one in an apposition or relative clause after an actor ("Ghana, a member of
    the Forum,", "Ana Ruiz, who represents Chile,") to that actor; one inside a longer name
    ("the Council of Europe Convention"), named only as a place or a people ("Chilean workers"), or
    as the one others criticise or back ("Critics of Kenya"), to nobody ("-"). The relation rules skip
    such mentions as subjects (:meth:`kg.extract.actors.Sentence.actors`); so does the model.
    ``others`` is False when the sentence holds none of :data:`~kg.extract.actors.OTHERS_WORDS`.
    """
    if e.type not in _ACTORS:
        return ""
    if m.kind not in ACTING or (others and named_by_others(text, m.start, sent_start, names)):
        return "-"
    for s, en, owner in roles:
        if s <= m.start and m.end <= en and owner != e.key:
            return owner
    before = None
    for other, oe in inside:
        if other.start <= m.start and m.end <= other.end and other.end - other.start > m.end - m.start:
            return "-"
        if other.end <= m.start and oe.type in _ACTORS:
            before = (other, oe)
    if before is not None and _APPOSED.match(text, before[0].end, m.start):
        return before[1].key  # "Ghana, a member of the Forum, …": the Forum is Ghana's only
    return ""


class _Context:
    """The words around each mention of one sentence, read once for all the pairs it is in.

    The sentence is split into words once: :data:`_WORD`'s words are maximal runs of letters or
    digits and single signs, so the words of a stretch are the sentence's words that overlap it, the
    first and last cut to it (:meth:`words`), without reading the stretch again for every pair.
    """

    def __init__(
        self, text: str, start: int, end: int, inside: Sequence[tuple[MentionRec, EntityRec]]
    ) -> None:
        self.text = text
        spans = list(map(re.Match.span, _WORD.finditer(text, start, end)))
        self.starts = [s for s, _e in spans]
        self.ends = [e for _s, e in spans]
        self.norms = [
            "0" if w[0].isdigit() else "^" if w[0].isupper() else w.lower()
            for w in _WORD.findall(text, start, end)
        ]  # as _norm
        words = self.words
        self.pre = [words(max(start, m.start - 40), m.start)[-_CONTEXT:] for m, _e in inside]
        self.post = [words(m.end, min(end, m.end + 40))[:_CONTEXT] for m, _e in inside]
        self.before = [list(dict.fromkeys(words(start, m.start))) for m, _e in inside]

    def words(self, lo: int, hi: int) -> list[str]:
        """``_words(text[lo:hi])`` for a stretch of the sentence."""
        if hi <= lo:
            return []
        starts, ends = self.starts, self.ends
        i = bisect_right(ends, lo)  # the first word ending past lo
        j = bisect_left(starts, hi, i)  # the first word starting at hi or later
        out = self.norms[i:j]
        if i < j:
            if starts[i] < lo or ends[i] > hi:  # a word cut by the stretch's start (or end)
                out[0] = _norm(self.text[max(starts[i], lo) : min(ends[i], hi)])
            if j - 1 > i and ends[j - 1] > hi:
                out[-1] = _norm(self.text[starts[j - 1] : hi])
        return out


def describe(
    text: str,
    context: _Context,
    inside: Sequence[tuple[MentionRec, EntityRec]],
    a: int,
    b: int,
    first_actor: str | None,
    rule: str | None,
) -> tuple[str, ...]:
    """The features of the pair ``inside[a]``, ``inside[b]`` of one sentence of ``text``."""
    ma, ea = inside[a]
    mb, eb = inside[b]
    ta, tb = ea.type, eb.type
    pair = ta[0] + tb[0]
    words = context.words(ma.end, mb.start)
    feats = ["bias", f"t:{ta}>{tb}", f"d:{_bucket(len(words))}"]
    between = inside[a + 1 : b]
    feats.append(f"in:{min(len(between), 3)}")
    feats.append(f"inA:{min(sum(1 for _m, e in between if e.type in _ACTORS), 2)}")
    for w in dict.fromkeys(words):
        feats.append("b:" + w)
        feats.append(f"b{pair}:" + w)
    for x, y in pairwise(words):
        feats.append(f"bb:{x}_{y}")
    feats.extend("pre:" + w for w in context.pre[a])
    feats.extend("post:" + w for w in context.post[b])
    feats.extend("sb:" + w for w in context.before[a])
    if first_actor is not None and first_actor in (ea.key, eb.key):
        feats.append("first_actor")
    if rule is not None:
        feats.append("rule")
        feats.append("rule:" + rule)
    return tuple(feats)
