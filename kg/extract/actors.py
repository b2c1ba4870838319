"""Who acts in a sentence: the view of one sentence's mentions and the subject rules.

The nearest actor before a cue acts, unless it sits in a parenthetical ("The Cabinet,
chaired by X, approved …") or a possessive; a coordinated group acts together ("India and
Bangladesh signed …"); else the subject inherited from a list's lead ("Pakistan has:"), the
speaker of reported speech, or the country a first-person statement speaks for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from kg.extract import cues
from kg.extract.pairs import PAIR_ANY_LOW
from kg.extract.records import ACTING, EntityRec, MentionRec
from kg.extract.relation_wording import own_clause
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


_POSSESSIVE = re.compile(cues.POSSESSIVE)
#: "Kenya's government ratified", "the Philippines' parliament has adopted": a country's own organ acts for
#: it, so its possessor stays the subject (not "the United Nations’ drive …, ratifying")
_OWN_ORGAN_ACTS = re.compile(
    cues.POSSESSIVE + r"\s+(?:[a-z]+\s+)?(?:" + cues.STATE_ORGANS + r")"
    r"(?:\s+(?:has|have|had|also|formally|officially|finally|recently|then|now|today|yesterday))*\s*"
)
_FRONTED = re.compile(r"^(?:[A-Z][a-z]+ )?(?:In|To|Soon|After|Following|Once|As|With)\b")
_PARENTHETICAL_LEAD = re.compile(
    r",\s*(?:[a-z]+\s+){0,2}(?:by|with|of|to|at|for|in|from)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*|and|the|of|&)[\s,]+){0,10}$"
)
_BLANK_OR_COMMA = re.compile(r"[\s,]*")
_BLANK = re.compile(r"\s*")
_FRONTED_WE = re.compile(r",\s*(?:[a-z]+\s+){0,2}?(?:we|I)\b")
_AND = re.compile(r"\b(?:and|as well as)\b|&")
#: "According to the IOM, Ghana, Togo and Benin ratified …": the source of a report heads no list of doers
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Aa]s\s+reported\s+by|[Cc]ited\s+by)\s+(?:the\s+)?$")
_WE_START = re.compile(r"(?:We|I|(?:My|Our) (?:Government|country|delegation))\b")
#: "He reminded them that Africa was the first region to …": a that-clause whose subject, a name that is
#: no actor of the text, is its own; the speaker does not act in it
_OWN_THAT_SUBJECT = re.compile(
    r"\bthat\s+(?:(?!(?:He|She|It|They|We|I|His|Her|Its|Their|Our|This|These|Those)\b)[A-Z][\w’'-]*\s+){1,3}"
    r"(?:was|were|is|are|has|have|had|will|would|became|becomes|remains|remained)\b"
)
_WHO = re.compile(r",?\s+who\b")
#: "said at the congress", "announced to the legislature", "told the senate": an organ spoken at or to
#: is the audience, not the subject of the clause reported
_AUDIENCE_BEFORE = re.compile(r"\b(?:at|to|before|in|told|informed|addressed|briefed)\s+$")
_NAMED_TYPES = frozenset(("Plan", "Framework", "Event", "Organization"))
#: "call on ", "urged ": right before those called on
_CALL_ON_END = re.compile(r"\b(?:" + cues.CALL_ON + r"|press(?:es|ed|ing)?)\s+$")
_HE_SHE = re.compile(r"\b(?:he|she|He|She)\s*$")


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
        if lo <= 0 and hi >= 1 << 30:
            return list(acting)
        starts = self.acting_starts
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
        if self.named is None:
            self.named = tuple(
                (m.start, m.end) for m, e in self.mentions if e.type in _NAMED_TYPES and m.end - m.start > 8
            )
        for m, e in self.mentions:
            if e.type in ACTOR_TYPES and m.kind in ACTING:
                if self.named and any(
                    s <= m.start and m.end <= en and en - s > m.end - m.start for s, en in self.named
                ):
                    continue
                if e.type == "Country" and _ITS_PEOPLE.match(self.text, m.end - self.start):
                    continue  # "working with all US stakeholders": the country's people, not its state
                if names is None:
                    names = [(n.start - self.start, x.type) for n, x in self.mentions]
                if named_by_others(self.text, m.start - self.start, 0, names):
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
        if hi <= lo:
            return []
        first = bisect_left(starts, lo)
        return chosen[first : bisect_left(starts, hi, first)]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = LIST_MARKER.match(text, start)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


#: ", and it ": a clause of its own whose subject is a thing already named
_IT_CLAUSE = re.compile(own_clause("it", r"(?!is\b|was\b)"))
_IN_PLACE = r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}?"
_CITY_COMMA = r"[A-Z][\w'’-]+,\s+"
#: "in Windhoek, ", "in the " or "in " right before a country: the place of the act, not an actor
_PLACE_BEFORE = re.compile(_IN_PLACE + r"(?:" + _CITY_COMMA + r")?$")
#: "in Marrakech, " right before a country: named as a city's, where and not who (not "in Islamabad": a
#: capital alone may stand for its government)
CITY_BEFORE = re.compile(_IN_PLACE + _CITY_COMMA + r"$")

#: "the first country in ", "the only member state of the ": the group one actor is ranked in
_RANKED_IN = re.compile(
    r"\b" + cues.RANKS + r"\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:in|of|among|within|from)\s+(?:the\s+)?$"
)
#: "the second ASEAN member to ratify": the group named before the word for its members
_RANKED_BEFORE = re.compile(r"\b" + cues.RANKS + r"\s+$")
_MEMBER_WORD = re.compile(r"\s+(?:member(?:\s+states?)?|members|countr(?:y|ies)|states?|nations?)\b")


def subject(
    sent: Sentence,
    pos: int,
    inherited: EntityRec | None,
    speaker: EntityRec | None,
    self_country: EntityRec | None,
    pair: tuple[EntityRec, EntityRec] | None = None,
) -> list[EntityRec]:
    """Who acts at ``pos``: the nearest actor before it, else the list's or the speaker's.

    "Both sides", "the two countries", "the two agencies" nearer to ``pos`` than any named actor are
    ``pair`` (:mod:`kg.extract.pairs`).
    """
    last = None  # the nearest actor before, not a possessive's owner nor in a parenthetical
    for m, e in reversed(sent.actors(sent.start, pos)):
        end = m.end - sent.start
        if e.type == "Country" and _PLACE_BEFORE.search(
            sent.text, max(0, m.start - sent.start - 40), m.start - sent.start
        ):
            continue  # "met in Windhoek, Namibia, … with the adoption of": where, not who
        if _RANKED_IN.search(sent.text, max(0, m.start - sent.start - 50), m.start - sent.start) or (
            _RANKED_BEFORE.search(sent.text, max(0, m.start - sent.start - 12), m.start - sent.start)
            and _MEMBER_WORD.match(sent.text, end)
        ):
            continue  # "Thailand became the first country in ASEAN (the second ASEAN member) to ratify"
        owned = _POSSESSIVE.match(sent.text, end, end + 3) and not _OWN_ORGAN_ACTS.fullmatch(
            sent.text, end, pos - sent.start
        )
        if not owned and not _in_parenthetical(sent, m, pos):
            last = (m, e)
            break
    clause = sent.text[: pos - sent.start]
    if pair is not None and ("both " in sent.low or "the two " in sent.low or "the parties" in sent.low):
        both = None
        for found in PAIR_ANY_LOW.finditer(sent.low, 0, pos - sent.start):
            both = found  # the last one before the cue
        if both is not None and (last is None or last[0].end - sent.start <= both.start()):
            if _CALL_ON_END.search(sent.low, max(0, both.start() - 24), both.start()):
                return []  # "We call on both governments to …": the pair is called on, not calling
            return list(pair)
    nearest = None
    for p in reversed(sent.mentions):
        if p[0].end <= pos and p[1].type != "Issue":
            nearest = p
            break
    if (
        nearest is not None
        and nearest[1].type == "Event"
        and (last is None or last[0].start < nearest[0].start)
        and not (  # "… through the Forum, and we welcome …": the speakers, not the event
            self_country is not None
            and cues.FIRST_PERSON.search(sent.text, nearest[0].end - sent.start, pos - sent.start)
        )
    ):
        return []  # "the meeting reviewing progress in implementing …": the event's, not an actor's
    if last is not None:
        m, ent = last
        between = sent.text[m.end - sent.start : pos - sent.start]
        we = cues.FIRST_PERSON.search(between)
        if we and self_country is not None and "“" not in clause and '"' not in clause:
            return [self_country]
        lead = _WE_START.match(sent.text)
        if (
            lead
            and self_country is not None
            and "," in between
            and "," in clause[lead.end() : m.start - sent.start]
        ):
            return [self_country]  # "We, with support from partners such as UNDP, have launched …"
        it = (
            _IT_CLAUSE.search(sent.text, m.end - sent.start, pos - sent.start + 30)
            if " it " in between
            else None
        )
        if it and it.start() < pos - sent.start:  # (the verb after "it" read too)
            return []  # "developed by the Office with mayors, and it draws on …": the plan's act
        who = _WHO.search(between) if "who" in between else None
        if who and between[: who.start()].strip(" ,") and not between.startswith(","):
            return []  # "heard from Ms Elman, a civil society leader, who urged …": not the Council
        said = cues.SPEECH.search(between) if sent.speech else None
        if said and _clause_subject(between.lower(), said.end()):
            return []  # "Azad said the government has …": the clause has a subject of its own
        group = coordinated_before(sent, m.end)
        return group if len(group) > 1 and ent in group else [ent]
    if inherited is not None:
        return [inherited]
    if (
        speaker is not None
        and not _clause_subject(sent.low[: pos - sent.start], 0)
        and not _OWN_THAT_SUBJECT.search(sent.text, 0, pos - sent.start)
    ):
        return [speaker]  # not "he said, the government would …", "he said that Africa was the first to …"
    if (
        self_country is not None
        and cues.FIRST_PERSON.search(clause)
        and "“" not in clause
        and '"' not in clause  # not '"We call on …," said X of the Union': the speaker's body
    ):
        return [self_country]
    if (
        self_country is not None
        and _FRONTED.match(sent.text)
        and _FRONTED_WE.search(sent.text, pos - sent.start)
    ):
        return [self_country]  # "Following the adoption of the Compact, we have …"
    after = sent.actors(pos)
    if after and speaker is not None:  # "Kenya's parliament passed the Act, the ministry said": it reports
        after = [p for p in after if p[1] is not speaker]
    if (after and sent.start == 0) or (after and _FRONTED.match(sent.text)):
        return [after[0][1]]
    return []


def _clause_subject(low: str, start: int) -> bool:
    """Whether an unnamed subject (cues.GENERIC_SUBJECT) stands in ``low`` from ``start`` on, not an
    audience ("Chile said the senate ratified …", not "Brazil said at the congress that it had …")."""
    return any(
        not _AUDIENCE_BEFORE.search(low, max(0, m.start() - 12), m.start())
        for m in cues.GENERIC_SUBJECT.finditer(low, start)
    )


def _in_parenthetical(sent: Sentence, m: MentionRec, pos: int) -> bool:
    """ "The Union Cabinet, chaired by the Prime Minister Modi, has approved": Modi is not the subject."""
    if sent.text.find(",", m.end - sent.start, pos - sent.start) < 0:
        return False  # no comma after the mention: not a parenthetical
    start = m.start - sent.start
    if sent.text[max(0, start - 2) : start] == " (":  # "… of the Union (AU)": read before the full name
        full = (p.start - sent.start for p, _e in sent.mentions if p.end - sent.start == start - 2)
        start = next(full, start)
    lead = sent.text[max(0, start - 80) : start]
    return "," in lead and _PARENTHETICAL_LEAD.search(lead) is not None


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
        if len(out) == 1 and not _AND.search(gap):
            break  # "As Chair of the Forum, Fiji calls …": a list ends in "and"
        if _SOURCE_BEFORE.search(sent.text, max(0, m1.start - sent.start - 20), m1.start - sent.start):
            break
        if _COORDINATION.fullmatch(gap) or _joined_past_role(sent, m1, e1, m2, _e2):
            out.insert(0, e1)
        else:
            break
    return list(dict.fromkeys(out))


def speaker(sent: Sentence, last_person: EntityRec | None) -> EntityRec | None:
    """The actor of "X said …", "… said X", "he said …" in this sentence."""
    for cue in cues.SPEECH.finditer(sent.text):
        c0, c1 = sent.start + cue.start(), sent.start + cue.end()
        before = sent.actors(sent.start, c0)
        if before and _BLANK_OR_COMMA.fullmatch(sent.text, before[-1][0].end - sent.start, cue.start()):
            return before[-1][1]
        after = sent.actors(c1, c1 + 40)
        if after and _BLANK.fullmatch(sent.text, cue.end(), after[0][0].start - sent.start):
            return after[0][1]
        if _HE_SHE.search(sent.text, max(0, cue.start() - 12), cue.start()):
            return last_person
        persons = [e for _m, e in before if e.type == "Person"]
        if persons:
            return persons[-1]
    return None
