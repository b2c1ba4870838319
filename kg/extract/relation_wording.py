"""Wordings more than one relation rule family tests: the item types, "by", "between", negation,
doers who act apart, a clause with a doer of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.records import EntityRec, MentionRec

if TYPE_CHECKING:
    from kg.extract.actors import Sentence

ITEMS = ("Plan", "Framework")
#: the common nouns of a meeting: "the workshop", "this round-table", "the talks"
MEETING_NOUN = (
    r"(?:meeting|conference|session|summit|forum|dialogue|talks|event|workshop|consultations?|round-?table|"
    r"round|symposium|congress|assembly|gathering|seminar|ceremony|retreat|training|webinar)"
)
ITEM_SET = frozenset(ITEMS)
#: a move towards an act that is not the act yet: "Kenya's attempt to ratify … failed", "Peru's bid to",
#: "Uganda's steps to ratify", "the plan to sign"
MOVE_NOT_YET = r"(?:attempt|bid|step|effort|initiative|plan|proposal)s?"
#: a move to act, before "to": "Colombia's decision to adopt", "praised Ghana's efforts to implement",
#: "welcomed Peru's willingness to ratify": whose the act is (whether it is done yet or not)
MOVE_TO_ACT = (
    r"(?:" + MOVE_NOT_YET + r"|decisions?|moves?|choice|determination|intentions?|pledges?|commitments?|"
    r"readiness|willingness|resolve)"
)
BY_WORD = re.compile(r"\bby\b")
#: "has not ratified", "Kenya's failure to ratify", "its refusal to sign": a negation right before a cue
NEGATED = re.compile(
    r"(?:\b(?:not|never|no longer|yet to|neither|nor|(?:refused|failed|declined|failure|refusal|reluctance)"
    r"\s+to)|n[’']t)\s+(?:yet\s+|been\s+|to\s+)?$"
)
#: "Neither Libya nor Egypt has ratified": the negation stands before the doers, not the cue; not
#: "Neither the report nor the release mentions it, but Ghana ratified": a clause of its own
_NEITHER_NOR = re.compile(
    r"\bneither\b[^.;:]{0,80}?\bnor\b(?:(?!,\s*(?:but|and|yet|while|whereas|so)\b)[^.;:!?]){0,60}$"
)


def negated_before(low: str, at: int) -> bool:
    """Whether the lower-cased ``low`` negates the act whose cue begins at ``at``: a negation right
    before it, or a "neither … nor" naming its doers."""
    return NEGATED.search(low, max(0, at - 24), at) is not None or (
        "neither" in low and _NEITHER_NOR.search(low, max(0, at - 150), at) is not None
    )


#: the words that say doers act apart: "Kenya and Uganda each signed", "separately signed",
#: "signed with Peru and Chile respectively"
_APART_WORDS = r"\b(?:each|separately|individually|respectively)"
_APART_BEFORE = re.compile(_APART_WORDS + r"\s+\Z")
_APART = re.compile(_APART_WORDS + r"\b", re.IGNORECASE)


def acting_apart(low: str, at: int) -> bool:
    """Whether the words right before ``at`` in the lower-cased ``low`` say the doers act apart."""
    return _APART_BEFORE.search(low, max(0, at - 16), at) is not None


#: "attended the launch of", "took part in the launch of", "hosted the launch of": there, not launching
AT_LAUNCH = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|witness(?:es|ed|ing)?|(?:co-)?host(?:s|ed|ing)?|join(?:s|ed|ing)?|grac(?:es|ed|ing)|"
    r"(?:took|take|takes|taking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|present\s+at|spoke\s+at|"
    r"speaking\s+at|(?:was|were)\s+at)\s+the\s+(?:official\s+)?launch(?:ing)?\s+of\s+",
    re.IGNORECASE,
)


def apart_within(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says its doers act apart (for a tie read without the verb's
    place: the pair model's)."""
    return _APART.search(text, start, end) is not None


BILATERAL = re.compile(
    r"\b(?:[Mm]emorandum|MoU|MOU|[Aa]greement|[Pp]act|[Aa]ccord|[Jj]oint|[Bb]ilateral|[Aa]rrangement)\b"
)
#: an instrument two parties make between them: "a bilateral agreement", "an MoU", "an agreement on"
#: (case-sensitive: "the Paris Agreement with Uganda" is no "agreement with")
_OWN_INSTRUMENT = re.compile(
    r"\b(?i:bilateral|memorand(?:um|a)|mou|letters?\s+of\s+intent)\b|\bagreements?\s+(?:on|between|with)\b"
)


def multilateral_only(items: Sequence[EntityRec], text: str) -> bool:
    """Whether every instrument signed or joined is one the reference knows (multilateral: the Paris
    Agreement, a convention) and the sentence ``text`` names none of the parties' own (a bilateral
    agreement, an MoU): then two of its many parties are not partners for it."""
    return bool(items) and all(i.iri is not None for i in items) and _OWN_INSTRUMENT.search(text) is None


#: "signed between X and Y", "in Geneva between X and Y": the parties follow
BETWEEN = re.compile(r"\s*(?:(?:in|at|on)\s+(?:[a-z][\w-]*\s+){1,3})?between\s+")
THE_GAP = re.compile(r"\s*(?:the\s+)?")
#: "joined UNICEF in urging …", "joined OAS initiatives": not membership
JOINED_IN = re.compile(
    r"\s+(?:(?:in|on)\s+[a-z]+ing|to\s+[a-z]+|as\s+(?:co-)?(?:host|chair|sponsor|partner)s?|"
    r"(?!(?:in|on|last|this|earlier|and|as|at|after|before|during|when|which|following|since)\b)[a-z])"
)


