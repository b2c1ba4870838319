"""Relations whose object the sentence names only by a common noun or a pronoun, carried from the text before.

News names a meeting, a plan or a body once and then speaks of "the meeting", "it", "its": "The
meeting was hosted by Chile", "It was co-chaired by A and B", "Uzbekistan will continue as one of
its pathfinder countries", "the country's National Action Programme". :class:`Memory` keeps the
last event, body and country named, and :meth:`Memory.read` links the sentence's actors to them
(to an event by :func:`~kg.extract.relation_event_links.event_links`).
Every rule is gated on a substring test, so sentences without the words cost nothing.
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.records import DocState, EntityRec
from kg.extract.relation_co_organisers import co_organisers, organiser_of
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_event_links import event_links
from kg.extract.relation_wording import ITEM_SET, ITEMS, NEGATED

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
        "first_event",
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
        self.first_event: EntityRec | None = None  # the first event the text names (its title's, its lead's)
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
            event_links(rules, self.event, self.event_recent, self.events, self.event_text, self.first_event)
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
        # the words of every organising verb organiser_of reads: a sentence without one organises nothing
        low = sent.low
        self.organiser = organiser_of(sent) if "organi" in low or "host" in low or "conven" in low else ()
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
                if self.first_event is None:
                    self.first_event = e
            elif kind in ITEM_SET:
                if first_item is None:
                    first_item = (m.start, e)
                elif e is not first_item[1]:
                    several = True
        # what "It was prepared by …" refers to: the only item, or the first when it opens the sentence
        if first_item is not None and (not several or first_item[0] - sent.start < 24):
            self.item = first_item[1]


_SENTENCE_END = re.compile(r"[.!?][\s”\"’']*\s[A-Z“\"]|\n\s*\n")


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
