"""Who acts in a sentence: the view of one sentence's mentions, and the actors coordinated with one.

:class:`Sentence` holds a sentence's mentions and finds its acting actors once (not one named in a
longer name, nor a country's people); :func:`coordinated` and :func:`coordinated_before` read a
group that acts together ("India and Bangladesh signed …"). Who acts at a cue (the nearest actor,
a list's lead, the speaker, a statement's country) is found by :mod:`~kg.extract.subjects`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from kg.extract.records import ACTING, EntityRec, MentionRec
from kg.extract.vote_tallies import in_tally
from kg.ontology import ACTOR_TYPES

LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|\([a-z]\)|[-•*▪●–])\s+")
_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and|&)|,|and|&|,?\s*(?:as\s+well\s+as|along\s+with))\s*(?:all\s+(?:the\s+)?members\s+of\s+)?"
    r"(?:my\s+own\s+country,\s+|my\s+country,\s+)?(?:[Tt]he\s+)?"
    r"(?:(?:Government|Republic|Kingdom)\s+of\s+(?:the\s+)?)?"
)  # "UNHCR and the Government of Kenya"
#: one list item between two countries that names nothing the reference knows
_UNKNOWN_ITEM = re.compile(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},?\s+(?:and\s+)?(?:the\s+)?")
_COORDINATION_LOOSE = re.compile(r"[\s,]*(?:(?:and|&)\s+)?(?:the\s+)?")  # once a role phrase is cut out
#: a country's name used of its people or firms, not its state: "US stakeholders", "Kenyan investors"
_ITS_PEOPLE = re.compile(
    r"[ \t]+(?:stakeholders|citizens|nationals|companies|businesses|investors|firms|students|residents|"
    r"consumers|farmers|taxpayers|voters|workers|employers|households|families|exporters|importers|"
    r"industry|industries|civil society|private sector)\b"
)
#: those against or for an actor, named by it: "Critics of Minister Ana Ruiz stressed …", "Opponents of
#: the Government of Kenya and Uganda called for …", "an ally of President Ruto", "in opposition to …",
#: "countries of the UN that presented …"
_OTHERS_OF = re.compile(
    r"\b(?:(?:[Cc]ritic|[Oo]pponent|[Ss]upporter|[Dd]etractor|[Rr]ival|[Ff]oe)s?\s+of"
    r"|(?:[Aa]ll(?:y|ies)|[Ee]nem(?:y|ies))\s+of|[Oo]pposition\s+to"
    # "among the 44 countries of the UN that presented …": the countries act, not the body they are in
    r"|(?<![\w-])(?<![Mm]ember )(?:countries|nations|states)\s+of)\s+"
    r"(?P<run>(?:(?:the|current|new|former|then|outgoing|incoming|and|of|[A-Z][\w.’'-]*),?\s+){0,8})\Z"
)


#: a word of every lead of :data:`_OTHERS_OF`, in lower case: a sentence without one names nobody so
OTHERS_WORDS = (
    "critic", "opponent", "supporter", "detractor", "rival", "foe", "ally", "allies", "enem", "opposition",
    "countries", "nations", "states",
)  # fmt: skip


def named_by_others(text: str, start: int, floor: int, names: Sequence[tuple[int, str]]) -> bool:
    """Whether the actor named at ``start`` is named as the one others criticise, oppose or back.

    ``names``: (start, type) of the sentence's names. A plan or framework between the lead words and
    the actor ends their phrase: in "Supporters of the Compact, Kenya and Ghana, signed it" Kenya and
    Ghana are the supporters.
    """
    m = _OTHERS_OF.search(text, max(floor, start - 100), start)
    if m is None:
        return False
    lo = m.start("run")
    return not any(lo <= at < start and kind not in ACTOR_TYPES for at, kind in names)


_AND = re.compile(r"\b(?:and|as well as)\b|&")
#: "According to the IOM, Ghana, Togo and Benin ratified …": the source of a report heads no list of doers
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Aa]s\s+reported\s+by|[Cc]ited\s+by)\s+(?:the\s+)?$")
_NAMED_TYPES = frozenset(("Plan", "Framework", "Event", "Organization"))


@dataclass
class Sentence:
    """One sentence and its mentions, in text order (by start), with its actors found once.

    The mentions are sorted by start, so the mentions of a range are found by bisection.
    """

    start: int
    end: int
    text: str
    low: str  # the text in lower case, for the case-free cue expressions
    mentions: list[tuple[MentionRec, EntityRec]]
    roles: tuple[tuple[int, int, EntityRec], ...] = ()
    named: tuple[tuple[int, int], ...] | None = None  # spans of item and event names, once asked
    acting: list[tuple[MentionRec, EntityRec]] | None = None  # the sentence's actors, once asked
    speech: bool = True  # False when the sentence holds none of the words of cues.SPEECH
    acting_starts: list[int] = field(default_factory=list, repr=False)  # their starts
    typed: dict[tuple[str, ...], tuple[list[int], list[tuple[MentionRec, EntityRec]]]] = field(
        default_factory=dict, repr=False
    )  # the mentions of some types and their starts, by the types, once asked

    def actors(self, lo: int = 0, hi: int = 1 << 30) -> list[tuple[MentionRec, EntityRec]]:
        """Acting actors in ``lo:hi``; one named in a person's role phrase acts through the person, one
        named inside a longer name ("the ASEAN Convention", "the National Assembly of Lesotho") not at all."""
        acting = self.acting
        if acting is None:
            acting = self.acting = self._acting()
            self.acting_starts = [m.start for m, _e in acting]
        starts = self.acting_starts
        if (lo <= 0 and hi >= 1 << 30) or (starts and lo <= starts[0] and hi > starts[-1]):
            return list(acting)  # all of them (what the bisections below give)
        first = bisect_left(starts, lo)
        return acting[first : bisect_left(starts, hi, first)] if hi > lo else []

    def has_actors(self) -> bool:
        """Whether :meth:`actors` finds any."""
        if self.acting is None:
            self.actors(0, 0)
        return bool(self.acting)

    def _acting(self) -> list[tuple[MentionRec, EntityRec]]:
        """:meth:`actors` of the whole sentence, found once."""
        out = []
        names: list[tuple[int, str]] | None = None  # (start, type) of the sentence's names, once asked
        others: bool | None = None  # whether the sentence holds a word of _OTHERS_OF, once asked
        if self.named is None:
            self.named = tuple(
                (m.start, m.end) for m, e in self.mentions if e.type in _NAMED_TYPES and m.end - m.start > 8
            )
        for m, e in self.mentions:
            if e.type in ACTOR_TYPES and m.kind in ACTING:
                if self.named and _inside_longer(m, self.named):
                    continue
                if e.type == "Country" and _ITS_PEOPLE.match(self.text, m.end - self.start):
                    continue  # "working with all US stakeholders": the country's people, not its state
                if e.type == "Country" and "(" in self.text and in_tally(self.text, m.start - self.start):
                    continue  # "2 against (Hungary, United States)": counted in a vote, not acting
                if others is None:
                    others = any(w in self.low for w in OTHERS_WORDS)
                if others and names is None:
                    names = [(n.start - self.start, x.type) for n, x in self.mentions]
                if others and named_by_others(self.text, m.start - self.start, 0, names or ()):
                    continue  # "Critics of Minister Ana Ruiz": the critics act, not the minister
                owner = (
                    next((p for s, en, p in self.roles if s <= m.start and m.end <= en and p is not e), None)
                    if self.roles
                    else None
                )
                out.append((m, owner or e))
        return out

    def of_types(
        self, types: tuple[str, ...], lo: int = 0, hi: int = 1 << 30
    ) -> list[tuple[MentionRec, EntityRec]]:
        """The mentions of ``types`` starting in ``lo:hi``."""
        typed = self.typed.get(types)
        if typed is None:
            chosen = [(m, e) for m, e in self.mentions if e.type in types]
            typed = self.typed[types] = ([m.start for m, _e in chosen], chosen)
        starts, chosen = typed
        if hi <= lo or not chosen:
            return []
        if lo <= starts[0] and hi > starts[-1]:
            return chosen[:]  # all of them (what the bisections below give)
        first = bisect_left(starts, lo)
        return chosen[first : bisect_left(starts, hi, first)]


def _inside_longer(m: MentionRec, named: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``m`` lies inside a longer one of the ``named`` spans (a loop: no generator per mention)."""
    start, end = m.start, m.end
    for s, en in named:  # noqa: SIM110 (a loop is a third faster than any() over a generator)
        if s <= start and end <= en and en - s > end - start:
            return True
    return False


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = LIST_MARKER.match(text, start)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def coordinated(sent: Sentence, pos: int, reach: int = 400) -> list[EntityRec]:
    """The actors right after ``pos``: "by the UAE and Sri Lanka" → both. The first is within 120
    characters; a list of long names with their acronyms may run on well past that, and a list
    that reaches ``reach`` characters without its "and" is read again four times as far (the
    endorsers of a declaration, forty countries long)."""
    actors = _owned_dropped(sent, sent.actors(pos, pos + reach))
    if not actors or actors[0][0].start > pos + 120:
        return []
    out = [actors[0][1]]
    ended = False  # a list ends in "and": "by Cambodia, Singapore and Myanmar"
    for (m1, e1), (m2, e2) in pairwise(actors):
        if e2 is e1 and _own_name(sent, m1, e1, m2):
            continue  # "Kenya's Minister of Labour, Jane Doe, and …": the role's country, then the name
        if e2 is e1 and _in_own_role(sent, m2, e1):
            continue  # "Jane Doe, Director of the Ministry of Labour, and …": the name, then its role's body
        if e2 is e1 and sent.text[m1.end - sent.start : m2.start - sent.start] == " (":
            continue  # "the International Organization for Migration (IOM), …": its acronym
        if (
            _joined(sent, m1, e1, m2)
            or _joined_past_role(sent, m1, e1, m2, e2)
            or (
                e1.type == e2.type == "Country"  # "A, Atlantis, B and C": a place the reference lacks
                and _UNKNOWN_ITEM.fullmatch(sent.text, m1.end - sent.start, m2.start - sent.start)
            )
        ):
            out.append(e2)
            ended = ended or _AND.search(sent.text, m1.end - sent.start, m2.start - sent.start) is not None
        else:
            break
    else:  # every actor in reach joined, and no "and" yet: the list may run on
        if not ended and len(out) > 3 and reach < 1600 and pos + reach < sent.end:
            return coordinated(sent, pos, reach * 4)
    return list(dict.fromkeys(out)) if ended else out[:1]


