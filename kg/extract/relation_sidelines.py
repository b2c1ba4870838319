"""Who meets on the sidelines of a named meeting takes part in it: "A and B met on the sidelines of the
Summit", "On the sidelines of the Summit, A and B signed …". Talks there have two sides, and both are
at the meeting: "A held talks with B on the margins of the Forum", "A met (with) B on the sidelines
of …" — the nearest-actor subject finds only B, the one right before the cue.
"""

from __future__ import annotations

import re

from kg.extract.actors import coordinated
from kg.extract.lexicon import ROLE_WORDS, TITLES
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import negated_before

_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins|side-lines)\s+of\s+(?:the\s+)?$")
_THE_GAP = re.compile(r"\s*(?:the\s+)?")
#: "met ", "met with ", "held talks with ", "bilateral meeting with ": right before the other side
_MET_WITH = re.compile(
    r"\b(?:(?:met|meets|meeting)\s+(?:with\s+)?|"
    r"(?:talks|discussions|consultations|meeting|meetings|call|conversation)\s+with\s+)"
    r"(?P<gap>(?:[\w.’'-]+,?\s+){0,4})$"
)
#: words a title or an article puts between "met" and a name: "met President", "met his counterpart,"
_GAP_WORDS = (
    TITLES
    | ROLE_WORDS
    | frozenset(
        [
            "the",
            "his",
            "her",
            "their",
            "its",
            "counterpart",
            "counterparts",
            "prime",
            "vice",
            "foreign",
            "deputy",
            "state",
            "general",
        ]
    )
)
_TYPES = ("Country", "Organization", "Person")
#: a new clause between the talks and the sidelines: "who met B in March, held talks", "; B"
_NEW_CLAUSE = re.compile(r";|[,]\s+(?!and\b|or\b)[a-z]|\b(?:who|which|after|before|when|and\s+will)\b")
#: "who met", "which met": talks in a relative clause, not at the meeting
_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+\s+){0,2}$")


def _other_side(rules: SentenceRules, first: list[EntityRec], lo: int, hi: int) -> list[EntityRec]:
    """The side met in the sidelines clause ``lo:hi`` ("met with President B"), and the side before the
    verb when B is the one the subject rule took ("A held talks with B"); talks in another clause, in a
    relative clause or denied were not at the meeting."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    out: list[EntityRec] = []
    for m2, e in sent.actors(lo, hi):
        met = _MET_WITH.search(low, max(0, m2.start - base - 60), m2.start - base)
        if met is None or e.type not in _TYPES or met.start() < lo - base:
            continue
        text = sent.text  # the case tells a name from a verb after a comma
        if _NEW_CLAUSE.search(text, met.start(), hi - base) or _NEW_CLAUSE.search(
            text, lo - base, met.start()
        ):
            continue  # "who met B in March, held talks …", "…, after A met with B"
        if _RELATIVE.search(low, max(0, met.start() - 30), met.start()) or negated_before(low, met.start()):
            continue  # "A, who met with B", "had not met with B"
        if any(w.strip(",.") not in _GAP_WORDS for w in met.group("gap").split()):
            continue  # "met the press and Uganda": not the one met
        out += coordinated(sent, m2.start)
        if e in first:  # "A met B on the …": the subject rule took B; A is before the verb
            out += rules.subject(base + met.start())
    return out


def sidelines(rules: SentenceRules, m: MentionRec, ev: EntityRec) -> None:
    """participatesIn for those who meet on the sidelines of the event at ``m``, both sides of talks."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    margin = _SIDELINES.search(sent.low, max(0, m.start - base - 30), m.start - base)
    if margin is None:
        return
    after = sent.actors(m.end, m.end + 80)
    comma = text.find(",", m.end - base, m.end - base + 40)
    if after and comma >= 0 and _THE_GAP.fullmatch(text, comma + 1, after[0][0].start - base):
        doers = coordinated(sent, after[0][0].start)  # "On the sidelines of the Summit, A and B signed"
        lo, hi = base + comma + 1, base + len(text)
    else:
        doers = rules.subject(base + margin.start())  # "A and B met on the sidelines of the Summit"
        lo, hi = base, base + margin.start()
        if not text[: margin.start()].strip():  # "On the sidelines of the Summit, President A met B"
            lo, hi = m.end, base + len(text)
    doers += _other_side(rules, doers, lo, hi)
    for doer in doers:
        if doer.type in _TYPES:
            rules.add(doer, "participatesIn", ev, "sidelines of")
