"""Who took part in a meeting a sentence names, or names only as "the meeting", "it", "the talks".

Kept apart from :mod:`~kg.extract.relation_carried` (which remembers the event, body and country
named before): these are the many sentence shapes that tie actors to an event, "The meeting was
hosted by Chile", "It was co-chaired by A and B", "the EU–Ghana Summit", "Closing the meeting, X said".
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.actors import Sentence, coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_agents import acting_subject, adjacent, agents_after, listed_actors, persons_too
from kg.extract.relation_attendees import participants_before
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_event_chairs import event_chairs
from kg.extract.relation_events import THANKED as _THANKED
from kg.extract.relation_floor import floor_takers
from kg.extract.relation_meeting_guests import (
    gathered,
    heard_from,
    listed_speakers,
    participants_included,
    participants_were,
)
from kg.extract.relation_presided import presided
from kg.extract.relation_sidelines import sidelines
from kg.extract.relation_speeches import speech_givers
from kg.extract.relation_wording import ITEMS, MEETING_NOUN, NEGATED

_BE = r"\s+(?:was|were|is|are|will be|has been|had been)"
_VERB_BY = (
    r"\s+(?:also\s+|jointly\s+)?"
    r"(?:hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|co-convened|chaired|co-chaired|opened|"
    r"attended|moderated|facilitated|presided over|led|"
    # "held Thursday 18th April by", "held in Rabat by", "held on 3 May by": the day or place between
    r"held(?:\s+(?:on\s+|in\s+)?[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+[A-Z][a-z]+)?(?:,?\s+\d{4})?"
    r"|\s+on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?)\s+by\b"
)
#: "It was co-chaired by A and B" (an event named in the sentence before): those named after "by" take part
_IT_BY = re.compile(
    r"(?:(?:[A-Z][a-z]+|[Ii]n [a-z]+ [a-z]+),\s+)?(?:It|(?:The|This|That)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>"
    + MEETING_NOUN
    + r"))"
    + _BE
    + _VERB_BY
)
#: "The meeting was hosted by Chile", "the Forum (GFMD), which was convened by", "the Summit, co-hosted by"
_EVENT_BY = re.compile(r"\s*(?:\([^()]{1,40}\))?(?:(?:,?\s+which)?" + _BE + "|,)" + _VERB_BY)
#: "with technical support from IOM and UNHCR" said of a meeting: the helpers take part
_SUPPORT_FROM = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:technical\s+|logistical\s+|financial\s+)?(?:support|assistance)|"
    r"(?:active\s+)?participation|"
    # "opened on Monday, with participants from A and B", "with some 80 delegates from"
    r"(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?:[\d,]+\s+)?(?:senior\s+|high-level\s+)?"
    r"(?:participants|representatives|delegates|delegations|officials|experts|ministers))"
    r"\s+(?:from|of)\s+(?:the\s+)?"
)
_SUPPORT_WORDS = ("support", "assistance", "participation", "participants", "representatives", "delegat",
                  "officials", "experts", "ministers")  # fmt: skip
#: "X, who chaired the two days of talks": the one before "who" took part in the meeting
_WHO_RAN = re.compile(
    r",\s*who\s+(?:also\s+|had\s+|has\s+)?(?:chaired|co-chaired|opened|closed|addressed|moderated|hosted|"
    r"co-hosted|attended|convened)\s+(?:the|this|that|today's)\s+(?:[a-z0-9-]+\s+){0,4}?(?P<noun>"
    + MEETING_NOUN
    + r")\b"
)


def _by_noun(seen: list[EntityRec], noun: str | None) -> EntityRec | None:
    """The latest event named so far whose name holds ``noun`` ("the consultation": "… Consultation on …")."""
    if noun:
        stem = noun.lower().rstrip("s")
        for ev in reversed(seen):
            if stem in ev.label.lower():
                return ev
    return None


#: meetings of a kind apart: "attended the training" after a Conference is most often another event
_OWN_KIND = frozenset(("training", "webinar", "round-table", "roundtable"))


def _own_kind(noun: str | None) -> bool:
    return noun is not None and noun.lower() in _OWN_KIND


def _carried(seen: list[EntityRec], noun: str | None, fallback: EntityRec | None) -> EntityRec | None:
    """The event "the <noun>" refers to: the latest named with the noun, else ``fallback`` (the event
    named before) unless the noun is a kind apart ("the webinar" after a Conference is not it)."""
    named = _by_noun(seen, noun)
    return named if named is not None or _own_kind(noun) else fallback


def event_links(
    rules: SentenceRules,
    earlier: EntityRec | None,
    recent: bool,
    seen: list[EntityRec],
    named_in: str,
    first: EntityRec | None = None,
) -> None:
    """Add to ``rules`` who took part in the event the sentence names, or else in ``earlier`` (the last
    event named, in the sentence right before when ``recent``, in the sentence ``named_in``); ``seen``:
    every event named so far, the latest (or latest named again) last; ``first``: the first named."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    here = sent.of_types(("Event",))
    event = here[0][1] if here else earlier
    if event is None:
        return
    presided(rules, event, seen)  # "X, who presided over the meeting, said …"
    event_chairs(rules, seen)  # "Kuwait — one of the mission's co-chairs, along with Peru"
    floor_takers(rules, event, recent or bool(here))  # "the statements delivered today by A, B …"
    if recent or here:
        speech_givers(rules, event, text if here else named_in)  # "The welcome address was delivered by X"
    by = None
    if " by " in text:
        by = _IT_BY.match(text)
        if by is not None and here and here[0][0].start < base + by.end():
            by = None  # the event is named: read below
        if by is not None:  # "It was …": the event of the sentence right before; "The talks were …": by name
            named = _carried(seen, by.group("noun"), earlier if recent else None)
            if named is None:
                by = None
            else:
                event = named
        for m, _e in here if by is None else ():
            by = _EVENT_BY.match(text, m.end - base)
            if by is not None:
                event = _e
                break
        if by is not None and "held" in by.group() and not sent.actors(base + by.end(), base + by.end() + 6):
            by = None  # "held by video link, Kenya said": no one right after "by"
        if by is not None:
            for guest in persons_too(sent, base + by.end() - 2, agents_after(sent, base + by.end() - 2, 2)):
                rules.add(guest, "participatesIn", event, "by")
    if by is not None or (here and here[0][0].start - base < 40 and not sent.of_types(ITEMS)):
        low = sent.low
        if any(w in low for w in _SUPPORT_WORDS):
            for sup in _SUPPORT_FROM.finditer(low):
                if NEGATED.search(low, max(0, sup.start() - 20), sup.start()):
                    continue
                for helper in (
                    listed_actors(sent, base + sup.end())[0] if adjacent(sent, base + sup.end()) else ()
                ):
                    if helper.type in ("Country", "Organization"):
                        rules.add(helper, "participatesIn", event, "support from")
    if "between " in text:
        for m, ev in here:  # "the Senior Officials' Meeting between the European Union and Ghana"
            among = _BETWEEN.match(text, m.end - base)
            sides = coordinated(sent, base + among.end()) if among is not None else []
            if len(sides) >= 2:
                for side in sides:
                    if side.type in ("Country", "Organization"):
                        rules.add(side, "participatesIn", ev, "between")
    for m, ev in here:  # "the Third EU–Ghana Senior Officials' Meeting": the two named parties
        pairs = [
            p
            for p in sent.mentions
            if p[1].type in ("Country", "Organization") and m.start - 60 < p[0].end <= m.start
        ]
        for (m1, e1), (m2, e2) in pairwise(pairs):
            if text[m1.end - base : m2.start - base] in _DASHES and _TITLE_WORDS.fullmatch(
                text, m2.end - base, m.start - base
            ):
                rules.add(e1, "participatesIn", ev, "named after")
                rules.add(e2, "participatesIn", ev, "named after")
        dash = _PARTY_DASH.search(m.text) if "–" in m.text or "-" in m.text else None
        if dash is not None:  # the parties inside the recognized name: "the EU–Ghana Summit"
            one, two = _named(rules, dash.group(1)), _named(rules, dash.group(2))
            if one is not None and two is not None:
                rules.add(one, "participatesIn", ev, "named after")
                rules.add(two, "participatesIn", ev, "named after")
    statement = _STATEMENT_BY.search(text) if not here and seen and base < 600 else None
    if statement is not None:  # the title names the event, the next line "Statement delivered by X"
        persons = [
            p
            for p in sent.actors(base + statement.end(), base + statement.end() + 60)
            if p[1].type == "Person"
        ]
        if persons:
            rules.add(persons[0][1], "participatesIn", seen[0], "statement by")
    lead = _CLOSING.match(text) if text[:1] in "OCAM" else None
    if lead is not None:  # "Closing the meeting, the President of the Council, Ambassador Jane Doe, said"
        inside = [p for p in here if p[0].start < base + lead.end()]
        held = inside[0][1] if inside else _carried(seen, lead.group("noun"), earlier)
        persons = [
            p for p in sent.actors(base + lead.end(), base + lead.end() + 120) if p[1].type == "Person"
        ]
        if held is not None and persons:
            rules.add(persons[0][1], "participatesIn", held, "closing")
    if seen:
        # the meeting the text reports on: its one meeting, or else the first it names (the title's, the
        # lead's); "This year's edition brings together …" a paragraph after a side event is that one
        main = first if first is not None else seen[0]
        # "The meeting gathered 81 participants from 38 countries, the EU …"
        # ("this year's edition" is the yearly meeting reported on, even after a side event's sentence)
        gathered(rules, lambda noun: _carried(seen, noun, earlier if recent and noun != "edition" else main))
        if not here:
            participants_were(rules, earlier if recent else main)  # "The countries that participated were …"
            if " spoke" in text or " took the floor" in text or "statements" in text:
                listed_speakers(rules, earlier if recent else main)  # "Niger and Sweden spoke as …"
        if " heard " in text or " hear " in text:
            heard_from(rules, lambda noun: _carried(seen, noun, earlier if recent else main))
    if "articipants" in text or "ttendees" in text or "mong those" in text:  # "Participants included …"
        reported = (earlier if recent else first if first is not None else seen[0]) if seen else None
        participants_included(rules, here[0][1] if here else reported)
    for m, ev in here:  # "the Conference brought together representatives of A, B and C"
        together = _BROUGHT_TOGETHER.match(text, m.end - base) if "together" in text else None
        for guest in coordinated(sent, base + together.end()) if together is not None else ():
            if guest.type in ("Country", "Organization"):
                rules.add(guest, "participatesIn", ev, "brought together")
        organized = (
            _ORGANIZED.search(text, max(0, m.start - base - 40), m.start - base) if "organi" in text else None
        )
        if organized is not None and not NEGATED.search(
            sent.low, max(0, organized.start() - 20), organized.start()
        ):
            doers = acting_subject(sent, base + organized.start(), None, None, None)
            for doer in doers if len(doers) <= 3 else ():  # "ILO organized the Conference"
                if doer.type in ("Country", "Organization"):
                    rules.add(doer, "participatesIn", ev, "organized")
    for m, ev in here:  # "in her address to the Summit", "on the sidelines of the Summit, A and B signed"
        said = _ADDRESS_TO.search(sent.low, max(0, m.start - base - 60), m.start - base)
        if said is not None:
            doers = acting_subject(sent, base + said.start(), None, rules.speaker, None)
            if len(doers) == 1:
                rules.add(doers[0], "participatesIn", ev, "address to")
        sidelines(rules, m, ev)  # "A met B on the sidelines of the Summit"
    for m, ev in here:  # "Zambia would present the plan at COP31": the presenter takes part
        at = _PRESENT_AT.search(sent.low, max(0, m.start - base - 90), m.start - base)
        if at is None or NEGATED.search(sent.low, max(0, at.start() - 20), at.start()):
            continue
        doers = acting_subject(sent, base + at.start(), None, None, None)
        heads = [p for p in sent.actors(base, base + at.start()) if doers and p[1] is doers[0]]
        if (
            len(doers) == 1
            and doers[0].type in ("Country", "Organization")
            and heads
            and _SUBJECT_GAP.fullmatch(text, heads[-1][0].end - base, at.start())
        ):  # "Zambia would present", not "Kenya said the plan, launched at"
            rules.add(doers[0], "participatesIn", ev, "present at")
    if seen and ("the " in text or "this " in text):
        for ran in _RAN_THE.finditer(sent.low):  # "Ghana and Togo co-chaired the consultation" (named before)
            if sent.of_types(("Event",), base + ran.start(), base + ran.end() + 2):
                continue  # the event is named: the HOSTS table reads it
            held = _carried(seen, ran.group("noun"), earlier if recent else None)
            if (
                held is None
                and not _own_kind(ran.group("noun"))
                and (" this " in ran.group() or (len(seen) == 1 and ran.group("noun") == "meeting"))
            ):
                held = earlier  # "hosting this meeting", "will open the meeting": named a paragraph before
            if held is None or NEGATED.search(sent.low, max(0, ran.start() - 20), ran.start()):
                continue
            if ran.group().startswith(
                "hosting"
            ):  # "thanking Uganda for hosting this meeting": the one thanked
                doers = _thanked_hosts(
                    sent, _THANKED.search(text, max(0, ran.start() - 200), ran.start()), ran
                )
            else:
                doers = rules.subject(base + ran.start())
            if _TOOK_PART.match(ran.group()):  # "Officials from A, B and C, and experts from D took part in"
                doers += [e for e in participants_before(rules, base + ran.start()) if e not in doers]
            for doer in doers:
                if doer.type in ("Country", "Organization", "Person"):
                    rules.add(doer, "participatesIn", held, "ran the event")
    if "who " in text:
        for who in _WHO_RAN.finditer(text):
            heads = [p for p in sent.actors(base, base + who.start()) if p[1].type == "Person"]
            held = here[0][1] if here else _carried(seen, who.group("noun"), event)
            if held is not None and heads and heads[-1][0].end >= base + who.start() - 90:
                rules.add(heads[-1][1], "participatesIn", held, "who chaired")