def past_acronym_modifier(
    text: str, base: int, named: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[MentionRec, EntityRec]]:
    """``named`` without a first item that is only an acronym set before the next item's name: "the
    UNTOC Protocol to Prevent …" names the Protocol (of the Convention), not the Convention."""
    if (
        len(named) > 1
        and named[0][0].text.isupper()
        and text[named[0][0].end - base : named[1][0].start - base] == " "
    ):
        return named[1:]
    return named


#: a clause of its own opens: ", and", ", but", ", while", "; " (its subject follows)
_CLAUSE_OPEN = r"(?:,\s*(?:and|but|while)|;)\s+"
#: ", whereas" opens one too, but "whereas it" after an actor is mostly that actor again ("Kenya adopted
#: the Plan, whereas it ratified the Agreement in 2016"): a thing's clause only with _WHEREAS_THING_VERB
_WHEREAS_OPEN = r",\s*whereas\s+"
_CLAUSE_OPEN_OR_WHEREAS = r"(?:" + _CLAUSE_OPEN + r"|" + _WHEREAS_OPEN + r")"
#: after "whereas it": no past act or auxiliary, even after one adverb ("whereas it draws on X": the
#: plan's; not "whereas it ratified", "whereas it also ratified", "whereas it had signed": the country's)
_WHEREAS_THING_VERB = (
    r"(?!(?:(?:also|then|later|only|[a-z]+ly)\s+)?(?:(?:is|was|are|were|has|had|have)\b|[a-z]+ed\b))"
)


def own_clause(subjects: str, verb: str = "") -> str:
    """A pattern for a clause of its own whose subject is a thing already named (``subjects``, an
    alternation: "it|this"): ", and it draws on", "; it draws on" (``verb``: a lookahead on the verb
    after ", and it"), ", whereas it draws on" (not ", whereas it ratified": the actor before again)."""
    subject = r"(?:" + subjects + r")\s+"
    return _CLAUSE_OPEN + subject + verb + r"|" + _WHEREAS_OPEN + subject + _WHEREAS_THING_VERB


_CLAUSE_OPENS = re.compile(_CLAUSE_OPEN_OR_WHEREAS + r"(?:the\s+)?")


def in_another_clause(sent: Sentence, base: int, lo: int, hi: int) -> bool:
    """Whether a clause that opens with an actor of its own lies between a cue ending at ``lo`` and
    the item at ``hi`` (offsets in the sentence's text, which starts at ``base``): in "the US urged
    Peru to act, and Peru ratified the Protocol" the Protocol is what Peru did, not what the US called
    for. Not "urged Peru to sign, and to ratify the Protocol"."""
    starts = {m.start - base for m, _e in sent.actors(base + lo, base + hi)}
    return bool(starts) and any(m.end() in starts for m in _CLAUSE_OPENS.finditer(sent.text, lo, hi))


#: support or money only asked for, needed, missed or taken back: "asked the World Bank for funding
#: for", "appealed to the Bank for support for", "is seeking support from", "needs support from",
#: "without support from", "no support from", "withdrew its support for", "has yet to approve
#: financing for": none is given
_SUPPORT_NOT_GIVEN = re.compile(
    r"\b(?:without|lack(?:s|ed|ing)?\s+of|absence\s+of|withdr(?:ew|awn|awing|aws)|no|little|scant|"
    r"insufficient|inadequate|"
    r"(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|petition(?:s|ed|ing)?|approach(?:es|ed|ing)?|"
    r"appeal(?:s|ed|ing)?\s+to|turn(?:s|ed|ing)?\s+to|look(?:s|ed|ing)?\s+to)\s+(?:[^.;:]{1,60}?\s+)?for|"
    r"seek(?:s|ing)?|sought|request(?:s|ed|ing)?|(?<![\w-])need(?:s|ed|ing)?|requir(?:es|ed|ing)|"
    r"(?:yet\s+to|(?:refus|fail|declin)[a-z]*\s+to|(?:did|does|do|has|have|had|will|would|could)\s+not|"
    r"cannot|never)\s+(?:approve|provide|offer|give|extend|release|disburse|grant|pledge|commit|announce)|"
    r"(?:stop(?:s|ped)?|suspend(?:s|ed)?|end(?:s|ed)|cut(?:s|ting)?|halt(?:s|ed)?|froze|freez(?:es|ing)|"
    r"slash(?:es|ed)?))\s+(?:(?:the|its|their|his|her|any|more|additional|further|new|financial|technical|"
    r"continued|political)\s+)*$"
)


def support_not_given(low: str, at: int) -> bool:
    """Whether the support or funding whose word begins at ``at`` in ``low`` is only asked for,
    needed, missing, refused or taken back."""
    return _SUPPORT_NOT_GIVEN.search(low, max(0, at - 90), at) is not None


#: between an adoption verb and a plan: what is adopted only backs the plan ("approved a $200 million
#: credit to support the Plan", "signed a grant agreement to finance the Strategy")
_TO_BACK = re.compile(
    r"\bto\s+(?:support|fund|finance|co-?finance|back|underwrite|help\s+(?:fund|finance))\b"
)


def to_back(between: str) -> bool:
    """Whether ``between`` (an adoption cue and its plan) says the thing adopted is to back the plan."""
    return _TO_BACK.search(between) is not None
