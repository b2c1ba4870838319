"""Relations whose object the sentence names only by a common noun or a pronoun, carried from the text before.

News names a meeting, a plan or a body once and then speaks of "the meeting", "it", "its": "The
meeting was hosted by Chile", "It was co-chaired by A and B", "Uzbekistan will continue as one of
its pathfinder countries", "the country's National Action Programme". :class:`Memory` keeps the
last event, body and country named, and :meth:`Memory.read` links the sentence's actors to them.
Every rule is gated on a substring test, so sentences without the words cost nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.actors import Sentence, coordinated
from kg.extract.records import DocState, EntityRec
from kg.extract.relation_agents import acting_subject, adjacent, agents_after, listed_actors, persons_too
from kg.extract.relation_attendees import participants_before
from kg.extract.relation_co_organisers import co_organisers, organiser_of
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_event_chairs import event_chairs
from kg.extract.relation_events import THANKED as _THANKED
from kg.extract.relation_floor import floor_takers
from kg.extract.relation_presided import presided
from kg.extract.relation_sidelines import sidelines
from kg.extract.relation_speeches import speech_givers
from kg.extract.relation_wording import ITEM_SET, ITEMS, MEETING_NOUN, NEGATED

_BE = r"\s+(?:was|were|is|are|will be|has been|had been)"
_VERB_BY = (
    r"\s+(?:also\s+|jointly\s+)?"
    r"(?:hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|co-convened|chaired|co-chaired|opened|"
    r"attended|moderated|facilitated|presided over|led)\s+by\b"
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
    r"(?:active\s+)?participation)\s+(?:from|of)\s+(?:the\s+)?"
)
#: "X, who chaired the two days of talks": the one before "who" took part in the meeting
_WHO_RAN = re.compile(
    r",\s*who\s+(?:also\s+|had\s+|has\s+)?(?:chaired|co-chaired|opened|closed|addressed|moderated|hosted|"
    r"co-hosted|attended|convened)\s+(?:the|this|that|today's)\s+(?:[a-z0-9-]+\s+){0,4}?(?P<noun>"
    + MEETING_NOUN
    + r")\b"
)
#: "one of its pathfinder countries", "as its newest member": membership of the body named before
_ITS_MEMBER = re.compile(
    r"\b(?:is|are|was|were|as|became|become|becomes|remains?|remained|be|being)\s+"
    r"(?:(?:one|among)\s+(?:of\s+)?)?(?:its|their)\s+(?:(?:[a-z-]+)\s+){0,2}?"
    r"(?:pathfinder|champion|member|founding member)\s*(?:countr(?:y|ies)|states?|nations?|"
    r"governments?|members?)?\b"
)
#: "the country's National Action Programme": the country the text has just named
_THE_COUNTRY_S = re.compile(
    r"\b[Tt]he\s+(?P<noun>country|nation|government|kingdom|republic|bloc|[Uu]nion|alliance|community)[’']s\s+$"
)
_BODY_NOUNS = frozenset(("bloc", "union", "alliance", "community"))
_LAW = re.compile(r"\b(?:Act|Law|Bill|Policy|Code|Decree|Ordinance|Statute|Directive|Regulation)\b")


class Memory:
    """The last event, body and country named in the sentences read so far."""

    __slots__ = (
        "country",
        "event",
        "event_recent",
        "event_text",
        "events",
        "item",
        "org",
        "organiser",
        "prev_end",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.event: EntityRec | None = None
        self.events: list[EntityRec] = []  # every event named so far, the latest last
        self.event_recent = False  # the event was named in the sentence right before
        self.event_text = ""  # the sentence that named it
        self.org: EntityRec | None = None  # the last body of the sentence right before
        self.country: EntityRec | None = None  # the last country of the sentence right before
        self.prev_end = 0
        self.item: EntityRec | None = None  # the last plan or framework of the sentence right before
        self.organiser: tuple[EntityRec, ...] = ()  # who organises a meeting in the sentence right before

    def begin(self, sent: Sentence) -> None:
        """Forget what only the sentence right before may be referred to by, if another came between."""
        if _SENTENCE_END.search(self.text, self.prev_end, sent.start + 1):
            self.event_recent = False  # a sentence without mentions came between
            self.org, self.country, self.item, self.organiser = None, None, None, ()

    def read(self, rules: SentenceRules) -> None:
        """Add to ``rules`` the relations to what the sentence names only as "the meeting", "its"."""
        sent = rules.sent
        if "Event" in rules.types or (rules.has_actor and self.event is not None):
            _event_links(rules, self.event, self.event_recent, self.events, self.event_text)
        if rules.has_actor and ("its " in sent.low or "their " in sent.low):
            _its_member(rules, self.org)
        if "’s " in sent.text or "'s " in sent.text:
            _the_country_s(rules, self.country, self.org)
        co_organisers(rules, self.organiser)  # "The workshop will be held jointly with A and B"
        self._update(sent)

    def _update(self, sent: Sentence) -> None:
        self.prev_end = sent.end
        self.event_recent = False
        self.org = self.country = self.item = None
        self.organiser = organiser_of(sent)
        first_item: tuple[int, EntityRec] | None = None
        several = False  # more than one plan or framework named
        for m, e in sent.mentions:  # one pass: the last event, body and country, the items
            kind = e.type
            if kind == "Country":
                self.country = e
            elif kind == "Organization":
                self.org = e
            elif kind == "Event":
                self.event = e
                self.event_recent = True
                self.event_text = sent.text
                if e in self.events:
                    self.events.remove(e)
                self.events.append(e)
            elif kind in ITEM_SET:
                if first_item is None:
                    first_item = (m.start, e)
                elif e is not first_item[1]:
                    several = True
        # what "It was prepared by …" refers to: the only item, or the first when it opens the sentence
        if first_item is not None and (not several or first_item[0] - sent.start < 24):
            self.item = first_item[1]


_SENTENCE_END = re.compile(r"[.!?][\s”\"’']*\s[A-Z“\"]|\n\s*\n")


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


def _event_links(
    rules: SentenceRules, earlier: EntityRec | None, recent: bool, seen: list[EntityRec], named_in: str
) -> None:
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
        if by is not None:
            for guest in persons_too(sent, base + by.end() - 2, agents_after(sent, base + by.end() - 2, 2)):
                rules.add(guest, "participatesIn", event, "by")
    if by is not None or (here and here[0][0].start - base < 40 and not sent.of_types(ITEMS)):
        low = sent.low
        if "support" in low or "assistance" in low or "participation" in low:
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


def _its_member(rules: SentenceRules, org: EntityRec | None) -> None:
    """ "The Alliance … . Uzbekistan will continue as one of its pathfinder countries": memberOf."""
    sent, base = rules.sent, rules.sent.start
    for m in _ITS_MEMBER.finditer(sent.low):
        named = sent.of_types(("Organization",), base, base + m.start())
        if (
            named
        ):  # "We support the work of Alliance 8.7 and confirm that Ghana will continue as one of its …"
            org = named[-1][1]
        if org is None:
            continue
        members = [e for e in rules.subject(base + m.start()) if e.type == "Country"]
        if NEGATED.search(sent.low, max(0, m.start() - 20), m.start() + 1):
            continue
        for member in members:
            rules.add(member, "memberOf", org, "its member")


def _the_country_s(rules: SentenceRules, country: EntityRec | None, org: EntityRec | None) -> None:
    """ "the country's National Action Programme": the plan of the country named just before; "the
    bloc's Directive": of the body named just before."""
    sent, text, base = rules.sent, rules.sent.text, rules.sent.start
    for m, item in sent.of_types(ITEMS):
        if item.type != "Plan" and not _LAW.search(item.label):
            continue
        lead = _THE_COUNTRY_S.search(text, max(0, m.start - base - 30), m.start - base)
        if lead is None:
            continue
        noun = lead.group("noun").lower()
        if noun == "country":
            continue  # "the country" is resolved as a mention when one country is in reach (the_country.py)
        kind = "Organization" if noun in _BODY_NOUNS else "Country"
        named = [e for m2, e in sent.mentions if e.type == kind and m2.end <= base + lead.start()]
        owner = named[-1] if named else country if kind == "Country" else org
        if owner is not None:
            rules.add(owner, "adopts", item, "the country's")


def main_pair(state: DocState, text: str) -> tuple[EntityRec, EntityRec] | None:
    """The two sides of a text about two parties that are not both countries ("the European Union
    and Mauritania", beside a country named once): the two countries or bodies named far more often
    than any other, for "both sides", "the two sides"; a body is a side only where the text says "sides"."""
    counts = sorted(
        ((len(e.mentions), e) for e in state.entities.values() if e.type in ("Country", "Organization")),
        key=lambda p: -p[0],
    )
    if len(counts) < 2 or counts[1][0] < 3:
        return None
    if len(counts) > 2 and counts[2][0] > counts[1][0] - 2:
        return None
    one, two = counts[0][1], counts[1][1]
    if {one.type, two.type} == {"Organization"}:
        return None
    if "Organization" in (one.type, two.type) and "both sides" not in text and "two sides" not in text:
        return None  # "both countries" are countries: a body is one of two "sides" only
    return one, two