def _thanked_hosts(sent: Sentence, thanked: re.Match[str] | None, ran: re.Match[str]) -> list[EntityRec]:
    """Those thanked "for hosting": the list right before "for" ("We thank Kenya for its support and
    Uganda for hosting this meeting": Uganda)."""
    base = sent.start
    actors = sent.actors(base + thanked.end(), base + ran.start()) if thanked is not None else []
    if not actors or not _FOR_GAP.fullmatch(sent.text, actors[-1][0].end - base, ran.start()):
        return []
    listed = coordinated(sent, base + thanked.end())  # type: ignore[union-attr]
    return listed if actors[-1][1] in listed else [actors[-1][1]]


_FOR_GAP = re.compile(r"\s+for\s+")
_DASHES = frozenset(("–", "-", "—", "/"))
#: between the second party and the event's name: "Senior Officials' "
_TITLE_WORDS = re.compile(r"(?:\s+[A-Z][\w’'-]*){0,4}\s+|")
_PARTY_DASH = re.compile(r"\b([A-Z][\w.]*)[–—-]([A-Z][\w.]*)\b")
_CLOSING = re.compile(
    r"(?:Opening|Closing|Chairing|Co-chairing|Addressing|Moderating|Concluding)\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<noun>"
    + MEETING_NOUN
    + r")\s*,"
)
_BROUGHT_TOGETHER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?\s+(?:has\s+|had\s+|will\s+)?(?:brought|brings|bring|gathered|gathers)\s+"
    r"together\s+(?:(?:some\s+|more than\s+)?(?:[\d,]+\s+)?(?:senior\s+)?"
    r"(?:representatives|delegates|delegations|officials|ministers|experts)\s+(?:of|from)\s+)?(?:the\s+)?"
)
#: "ILO organized the Conference", "UNODC and Ghana co-organised the Regional Workshop"
_ORGANIZED = re.compile(r"\b(?:co-)?organi[sz](?:ed|es|e)\s+(?:the\s+|a\s+|an\s+)?$")
#: "in her address to the Summit", "his statement at the Conference"
_ADDRESS_TO = re.compile(
    r"\b(?:address|statement|remarks|speech|intervention|keynote|message)\s+(?:to|at|before)\s+(?:the\s+)?$"
)
_STATEMENT_BY = re.compile(
    r"(?:^|\n)\s*(?:[A-Z][a-z]+\s+){0,2}(?:Statement|Remarks|Address|Speech|Intervention)\s+"
    r"(?:delivered\s+|made\s+)?by\b"
)
#: "co-chaired the consultation": a deed at an event named before by its common noun
_RAN_THE = re.compile(
    r"\b(?:hosted|co-hosted|hosting|chaired|co-chaired|open(?:ed|s)?|close[ds]?|address(?:ed|es)?|attend(?:ed|s)?|"
    r"convened|"
    r"co-convened|organi[sz]ed|co-organi[sz]ed|(?:took|take|takes|taking)\s+part\s+in|"
    r"participat(?:ed|es|e|ing)\s+in|(?:spoke|speak|speaks|speaking|present|presents|presented|presenting)\s+"
    r"(?:at|during|to)|joined|"
    # "will deliver the keynote address at the opening of the forum"
    r"deliver(?:ed|s|ing)?\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:address|speech|remarks|statement|keynote)\s+(?:at|to|during|before))\s+"
    r"(?:the\s+(?:opening|closing|margins|sidelines|start|end)(?:\s+session)?\s+of\s+)?(?:the|this)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>" + MEETING_NOUN + r")\b"
)
#: the verbs of _RAN_THE whose subject may be a list of participants
_TOOK_PART = re.compile(r"(?:took|take|takes|taking)\s+part|participat|attend|joined")
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,4}")
_PRESENT_AT = re.compile(
    r"\b(?:present|presents|presented|presenting|launch|launches|launched|unveil|unveils|unveiled|showcase|"
    r"showcases|showcased)\b[^.;:,]{0,60}?\s(?:at|during)\s+(?:the\s+)?$"
)
_BETWEEN = re.compile(r"\s+(?:held\s+)?between\s+(?:the\s+)?")


def _named(rules: SentenceRules, name: str) -> EntityRec | None:
    """The country or body of the text named ``name`` (a label, or a surface form it was found by)."""
    for ent in rules.state.entities.values():
        if ent.type in ("Country", "Organization") and (
            ent.label == name or name in ent.acronyms or any(m.text == name for m in ent.mentions)
        ):
            return ent
    return None
