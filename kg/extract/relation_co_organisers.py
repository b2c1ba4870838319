"""Co-organisers named in the sentence after the organiser: "The Department is organizing a workshop
on X in Lima. The workshop will be held jointly with A, B and C": the Department partners with each.

The organiser is the subject of the sentence before's verb that organises, hosts or convenes a
meeting ("Chile said Peru is hosting a conference": Peru, not Chile); the next sentence must open with
the meeting's noun ("The workshop", "This meeting") and say it is held or organised "jointly with",
"together with" or "in collaboration (cooperation, partnership) with" the others. Those the meeting
is held for ("for A and B") are no co-organisers, and neither is an actor named only past a word that
is none: in "jointly with civil society, in a venue provided by UNICEF" UNICEF provides the venue, nor
the owner of another event ("held together with UNODC's launch of its report").
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import MEETING_NOUN
from kg.extract.subjects import subject

#: "is organizing a workshop", "will host a regional meeting", "convened a seminar"
_ORGANISES = re.compile(
    r"\b(?:organi[sz](?:es|ed|ing)|co-organi[sz](?:es|ed|ing)|host(?:s|ed|ing)|conven(?:es|ed|ing))\s+"
    r"(?:a|an|the|its)\s+(?:[a-z0-9-]+\s+){0,3}?" + MEETING_NOUN + r"s?\b"
)
#: "The workshop will be held jointly with", "This meeting is organised in collaboration with"
_HELD_WITH = re.compile(
    r"(?:The|This)\s+(?:[a-z0-9-]+\s+){0,2}?" + MEETING_NOUN + r"\s+(?:will\s+be|was|is|has\s+been|were)\s+"
    r"(?:held|organi[sz]ed|convened|hosted|co-organi[sz]ed|co-hosted)\s+"
    r"(?:jointly\s+with|together\s+with|in\s+(?:close\s+)?(?:collaboration|cooperation|partnership)\s+with)\s+"
    r"(?:the\s+)?"
)
#: what may stand between the cue and the first co-organiser: "jointly with the Government of Kenya"
_LEAD = re.compile(r"\s*(?:the\s+)?(?:(?:Government|Republic|Kingdom)\s+of\s+(?:the\s+)?)?")
_ACTORS = ("Country", "Organization")
#: "held together with UNODC's launch of its Global Report": held alongside another's event, not with it
_OWN_EVENT = re.compile(
    cues.POSSESSIVE
    + r"\s+(?:[a-z0-9-]+\s+){0,2}?(?:"
    + MEETING_NOUN
    + r"|launch|release|presentation|campaign|celebration|commemoration|exhibition|festival|week|day|"
    r"anniversary|observance|activit(?:y|ies)|programme|program)s?\b"
)


_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will)\b")


def organiser_of(sent: Sentence) -> tuple[EntityRec, ...]:
    """Who organises, hosts or convenes a meeting in the sentence: the subject of that verb, among
    the actors before it (not the speaker who reports it)."""
    cue = _ORGANISES.search(sent.low)
    if cue is None:
        return ()
    # "X is launching the AU.PEACE Campaign and organising": the subject of the verb chain's auxiliary
    auxes = [m.start() for m in _AUX.finditer(sent.low, 0, cue.start())]
    at = sent.start + (auxes[-1] if auxes else cue.start())
    before = {id(e) for _m, e in sent.actors(sent.start, at)}
    return tuple(e for e in subject(sent, at, None, None, None) if e.type in _ACTORS and id(e) in before)


def co_organisers(rules: SentenceRules, organisers: tuple[EntityRec, ...]) -> None:
    """partnersWith each organiser of the sentence before, for each actor the meeting is held with:
    the list right after the cue, so the first must follow it at once."""
    if not organisers:
        return
    sent = rules.sent
    held = _HELD_WITH.match(sent.text)
    if held is None:
        return
    pos = sent.start + held.end()
    first = sent.actors(pos, sent.end)
    if not first or not _LEAD.fullmatch(sent.text, held.end(), first[0][0].start - sent.start):
        return  # "jointly with civil society, in a venue provided by UNICEF"
    aside = {id(e) for m, e in first if _OWN_EVENT.match(sent.text, m.end - sent.start)}
    for other in coordinated(sent, pos):
        if other.type in _ACTORS and other not in organisers and id(other) not in aside:
            for organiser in organisers:
                rules.add(organiser, "partnersWith", other, "held jointly with")


#: "co-organised the Conference with", "hosted the Forum together with", "convened the meeting jointly
#: with": the one named after "with" organises the same meeting, so takes part in it
_ORGANISED_WITH = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:jointly\s+|together\s+)?with\s+(?:the\s+)?"
    r"(?:(?:Government|Republic|Kingdom)\s+of\s+(?:the\s+)?)?"
)
#: after the list of co-organisers: its end, or where, when or what for
_LIST_END = re.compile(
    r"(?:\s+(?:[Gg]overnment|[Aa]uthorities))?\s*(?:\([^()]{1,20}\)\s*)?"  # "the South African Government"
    r"(?:[,.;:)]|$|\s+(?:in|at|on|from|to|for|this|last|next|during|since)\b)"
)
_ORGANISED_VERB = re.compile(
    r"\b(?:co-?organi[sz](?:es|ed|ing)|organi[sz](?:es|ed|ing)|co-?host(?:s|ed|ing)|host(?:s|ed|ing)|"
    r"co-?conven(?:es|ed|ing)|conven(?:es|ed|ing))\s+(?:the\s+|this\s+|its\s+)?(?:[a-z0-9-]+\s+){0,2}$"
)


def organised_with(rules: SentenceRules) -> None:
    """participatesIn: "(X) co-organised the Conference with the Government of South Africa": South
    Africa organises it too. Only the list right after "with", and only after a verb of organising
    whose object is the meeting."""
    sent = rules.sent
    if " with " not in sent.low:
        return
    for m, event in sent.of_types(("Event",)):
        if not _ORGANISED_VERB.search(sent.low, max(0, m.start - sent.start - 60), m.start - sent.start):
            continue
        with_ = _ORGANISED_WITH.match(sent.text, m.end - sent.start)
        if with_ is None:
            continue
        pos = sent.start + with_.end()
        first = sent.actors(pos, pos + 1)
        if not first:
            continue  # "with support from …", "with 300 guests": no co-organiser named at once
        others = coordinated(sent, pos)
        last = [m2 for m2, e in sent.actors(pos) if others and e is others[-1]][:1]
        if not last or not _LIST_END.match(sent.text, last[0].end - sent.start):
            continue  # "with Uganda absent", "with Uganda's support": no co-organiser
        for other in others:
            if other.type in _ACTORS:
                rules.add(other, "participatesIn", event, "organised with")