def _owned_dropped(
    sent: Sentence, actors: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[MentionRec, EntityRec]]:
    """Without a country that only owns the body named next: "with Kenya's Ministry of Health" names
    the ministry, not Kenya, as the partner."""
    if len(actors) < 2 or "s " not in sent.text:
        return actors
    out = []
    for k, (m, e) in enumerate(actors):
        if e.type == "Country" and k + 1 < len(actors):
            m2, e2 = actors[k + 1]
            gap = sent.text[m.end - sent.start : m2.start - sent.start]
            if e2.type == "Organization" and gap in ("'s ", "’s "):
                continue
        out.append((m, e))
    return out


def past_role(sent: Sentence, end: int, whose: Collection[EntityRec]) -> int:
    """Where a name ending at ``end`` ends together with a role phrase of one of ``whose`` right after
    it ("by Ana Ruiz, Director, Andean Secretariat"), so that what follows the name is read past it."""
    for r0, r1, who in sent.roles:
        if who in whose and end <= r0 <= end + 2:
            end = max(end, r1)
    return end


def _in_own_role(sent: Sentence, m: MentionRec, person: EntityRec) -> bool:
    """Whether ``m`` lies in one of ``person``'s role phrases."""
    return any(p is person and r0 <= m.start and m.end <= r1 for r0, r1, p in sent.roles)


