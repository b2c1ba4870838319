"""Who acts at a cue: the nearest actor before it, else the list's, the speaker's or the statement's.

Kept apart from :mod:`~kg.extract.actors` (the view of one sentence's mentions and the coordinated
actors): :func:`subject` reads who acts at one place of a sentence, past a place ("in Windhoek,
Namibia"), a rank ("the first country in ASEAN"), a possessive or a parenthetical, and
:func:`speaker` the actor of "X said …".
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated_before
from kg.extract.pairs import PAIR_ANY_LOW
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_wording import own_clause

_POSSESSIVE = re.compile(cues.POSSESSIVE)
#: "Kenya's government ratified", "the Philippines' parliament has adopted": a country's own organ acts for
#: it, so its possessor stays the subject (not "the United Nations’ drive …, ratifying")
_OWN_ORGAN_ACTS = re.compile(
    cues.POSSESSIVE + r"\s+(?:[a-z]+\s+)?(?:" + cues.STATE_ORGANS + r")"
    r"(?:\s+(?:has|have|had|also|formally|officially|finally|recently|then|now|today|yesterday))*\s*"
)
_FRONTED = re.compile(r"^(?:[A-Z][a-z]+ )?(?:In|To|Soon|After|Following|Once|As|With)\b")
_PARENTHETICAL_LEAD = re.compile(
    r"(?:,|\s[–—-])\s*(?:[a-z]+\s+){0,2}(?:by|with|of|to|at|for|in|from)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*|and|the|of|&)[\s,]+){0,10}$"
)
#: an aside's dash: " – ", " — ", " - " (not a hyphen inside a word)
_DASH_AFTER = re.compile(r"\s[–—-]\s")
_BLANK_OR_COMMA = re.compile(r"[\s,]*")
_BLANK = re.compile(r"\s*")
_FRONTED_WE = re.compile(r",\s*(?:[a-z]+\s+){0,2}?(?:we|I)\b")
#: ", and we": a clause of the speakers' own opening (here and in :mod:`kg.extract.relation_agents`)
WE_CLAUSE_LEAD = r"(?:,|;|\band\b|\bbut\b)\s+(?:then\s+|also\s+|so\s+)?we\s+"
#: ", and we ratified": a clause of the speakers' own right before the cue, after the last actor
_WE_CLAUSE = re.compile(WE_CLAUSE_LEAD + r"(?:[a-z]+\s+){0,3}$")
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
#: "call on ", "urged ": right before those called on
_CALL_ON_END = re.compile(r"\b(?:" + cues.CALL_ON + r"|press(?:es|ed|ing)?)\s+$")
_HE_SHE = re.compile(r"\b(?:he|she|He|She)\s*$")
#: ", and it ": a clause of its own whose subject is a thing already named
_IT_CLAUSE = re.compile(own_clause("it", r"(?!is\b|was\b)"))
_IN_PLACE = r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}?"
_CITY_COMMA = r"[A-Z][\w'’-]+,\s+"
#: "in Windhoek, ", "in the " or "in " right before a country: the place of the act, not an actor
_PLACE_BEFORE = re.compile(_IN_PLACE + r"(?:" + _CITY_COMMA + r")?$")
#: between two countries of one list: "Malawi and Maldives", "Ghana, Togo"
_LIST_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?")
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
    before = sent.actors(sent.start, pos)
    for k in range(len(before) - 1, -1, -1):
        m, e = before[k]
        end = m.end - sent.start
        if e.type == "Country" and _a_place(sent, before, k):
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
        if we and self_country is None and _WE_CLAUSE.search(between):
            return []  # "We are partners of the ILO, and we ratified …": whoever "we" are, not the ILO
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


def _a_place(sent: Sentence, actors: list[tuple[MentionRec, EntityRec]], k: int) -> bool:
    """Whether the country ``actors[k]`` is named as a place: "in Windhoek, Namibia", or last of a list
    of countries that one "in" leads ("needs in Malawi and Maldives")."""
    text, base = sent.text, sent.start
    while (
        k
        and actors[k - 1][1].type == "Country"
        and _LIST_JOIN.fullmatch(text, actors[k - 1][0].end - base, actors[k][0].start - base)
    ):
        k -= 1
    at = actors[k][0].start - base
    return _PLACE_BEFORE.search(text, max(0, at - 40), at) is not None


def _in_parenthetical(sent: Sentence, m: MentionRec, pos: int) -> bool:
    """ "The Union Cabinet, chaired by the Prime Minister Modi, has approved": Modi is not the subject;
    nor is UNDP in "the Government – with support from UNDP – developed"."""
    text, lo, hi = sent.text, m.end - sent.start, pos - sent.start
    if text.find(",", lo, hi) < 0 and _DASH_AFTER.search(text, lo, hi) is None:
        return False  # no comma or dash after the mention: not a parenthetical
    start = m.start - sent.start
    if sent.text[max(0, start - 2) : start] == " (":  # "… of the Union (AU)": read before the full name
        full = (p.start - sent.start for p, _e in sent.mentions if p.end - sent.start == start - 2)
        start = next(full, start)
    lead = sent.text[max(0, start - 80) : start]
    return ("," in lead or _DASH_AFTER.search(lead) is not None) and _PARENTHETICAL_LEAD.search(
        lead
    ) is not None


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
