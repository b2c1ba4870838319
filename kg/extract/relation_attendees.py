"""Who takes part in an event, read from the lists that news texts give of its participants.

Press releases name an event once and then list who came: "was attended by the Heads of State of
A, B and C", "with the participation of 30 representatives from A, B and the EU as well as experts
from X and Y", "organised by A and B in cooperation with C", "The workshop was attended by
officials from A and B". The lists mix entities with words that are not ("the Falkland Islands",
"civil society organisations"), so the list is walked actor by actor for as long as what lies between
two actors is list filler (commas, "and", "as well as", role nouns, capitalised names) and not a
clause (a verb, "to", "which", a full stop).

The event is the one named before the cue in the sentence, or, when the sentence opens with "The
event", "The workshop" (an event named earlier), the last event the text named ("It" is too loose).
"""

from __future__ import annotations

import re

from kg.extract.actors import Sentence
from kg.extract.records import EntityRec, MentionRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import MEETING_NOUN

#: what opens a list of participants
_GUEST_CUE = re.compile(
    r"\b(?:attended|joined)\s+by\b|"
    r"\bwith\s+the\s+(?:active\s+|full\s+)?participation\s+of\b|"
    r"\bbr(?:ought|ings|inging)\s+together\b|"
    r"\bin\s+the\s+presence\s+of\b|"
    r"\b(?:jointly\s+)?(?:co-)?(?:organi[sz]ed|convened|hosted|chaired)\s+(?:jointly\s+)?by\b|"
    # "The event was inaugurated by", "was officially opened by": who opened it took part
    r"\b(?:was|were)\s+(?:officially\s+|formally\s+)?(?:inaugurated|opened|addressed|closed)\s+by\b|"
    # "This two-day event for law-enforcement officials from A, B and C": whom the event is for
    r"\b(?:event|workshop|seminar|training|course|forum|meeting|conference)\s+for\s+(?:[a-z-]+\s+){1,4}?"
    r"(?:from|of)\b"
)
#: the cue of whom an event is for ("event for officials from"), read only when the sentence opens
#: with the event ("This two-day event for …")
_FOR_CUE = re.compile(r"(?:event|workshop|seminar|training|course|forum|meeting|conference)\s")
#: a cheap test before the regular expression runs
_GATE = (
    "attended by", "joined by", "participation of", "together", "ed by", "presence of",
    "event for", "workshop for", "seminar for", "training for", "course for", "forum for", "meeting for",
    "conference for",
)  # fmt: skip
#: "co-hosted the Conference along with Türkiye": the co-host named after the event
_HOSTED_WITH = re.compile(r"\s*,?\s*(?:along|together|jointly)\s+with\s+")
#: "co-chaired the Dialogue with Uganda": a co- verb names the other host after a bare "with"
_CO_WITH = re.compile(r"\s+with\s+(?:the\s+)?")
_HOSTED = re.compile(
    r"\b(?P<co>co-)?(?:host(?:ed|s)?|organi[sz](?:ed|es)|conven(?:ed|es)|chair(?:ed|s))\s+(?:the\s+)?$"
)
#: what may lie between two participants of a list (or the cue and the first)
_FILLER = re.compile(
    r"(?:\s+|,|\(|\)|&|"
    r"\b(?:and|as\s+well\s+as|along\s+with|together\s+with|jointly\s+with|including|"
    r"in\s+(?:co-?operation|collaboration|partnership|association|coordination)\s+with|"
    r"the|a|an|of|from|by|other|some|several|many|senior|high-level|\d+)\b|"
    r"(?:[A-Z][\w’'.-]*)|"  # a capitalised word: a name that is no entity, "Heads of State"
    r"\b(?!(?:to|which|who|whom|whose|that|where|while|when|but|because|said|says|on|at|for|during|"
    r"after|before|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|"
    r"in|with|through|via|its|their|his|her|our|held|took|met|discussed|agreed|signed|adopted|launched)\b)[a-z][a-z-]*(?<!ed)(?<!ing)\b"
    r")*"
)
#: a sentence that opens with an event it names only by a common noun: "The workshop was …"; the noun
#: is the head ("The meeting of senior officials", "The session of the Commission"), not "The assembly
#: of evidence" or "The gathering of data"
_EVENT_SUBJECT = re.compile(
    r"(?:The|This|That)\s+(?:[a-z-]+\s+){0,2}(?P<noun>" + MEETING_NOUN + r")\b(?!\s+of\s+(?!(?:the\s+)?[A-Z]|"
    r"(?:[a-z-]+\s+){0,2}?(?:experts|ministers|officials|leaders|delegates|delegations|representatives|heads|"
    r"parties|members|states|stakeholders|partners|governments|countries|donors)\b))"
)
_ITEMS = ("Plan", "Framework")
_KIND = re.compile(r"\b" + MEETING_NOUN + r"s?\b|\b(?:cop|expo|week|day|games)\b")
_OWNER_NAME = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s")  # "Armenia's " before the body it owns
_NEAR = 120  # characters between the event's name and the cue of its list
_MAX_GAP = 110  # characters of filler between two participants
_MAX_WORDS = 6  # lower-case words (not connectors) of filler between two participants


