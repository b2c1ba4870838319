"""Who acts in a sentence, past what the nearest actor would get wrong.

:func:`kg.extract.subjects.subject` finds the nearest actor before a cue; these functions correct it
for appositions ("Ghana, a pathfinder country of Alliance 8.7, is …"), "who" clauses, clauses of
others ("as speakers urged"), "X, along with Y", reported speech about a plan, and find agents
after "by" or "between" (and the persons listed after a first person's role phrase), the actors of
a list, whether an actor is named right at a place, and the owner of a nominalized act.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract import cues
from kg.extract.actors import Sentence, coordinated
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_wording import ITEMS, MOVE_TO_ACT
from kg.extract.subjects import WE_CLAUSE_LEAD, subject

#: "Nepal's ratification of": the owner of a nominalized act is its agent; so is the owner of a
#: decision to act ("welcomed Colombia's decision to adopt the Statute", "praised Ghana's efforts to
#: implement the Plan": Colombia's, Ghana's act, not the welcomer's; an attempt, bid, steps, efforts or
#: initiative to adopt is no adoption at all: MOVE_NOT_YET)
_OWNER_BEFORE = re.compile(
    cues.POSSESSIVE
    + r"\s+(?:(?:recent|formal|swift|early|historic|timely|full|own|continued|final|sovereign)\s+)?"
    r"(?:" + MOVE_TO_ACT + r"\s+to\s+)?$"
)
#: "Ghana, a pathfinder country of Alliance 8.7, …": the actor inside is not the subject
_APPOSITION_LEAD = re.compile(
    r",\s*(?:(?:an?|the|one of the)\s+(?:[a-z-]+\s+){0,4}?(?:of|in|to|for|with)|"
    r"(?:speaking\s+|acting\s+)?(?:on behalf of|for|representing))\s+(?:the\s+)?$"
)
_APPOSITION_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,")
#: "…, as speakers urged": a subject of its own, unnamed
_OTHERS_CLAUSE = re.compile(
    r"(?:,\s*(?:as|while|whereas|and|but|where)|;|\bwhile|\bwhereas)\s+(?:the\s+|many\s+|several\s+|other\s+|"
    r"some\s+|most\s+)?(?:[a-z]+\s+)?(?:speakers|delegates|delegations|participants|experts|officials|"
    r"stakeholders|members|states|countries|others|observers|critics|activists|lawmakers|governments)\s+"
    r"[^,;]*$"
    r"|,\s*(?:while|whereas)\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}(?:[a-z]+ly\s+)?$"
)  # "…, while Ali Fida A Rahman presented": a named subject of its own the recognizers missed
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?")
_AND_WORD = re.compile(r"\band\b|&")
_SAID_ITEM = re.compile(r"\s+(?:that\s+)?(?:the\s+|this\s+|its\s+|their\s+|our\s+)?")
_SAID_THING = re.compile(
    r"\s+(?:that\s+)?(?:the|this|its|their|our|his|her)\s+(?:[a-z-]+\s+)?(?:plan|strategy|law|act|bill|policy|"
    r"programme|program|agreement|convention|protocol|framework|initiative|project|measure|document)s?\b"
)
#: "he noted that 60 countries have ratified", "she said most member states had signed": the clause
#: after the verb of saying has a subject of its own, unnamed, and the act is theirs, not the speaker's
_OTHERS_SAID = re.compile(
    r"\s+(?:that\s+)?(?:(?:some|many|most|several|all|other|few|more|fewer|over|nearly|almost|about|around|"
    r"than|at|least|of|the|these|those|\d[\d,]*|[a-z]+ty(?:-[a-z]+)?)\s+){0,4}"
    # one modifier, never an owner ("its ministries", "our agencies" are the speaker's own organs)
    r"(?:(?!(?:its|their|our|his|her|my)\b)[a-z-]+\s+)?"
    r"(?:countries|governments|states|nations|parties|members|donors|companies|employers|partners|"
    r"signatories|economies)\b"
)
#: where the clause said of others ends before the speaker's own next one: ", and announced that it"
_CLAUSE_ENDS = re.compile(r",|;|\band\b|\bbut\b|\bwhile\b")


#: ", and we ratified": the speakers' own clause, after an actor named as a partner or a place
_WE_OWN = re.compile(
    WE_CLAUSE_LEAD + r"(?:have\s+|had\s+|will\s+)?"
    r"(?!(?:too|as|all|both|ourselves|also)\b)[a-z]+"  # not an aside: "Ghana and Togo, and we too, ratified"
)


def others_act(text: str, start: int, end: int) -> bool:
    """Whether a subject of its own stands between ``start`` and ``end`` ("how their Governments are
    carrying out", "that most states have", ", and we ratified"): an act after it is not the one before's."""
    part = text[start:end].lower()
    return (
        _OWN_PLURAL_ANYWHERE.search(part) is not None
        or _WE_OWN.search(part) is not None
        or others_said(text, start, end)
    )


def others_said(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying between ``start`` and ``end`` opens a clause with a subject of its
    own, unnamed ("said most member states had ratified"): what follows is not the speaker's act."""
    said = cues.SPEECH.search(text, start, end)
    if said is None:
        return False
    low = text[said.end() : end].lower()
    others = _OTHERS_SAID.match(low)
    return others is not None and not _CLAUSE_ENDS.search(low, others.end())


#: "(described) how their Governments are carrying out", "that its members have ratified": a plural
#: subject of its own, unnamed, right before the act
_OWN_PLURAL = (
    r"\b(?:how|that|as|where|while|whereas|said|says|noted|added|stated)\s+(?P<who>their|its|our|his|her|many|most|some|all|other|several)"
    r"\s+(?:own\s+)?(?:respective\s+)?(?:member\s+)?(?:governments|countries|states|nations|members|authorities|"
    r"ministries|parliaments|delegations)\s+"
)
_OWN_PLURAL_SUBJECT = re.compile(
    _OWN_PLURAL + r"(?:(?:are|were|have|had|has|is|was|will|would|can|could|already|also|now|still|not|been|"
    r"being)\s+){0,3}(?:[a-z]+ly\s+)?$"
)
_OWN_PLURAL_ANYWHERE = re.compile(_OWN_PLURAL)
#: a country's own organs act for it ("Ghana said its ministries are implementing the Policy"); a
#: body's members are others ("the Committee described how their Governments are …")
_OWNERS = frozenset({"their", "its", "our", "his", "her"})
#: "Under Ana Ruiz, ", opening the sentence: whose leadership, not who acts
_UNDER_LEAD = re.compile(r"(?:[Uu]nder|[Ll]ed by)\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$")
#: ", the ministry has begun ", ", the government will ": a subject of its own after the name
_THE_NOUN_SUBJECT = re.compile(
    r"[^,]{0,40}?,\s*the\s+(?:[a-z-]+\s+){1,3}(?:has|have|had|is|are|was|were|will)\b"
)
#: "The Act, he said, gives effect to": the thing said of is the subject, not the speaker
_THING_SAID_OPEN = re.compile(
    r"(?:the|this|its|their|our|the new)\s+(?:[a-z-]+\s+){0,3}?(?:plan|strategy|law|act|bill|policy|"
    r"programme|program|agreement|convention|protocol|framework|initiative|project|measure|document|decree|reform)s?"
    r",\s+(?:he|she|they|[a-z]+)\s+(?:said|says|added|noted|stressed|explained|argued|insisted)\s*,"
)
#: "… said the Declaration was a step and urged …": the speaker's own next verb
_SPEAKER_AGAIN = re.compile(
    r"[\"”]?,?\s+and\s+(?:also\s+)?(?:urged|called|appealed|asked|welcomed|pledged|announced|invited|encouraged)\b"
)
#: "Thailand, along with Viet Nam, signed": both act
_ALONG_WITH = re.compile(r",\s*(?:along|together)\s+with\s+(?:the\s+)?")
#: "UNODC, which helped draft the bill with funding from the EU, welcomed": UNODC acts, not the EU
_WHO_LEAD = re.compile(r",\s*(?:who|which)\s+(?:[a-z-]+\s+){1,10}?(?:the\s+)?$")
_NOT_AGENT_GAP = re.compile(r"\b(?:at|in|during|on|from|under|with|for|through|within)\s+(?:the\s+)?$")


def listed_actors(sent: Sentence, pos: int) -> tuple[list[EntityRec], MentionRec | None]:
    """The actors listed right after ``pos`` up to the one after "and", and the last one's mention:
    "Together with A, B and C, X …" → A, B, C (not X)."""
    actors = sent.actors(pos, pos + 120)
    if not actors:
        return [], None
    out, last = [actors[0][1]], actors[0][0]
    for (m1, _e1), (m2, e2) in pairwise(actors):
        gap = sent.text[m1.end - sent.start : m2.start - sent.start]
        if not _LIST_GAP.fullmatch(gap):
            break
        out.append(e2)
        last = m2
        if _AND_WORD.search(gap):  # the list ends in "and"
            return list(dict.fromkeys(out)), last
    return out[:1], actors[0][0]  # no "and": "A, X launched …" lists A alone


def acting_subject(
    sent: Sentence,
    pos: int,
    inherited: EntityRec | None,
    speaker: EntityRec | None,
    self_country: EntityRec | None,
    pair: tuple[EntityRec, EntityRec] | None = None,
) -> list[EntityRec]:
    """:func:`~kg.extract.subjects.subject`, past an apposition and not across a clause of others.

    "Ghana, a pathfinder country of Alliance 8.7, was committed to": Ghana, not the Alliance;
    "the Council heard briefings, as speakers urged …": nobody named.
    """
    agents = subject(sent, pos, inherited, speaker, self_country, pair)
    own = _OWN_PLURAL_SUBJECT.search(sent.low, max(0, pos - sent.start - 80), pos - sent.start)
    if own and agents and (agents[0].type != "Country" or own.group("who") not in _OWNERS):
        return []  # "described how their Governments are carrying out the Protocol": theirs
    if len(agents) != 1:
        return agents
    if agents[0] is speaker:
        said = cues.SPEECH.search(sent.text, 0, pos - sent.start)
        items = sent.of_types(ITEMS, sent.start + said.end(), pos) if said else []
        if (
            said
            and (
                (items and _SAID_ITEM.fullmatch(sent.text, said.end(), items[0][0].start - sent.start))
                or _SAID_THING.match(sent.low, said.end())
            )
            and not _SPEAKER_AGAIN.search(sent.low, said.end(), pos - sent.start + 12)
        ):
            return []  # "he said the plan gives effect to the Convention": the plan's, not his
        others = _OTHERS_SAID.match(sent.low, said.end(), pos - sent.start) if said else None
        if others is not None and not _CLAUSE_ENDS.search(sent.low, others.end(), pos - sent.start):
            return []  # "he noted that 60 countries have now ratified the Protocol": theirs
        if _THING_SAID_OPEN.match(sent.low):
            return []  # "The Act, he said, gives effect to the Protocol"
    base, text = sent.start, sent.text
    if "," not in text and ";" not in text and "while" not in text:
        return agents  # neither an apposition nor a clause of others
    one = agents[0]
    for m, e in reversed(sent.mentions):
        if e is one and m.end <= pos:
            break
    else:
        return agents
    if (
        one.type == "Person"
        and _UNDER_LEAD.match(text, 0, m.start - base)
        and _THE_NOUN_SUBJECT.match(sent.low, m.end - base, pos - base)
    ):
        return []  # "Under Ana Ruiz, the ministry has begun implementing": the ministry's, unnamed
    after = text[m.end - base : m.end - base + 1]
    if after == ",":
        along = _ALONG_WITH.match(text, m.end - base)
        if along is not None and "," in text[along.end() : pos - base]:
            return [agents[0], *(e for e in coordinated(sent, base + along.end()) if e is not agents[0])]
    if (
        text.find(",", m.end - base, pos - base) >= 0 or text.find(";", m.end - base, pos - base) >= 0
    ) and _OTHERS_CLAUSE.search(text, m.end - base, pos - base):
        return []
    if text.find(",", m.end - base, pos - base) >= 0:
        who = _WHO_LEAD.search(text, max(0, m.start - base - 90), m.start - base)
        if who is not None:  # "Sophie Martin, who represents France at the Council, welcomed": not France
            head = [p for p in sent.actors(base, base + who.start()) if p[0].end == base + who.start()]
            return [head[-1][1]] if head else []
    if after not in ", (" or not _APPOSITION_END.match(text, m.end - base):
        return agents
    lead = _APPOSITION_LEAD.search(text, max(0, m.start - base - 60), m.start - base)
    if lead is None:
        return agents
    head = [p for p in sent.actors(base, base + lead.start()) if p[0].end == base + lead.start()]
    return [head[-1][1]] if head else agents


def agents_after(sent: Sentence, pos: int, skip: int, same_clause: bool = False) -> list[EntityRec]:
    """The actors right after the word at ``pos`` ("by", "between", ``skip`` characters long), unless
    the first of them follows another preposition: "endorsed by 152 countries at the General Assembly";
    with ``same_clause``, nor past a comma ("the adoption of X by Member States, Morocco …")."""
    first = sent.actors(pos, pos + 120)
    if first and _NOT_AGENT_GAP.search(sent.text, pos + skip - sent.start, first[0][0].start - sent.start):
        return []
    if same_clause and first and "," in sent.text[pos - sent.start : first[0][0].start - sent.start]:
        return []
    agents = coordinated(sent, pos)
    return agents or session_body(sent, pos + skip)


#: "by consensus during the ", "by a vote at the ": the manner, then the sitting it was done at
_BY_MANNER_AT = re.compile(
    r"\s*(?:consensus|acclamation|(?:a\s+)?(?:recorded\s+)?vote|unanimity|(?:a\s+)?majority)?\s*"
    r"(?:(?:at|during|in)\s+)?(?:the\s+|its\s+)?"
)


def session_body(sent: Sentence, pos: int) -> list[EntityRec]:
    """The body whose session is named right after ``pos`` ("adopted by consensus during the 53rd
    session of the Human Rights Council"): the session's name closes with the body's, which acts there
    though it is no actor of its own inside the name."""
    gap = _BY_MANNER_AT.match(sent.text, pos - sent.start)
    events = sent.of_types(("Event",), pos, pos + 60)
    if gap is None or not events or sent.start + gap.end() != events[0][0].start:
        return []
    event = events[0][0]
    return [e for m, e in sent.of_types(("Organization",), event.start + 1, event.end) if m.end == event.end][
        :1
    ]


def act_owner(sent: Sentence, cue: re.Match[str]) -> list[EntityRec]:
    """The actor owning a nominalized act: "Nepal's ratification of", "the Philippines' accession to",
    "Colombia's decision to adopt"."""
    owner = _OWNER_BEFORE.search(sent.text, max(0, cue.start() - 48), cue.start())
    if owner is None:
        return []
    end = sent.start + owner.start()
    return [e for m, e in sent.actors(sent.start, end) if m.end == end][:1]


#: after a person's role phrase, the next person of the list: ", and ", " and "
_ROLE_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*and|and|,)\s+(?:the\s+)?")


_ACTOR_LEAD = re.compile(r"(?:(?:the|Government|Republic|Kingdom|of)\s+){0,4}")


def adjacent(sent: Sentence, pos: int) -> bool:
    """Whether an actor is named right at ``pos`` ("from the Government of Sweden"), not further on
    ("financed by a loan from the World Bank")."""
    first = sent.actors(pos, pos + 40)
    return (
        bool(first)
        and _ACTOR_LEAD.fullmatch(sent.text, pos - sent.start, first[0][0].start - sent.start) is not None
    )


def persons_too(sent: Sentence, pos: int, agents: list[EntityRec]) -> list[EntityRec]:
    """``agents`` found after ``pos``, and the persons listed after a first person's role phrase:
    "co-chaired by Jane Doe, Director of the Agency (DGA), and John Roe, Minister of …"."""
    if len(agents) != 1 or agents[0].type != "Person":
        return agents
    out = list(agents)
    last_end = -1
    owner_end = -1  # "… and UNODC's Olga Petrenko": the body owning the next person
    for m, e in sent.actors(pos, pos + 400):
        if e is out[-1]:
            last_end = m.end
            continue
        gap_end = owner_end if owner_end >= 0 else m.start
        if last_end < 0 or not _ROLE_LIST_GAP.fullmatch(
            sent.text, last_end - sent.start, gap_end - sent.start
        ):
            break
        if e.type != "Person" and owner_end < 0 and sent.text.startswith(("’s ", "'s "), m.end - sent.start):
            owner_end = m.start
            continue
        if e.type != "Person" or e in out:
            break
        out.append(e)
        last_end, owner_end = m.end, -1
    return out