def _joined(sent: Sentence, m1: MentionRec, e1: EntityRec, m2: MentionRec) -> bool:
    """Whether two actors are coordinated: "X and Y", "X, Minister of Labour, and Y", "X (XY), Z"."""
    gap = sent.text[m1.end - sent.start : m2.start - sent.start].removeprefix(")")
    if _COORDINATION.fullmatch(gap):
        return True
    for r0, r1, person in sent.roles:
        if person is e1 and m1.end <= r0 and r1 <= m2.start:
            cut = (
                sent.text[m1.end - sent.start : r0 - sent.start]
                + sent.text[r1 - sent.start : m2.start - sent.start]
            )
            return "," in cut and _COORDINATION_LOOSE.fullmatch(cut) is not None
    return False


#: "X and his", "X, and the": the "and" that leads the next person's role phrase
_AND_BEFORE_ROLE = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+|his\s+|her\s+|their\s+)?")


def _joined_past_role(sent: Sentence, m1: MentionRec, e1: EntityRec, m2: MentionRec, e2: EntityRec) -> bool:
    """Whether a person follows ``e1`` with its role phrase before the name: "X and his Qatari
    counterpart Y", "X and the Minister of Labour of Qatar, Y" (``m2`` the name or a mention in that
    role). A person, not a body: "X and the Ministry's director Y" is read by the role's own rules."""
    if e1.type != "Person" or e2.type != "Person" or e2 is e1:
        return False
    for r0, r1, person in sent.roles:
        if person is e2 and m1.end <= r0 <= m2.start:
            if not _AND_BEFORE_ROLE.fullmatch(sent.text, m1.end - sent.start, r0 - sent.start):
                return False
            return (
                m2.start < r1
                or _ROLE_TO_NAME.fullmatch(sent.text, r1 - sent.start, m2.start - sent.start) is not None
            )
    return False