def guest_lists(
    rules: SentenceRules, earlier_event: EntityRec | None, organiser: EntityRec | None = None
) -> None:
    """participatesIn for every actor of a list of participants; ``earlier_event``: the last event
    named before this sentence; ``organiser``: the actor of the sentence right before, who "held a
    workshop" that "The event … was organised in co-operation with X" speaks of."""
    sent = rules.sent
    low = sent.low
    if not rules.has_actor:
        return
    if organiser is not None and "with" in low:
        _organised_with(rules, organiser)
    if "with" in low and "Event" in rules.types:
        _co_hosts(rules)
    if "Event" in rules.types and any(w in low for w in _MET_WORDS):
        _met_for(rules)
    if ("its " in low or "their " in low) and "Event" in rules.types:
        _own_event(rules)
    if ":" in low and "Event" in rules.types:
        _listed_after_event(rules)
    if earlier_event is not None and "Person" in rules.types and _SPEAKERS.match(sent.text):
        for _m, person in sent.of_types(("Person",)):  # "Speakers include A; B; C"
            rules.add(person, "participatesIn", earlier_event, "speakers include")
    if not any(g in low for g in _GATE):
        return
    for cue in _GUEST_CUE.finditer(low):
        opening = _EVENT_SUBJECT.match(sent.text) is not None and ";" not in low[: cue.start()]
        if _FOR_CUE.match(cue.group()) and not opening:
            continue  # not "the Forum is a forum for governments; …"
        event = _event_of(rules, cue.start(), earlier_event)
        if event is None:
            continue
        for guest in listed_actors(rules, sent.start + cue.end()):
            if guest.key != event.key:
                rules.add(guest, "participatesIn", event, cue.group())


#: a sentence that lists the speakers of the event named before: "Speakers include A; B", "Panellists
#: at the event were A and B", "Keynote speakers will include …"
_SPEAKERS = re.compile(
    r"(?:The\s+)?(?:(?:keynote|main|other|invited|featured)\s+)?(?:[Ss]peakers|[Pp]anell?ists)"
    r"(?:\s+at\s+the\s+(?:event|conference|meeting|forum|session|opening))?\s+(?:will\s+)?(?:include[sd]?|are|were)\b"
)


#: "The following countries participated in", "took part in the": the verb before the event a colon's list
#: attends (a literal colon after the event's name; the list's actors are the participants)
_TOOK_PART_IN = re.compile(
    r"\b(?:participated|participating|took\s+part|take\s+part|were\s+represented|was\s+represented)"
    r"\s+(?:in|to|at)\s+(?:the\s+)?$"
)
#: before the verb: the list is of those who did not take part ("did not take part", "refused to")
_NOT_TAKING_PART = re.compile(r"\b(?:not|never|n[’']t|refus\w*|declin\w*|fail\w*|no)\b")
#: between the event's name and the colon: its acronym ("the Joint Action Days (JAD): …")
_ACRONYM_COLON = re.compile(r"(?:\s*\([A-Z]{2,10}\))?\s*:")


def _listed_after_event(rules: SentenceRules) -> None:
    """participatesIn: "The following countries participated in the Joint Action Days: A, B and C"."""
    sent = rules.sent
    base = sent.start
    for m, event in sent.of_types(("Event",)):
        colon = _ACRONYM_COLON.match(sent.text, m.end - base)
        if colon is None:
            continue
        verb = _TOOK_PART_IN.search(sent.text, max(0, m.start - base - 40), m.start - base)
        if verb is None or _NOT_TAKING_PART.search(sent.text, 0, verb.start()):
            continue  # "Two countries did not take part in the Forum: A and B"
        if sent.actors(base, m.start):
            continue  # "Peru participated in the Forum: …": the actor before took part, the list is another's
        for guest in listed_actors(rules, base + colon.end()):
            rules.add(guest, "participatesIn", event, " ".join(verb.group().split()[:-1]))


#: "was organized in co-operation with", "was held in partnership with"
_ORGANISED_WITH = re.compile(
    r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+)?"
    r"(?:organi[sz]ed|held|convened|hosted|run|conducted)\s+"
    r"in\s+(?:close\s+)?(?:co-?operation|collaboration|partnership|association|coordination)\s+with\s+"
)


def _organised_with(rules: SentenceRules, organiser: EntityRec) -> None:
    """ "The event … was organized in co-operation with X" after "Y held a workshop": X and Y partner."""
    sent = rules.sent
    subject = _EVENT_SUBJECT.match(sent.text)
    if subject is None or organiser.type not in ("Country", "Organization"):
        return
    for cue in _ORGANISED_WITH.finditer(sent.low):
        for partner in listed_actors(rules, sent.start + cue.end()):
            if partner.type in ("Country", "Organization"):
                rules.add(organiser, "partnersWith", partner, "organized in co-operation with")


#: "on the occasion of its 50th plenary meeting", "at its", "during their"
_ITS_EVENT = re.compile(
    r"\b(?:on\s+the\s+occasion\s+of|at|during|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:its|their)\s+"
)


def _own_event(rules: SentenceRules) -> None:
    """ "GRETA has taken stock …, on the occasion of its 50th plenary meeting": the body takes part."""
    sent = rules.sent
    for cue in _ITS_EVENT.finditer(sent.low):
        events = sent.of_types(("Event",), sent.start + cue.end(), sent.start + cue.end() + 30)
        if not events or not _ORDINAL.fullmatch(sent.low, cue.end(), events[0][0].start - sent.start):
            continue
        for owner in rules.subject(sent.start + cue.start()):
            if owner.type in ("Country", "Organization"):
                rules.add(owner, "participatesIn", events[0][1], "its")


_ORDINAL = re.compile(r"(?:[\w-]+\s+){0,2}")  # "50th ", "next annual " before the event's name
#: a name used as a modifier: "UN organisations", "EU member states"
_MODIFIER = re.compile(
    r"\s+(?:organi[sz]ations|agencies|bodies|member\s+states|members|partners|officials|staff|entities)\b"
)
_MET_WORDS = ("met ", "gathered", "convened", "hosted", "organised", "organized")
#: "met in Budapest for the", "met at the", "gathered in Rome for the"; "co-hosted the", "organised the"
_MET_FOR = re.compile(
    r"\b(?:met|gathered|convened)\s+(?:in\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)?\s+)?(?:for|at|during)\s+(?:the\s+)?|"
    r"\b(?:co-)?(?:hosted|organi[sz]ed|convened)\s+(?:the\s+)?"
)


def _met_for(rules: SentenceRules) -> None:
    """ "A, along with B and C, met in Rome for the Conference", "A, in partnership with B and C, hosted
    the Workshop": all of the subject list take part."""
    sent = rules.sent
    for cue in _MET_FOR.finditer(sent.text):
        at = sent.start + cue.end()
        events = sent.of_types(("Event",), at, at + 1)
        if not events:
            continue
        actors = [
            (m, e)
            for m, e in sent.actors(sent.start, sent.start + cue.start())
            if e.type != "Person" and not _MODIFIER.match(sent.text, m.end - sent.start)
        ]
        if not actors:
            continue
        guests = listed(sent, sent.start, actors)
        if not guests or len(guests) != len(dict.fromkeys(e for _m, e in actors)):
            continue  # an actor of the clause is not in the list: another clause
        tail = sent.text[actors[-1][0].end - sent.start : cue.start()]
        if len(tail) > _MAX_GAP or not _FILLER.fullmatch(tail) or _words(tail) > _MAX_WORDS:
            continue
        if not cue.group().startswith(("met", "gathered")) and not _hosts_open(sent, actors):
            continue  # "Following a request from Kenya, UNODC hosted …": Kenya only asked
        for guest in guests:
            rules.add(guest, "participatesIn", events[0][1], cue.group().split()[0])


#: what lies before the first host and between two hosts: "The ", ", in partnership with the ", " and "
_HOSTS_GAP = re.compile(
    r"(?:\s+|,|\([A-Z][\w&-]*\)|\b(?:[Tt]he|and|as\s+well\s+as|along\s+with|together\s+with|jointly\s+with|"
    r"in\s+(?:close\s+)?(?:co-?operation|collaboration|partnership|association|coordination)\s+with)\b)*"
)


def _hosts_open(sent: Sentence, actors: list[tuple[MentionRec, EntityRec]]) -> bool:
    """Whether the hosts open the sentence and only list words join them."""
    pos = sent.start
    for m, _e in actors:
        if not _HOSTS_GAP.fullmatch(sent.text, pos - sent.start, m.start - sent.start):
            return False
        pos = m.end
    return True


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def _owner_only(sent: Sentence, actor: EntityRec, pos: int) -> bool:
    """Whether ``actor``'s last mention before ``pos`` follows "of": "X's Presidency of the Council"
    names the presidency, and the Council only owns it."""
    before = [m for m, e in sent.actors(sent.start, pos) if e is actor]
    return bool(before) and _OF_BEFORE.search(sent.text, 0, before[-1].start - sent.start) is not None