#: between a role phrase and the name it describes: ", Sheikh ", ", Dr "
_ROLE_TO_NAME = re.compile(r"[\s,]*(?:[A-Z][a-z]{1,8}\.?\s+){0,2}")


def _own_name(sent: Sentence, m1: MentionRec, person: EntityRec, m2: MentionRec) -> bool:
    """Whether ``m1`` lies in a role phrase of ``person`` that ``m2``, the person's name, follows."""
    for r0, r1, owner in sent.roles:
        if owner is person and r0 <= m1.start and m1.end <= r1 <= m2.start:
            return _ROLE_TO_NAME.fullmatch(sent.text, r1 - sent.start, m2.start - sent.start) is not None
    return False


def coordinated_before(sent: Sentence, pos: int) -> list[EntityRec]:
    actors = sent.actors(sent.start, pos)
    if len(actors) < 2:
        return [actors[0][1]] if actors else []
    out = [actors[-1][1]]
    for k in range(len(actors) - 1, 0, -1):
        (m1, e1), (m2, _e2) = actors[k - 1], actors[k]
        if e1 is _e2 and _own_name(sent, m1, e1, m2):
            continue  # "Japan's Minister of Justice, Name": the role's country, then the name
        gap = sent.text[m1.end - sent.start : m2.start - sent.start]
        if e1 is _e2 and gap == " (" and sent.text.startswith(")", m2.end - sent.start):
            continue  # "the European Union (EU)": the name's acronym, one item
        if gap.startswith(")") and k >= 2 and actors[k - 2][1] is e1:
            gap = gap[1:]  # "The Pacific Community (SPC) and the EU": past the acronym's bracket
        if len(out) == 1 and not _AND.search(gap):
            break  # "As Chair of the Forum, Fiji calls …": a list ends in "and"
        if _SOURCE_BEFORE.search(sent.text, max(0, m1.start - sent.start - 20), m1.start - sent.start):
            break
        if _COORDINATION.fullmatch(gap) or _joined_past_role(sent, m1, e1, m2, _e2):
            out.insert(0, e1)
        else:
            break
    return list(dict.fromkeys(out))