def _co_hosts(rules: SentenceRules) -> None:
    """ "X co-hosted the Conference along with Y", "X co-chaired the Dialogue with Y": Y takes part too,
    as X's partner."""
    sent = rules.sent
    for m, event in sent.of_types(("Event",)):
        hosted = _HOSTED.search(sent.low, max(0, m.start - sent.start - 30), m.start - sent.start)
        if hosted is None:
            continue
        along = _HOSTED_WITH.match(sent.text, m.end - sent.start)
        if along is None and hosted.group("co"):
            along = _CO_WITH.match(sent.text, m.end - sent.start)
            if along is None or not sent.actors(sent.start + along.end(), sent.start + along.end() + 1):
                continue  # "co-chaired the Dialogue with great success"
        if along is None:
            continue
        hosts = [h for h in rules.subject(m.start) if not _owner_only(sent, h, m.start)]
        for guest in listed_actors(rules, sent.start + along.end()):
            rules.add(guest, "participatesIn", event, "hosted along with")
            for host in hosts:
                if host.type in ("Country", "Organization") and host is not guest:
                    rules.add(host, "partnersWith", guest, "hosted along with")


def _event_of(rules: SentenceRules, at: int, earlier: EntityRec | None) -> EntityRec | None:
    """The event a list at ``at`` (offset in the sentence) belongs to."""
    sent = rules.sent
    events = sent.of_types(("Event",), sent.start, sent.start + at)
    if events:
        m, event = events[-1]
        if sent.start + at - m.end <= _NEAR and not sent.of_types(_ITEMS, m.end, sent.start + at):
            return event
        return None
    subject = _EVENT_SUBJECT.match(sent.text) if earlier is not None else None
    if subject is None or earlier is None:
        return None
    noun = subject.group("noun")
    # "The workshop" is the Workshop named before; "The meeting" after a Summit may be another one; a
    # title that names no kind ("a conference on “Trafficking in Persons: Theory and Practice”") is
    # the one "The conference" is
    label = earlier.label.lower()
    return earlier if noun in (None, "event") or noun in label or not _KIND.search(label) else None


def listed_actors(rules: SentenceRules, pos: int) -> list[EntityRec]:
    """The actors of the list that starts at ``pos`` (a text offset)."""
    sent = rules.sent
    actors = [
        (m, e)
        for m, e in sent.actors(pos)
        if e.type in ("Country", "Organization", "Person")
        and not _MODIFIER.match(sent.text, m.end - sent.start)
    ]
    owners = {m.start for m, _e in actors if sent.text.startswith(("'s ", "’s "), m.end - sent.start)}
    if not owners:
        return listed(sent, pos, actors)
    # "with Armenia's Migration Service": the service, not its country
    return listed(sent, pos, [(m, e) for m, e in actors if m.start not in owners], possessive=True)


def participants_before(rules: SentenceRules, pos: int) -> list[EntityRec]:
    """The list of participants that opens the sentence and runs up to ``pos``: "Some 70 prosecutors
    and officials from A, B and C, as well as experts from D, took part in …"."""
    sent = rules.sent
    actors = sent.actors(sent.start, pos)
    if not actors:
        return []
    # the words before the first participant say who came ("senior prosecutors, officers and
    # representatives from"): the list starts after their last "from" or "of"
    lead = _LEAD_FROM.search(sent.text, 0, actors[0][0].start - sent.start)
    start = sent.start + (lead.end() if lead else 0)
    before = {e.key for _m, e in actors}
    return [g for g in listed_actors(rules, start) if g.key in before]


#: the end of the words before a list of participants: "… representatives from (the) "
_LEAD_FROM = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$")


def listed(
    sent: Sentence, pos: int, mentions: list[tuple[MentionRec, EntityRec]], possessive: bool = False
) -> list[EntityRec]:
    """The entities of ``mentions`` (after ``pos``, in text order) that form one list starting at
    ``pos``: each separated from the one before by list filler only."""
    out: list[EntityRec] = []
    at = pos - sent.start
    for m, e in mentions:
        if m.start - sent.start < at:
            continue  # a mention inside the one before
        gap = sent.text[at : m.start - sent.start]
        if possessive:
            gap = _OWNER_NAME.sub(" ", gap)
        if len(gap) > _MAX_GAP or not _FILLER.fullmatch(gap) or _words(gap) > _MAX_WORDS:
            break
        if e not in out:
            out.append(e)
        at = m.end - sent.start
    return out


#: a lower-case word of the filler that is not a connector: "representatives", "civil", "society"
_LOWER_WORD = re.compile(
    r"\b(?!(?:and|as|well|along|together|jointly|with|including|in|the|a|an|of|from|by)\b)[a-z][a-z-]*\b"
)


def _words(gap: str) -> int:
    return len(_LOWER_WORD.findall(gap))
