"""Who a meeting gathered, when the sentence calls the meeting only by its noun: "The meeting gathered
81 participants from 38 countries, the European Commission and seven agencies", "The event brings
together more than 60 participants, including experts from the OSCE Secretariat, Kazakhstan and USAID".

The sentence opens with the meeting's noun and a verb of gathering ("drew" and "attracted" only with
the people who came, not "drew attention to"); the meeting is the one named before, carried by
:mod:`kg.extract.relation_event_links`. The countries and bodies after the verb are among those
gathered, up to a clause of its own or a funder ("with funding from the EU").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.actors import coordinated
from kg.extract.records import EntityRec
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_wording import MEETING_NOUN, NEGATED

#: who came, by count or kind: "81 participants from", "more than 60 participants, including"
_GUESTS = (
    r"(?:(?:some|more\s+than|over|nearly|about|around|almost|up\s+to)\s+)?(?:[\d,]+\s+|[a-z]+-?[a-z]*\s+)?"
    r"(?:[a-z-]+\s+)?(?:participants|delegates|delegations|representatives|officials|ministers|experts|guests"
    r"|people|members|leaders|stakeholders|partners|speakers)\b"
)
_GATHERED = re.compile(
    r"(?:(?:[A-Z][a-z]+|On\s+[A-Z][a-z]+),\s+)?(?:The|This|That)\s+(?:[a-z0-9-]+(?:[’']s)?\s+){0,2}?(?P<noun>"
    + MEETING_NOUN
    + r"|edition)\s+(?:has\s+|had\s+|will\s+|also\s+)?"
    # "brought together" (not "brought the plight of … to the attention of"); "gathered", "assembled";
    # "drew / attracted" only those who came ("drew 300 delegates"; not "drew attention to", "drew to a
    # close")
    r"(?:(?:brought|brings|bring)\s+together|gathered|gathers|assembled|assembles|"
    r"(?:drew|draws|attracted|attracts)\s+(?=" + _GUESTS + r"))\b"
)
#: where the guests end: a clause of its own, a funder or a sponsor ("with funding from the EU")
_GUESTS_END = re.compile(
    r"[;]|\b(?:while|whereas|but|which|where|who)\b|\bwith\s+(?:the\s+)?(?:financial\s+|technical\s+)?"
    r"(?:funding|support|financing|backing|assistance|help)\b|\b(?:funded|financed|supported|sponsored|organi[sz]ed|"
    r"hosted)\s+by\b"
)
#: the nouns any meeting goes by: "The event gathered …" after a Conference is that Conference; a
#: workshop or a training is another event unless one is named so
#: ("This year's edition brings together …": the yearly meeting named before)
_ANY_MEETING = frozenset(
    ("meeting", "event", "conference", "summit", "forum", "session", "gathering", "edition")
)


def _guests(rules: SentenceRules, start: int) -> list[EntityRec]:
    """The countries and bodies after ``start`` up to where the list of guests ends."""
    sent = rules.sent
    end = _GUESTS_END.search(sent.low, start - sent.start)
    stop = sent.start + end.start() if end is not None else sent.end
    return [e for _m, e in sent.actors(start, stop) if e.type in ("Country", "Organization")]


def gathered(rules: SentenceRules, carried: Callable[[str], EntityRec | None]) -> None:
    """participatesIn the meeting the opening noun stands for (resolved there already, or else
    ``carried(noun)`` for a noun any meeting goes by), of the countries and bodies gathered."""
    sent = rules.sent
    found = _GATHERED.match(sent.text)
    if found is None or NEGATED.search(sent.low, 0, found.end()):
        return
    here = sent.of_types(("Event",), sent.start, sent.start + found.end())
    noun = found.group("noun").lower()
    event = here[0][1] if here else carried(noun) if noun in _ANY_MEETING else None
    if event is None:
        return
    for guest in _guests(rules, sent.start + found.end()):
        rules.add(guest, "participatesIn", event, found.group().split()[-1])


#: "The countries that participated were …", "Delegations that took part included …": the list of those
#: who came, with no meeting named in the sentence
_PARTICIPATED_WERE = re.compile(
    r"(?:The\s+)?(?:[a-z]+\s+)?(?:countries|states|delegations|participants|members|organi[sz]ations|governments)"
    r"\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:participated|took\s+part|attended|were\s+represented)"
    r"(?:\s+in\s+(?:it|the\s+[a-z-]+))?\s+(?:were|included|include|are|was)\b"
)


#: "Representatives of receiving countries will also be attending from the UAE, Bahrain and Oman",
#: "Delegates took part from A and B": those who came, by the country or body they came from
_ATTENDING_FROM = re.compile(
    r"(?!No\s|None\s)(?:[A-Z][a-z]+\s+)?(?:[Rr]epresentatives|[Dd]elegates|[Dd]elegations|[Pp]articipants|[Oo]fficials|"
    r"[Mm]inisters|[Ee]xperts)\b[^.;:]{0,60}?\s+(?:(?:will|would|are|were|is|was|also|be|been|have|has|had)\s+)*"
    r"(?:attending|attended|participating|participated|taking\s+part|took\s+part|joining|joined)\s+from\b"
)
#: a negation anywhere before the verb of coming: "will not be attending from", "were never represented"
_NOT = re.compile(r"\b(?:not|never|no)\b|n[’']t\b")

#: right after "were" / "included": the list's first name, maybe after an article or a colon
_LIST_STARTS = re.compile(r"\s*:?\s*(?:the\s+)?[A-Z]")


def participants_were(rules: SentenceRules, event: EntityRec | None) -> None:
    """participatesIn ``event`` (the meeting the text is about) of every country and body listed after
    "The countries that participated were" or "Representatives … will be attending from"."""
    sent = rules.sent
    if event is None:
        return
    found = _PARTICIPATED_WERE.match(sent.text)
    cue = "participated"
    if found is None:
        found, cue = _ATTENDING_FROM.match(sent.text), "from"
        if found is not None and _NOT.search(sent.low, 0, found.end()):
            return
    if found is None or NEGATED.search(sent.low, 0, found.end()):
        return
    pos = sent.start + found.end()
    if not _LIST_STARTS.match(sent.text, found.end()) or not sent.actors(pos, pos + 12):
        return  # "were told that Ethiopia had …", "were praised by the ILO": no list of them
    for guest in coordinated(sent, pos):  # the list only: not "…, while Brazil declined"
        if guest.type in ("Country", "Organization"):
            rules.add(guest, "participatesIn", event, cue)


#: "The meeting heard briefings by", "The Council also heard statements from": those who spoke to it
_HEARD = re.compile(
    r"(?:(?:[A-Z][a-z]+|On\s+[A-Z][a-z]+),\s+)?(?:The|This|That)\s+(?:[a-z0-9-]+\s+){0,2}?(?P<noun>"
    + MEETING_NOUN
    + r")\s+(?:also\s+)?(?:heard|hears|will\s+hear)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:briefings?|statements?|presentations?|remarks|testimon(?:y|ies)|accounts?|addresses|reports?)"
    r"\s+(?:by|from)\s+(?:the\s+)?"
)
#: "Niger, Sweden and the Netherlands spoke as concerned countries", "A and B also took the floor"
_SPOKE = re.compile(r"\s*(?:also\s+)?(?:spoke|took\s+the\s+floor|made\s+statements|delivered\s+statements)\b")


def heard_from(rules: SentenceRules, carried: Callable[[str], EntityRec | None]) -> None:
    """participatesIn the meeting that "heard briefings by" persons, countries and bodies."""
    sent = rules.sent
    found = _HEARD.match(sent.text)
    if found is None:
        return
    event = carried(found.group("noun").lower())
    if event is None:
        return
    pos = sent.start + found.end()
    end = _GUESTS_END.search(sent.low, found.end())
    stop = sent.start + end.start() if end is not None else sent.end
    for _m, guest in sent.actors(pos, stop):
        if guest.type in ("Country", "Organization", "Person"):
            rules.add(guest, "participatesIn", event, "heard")


def listed_speakers(rules: SentenceRules, event: EntityRec | None) -> None:
    """participatesIn ``event`` (the meeting reported on) of the countries a sentence opens with a list of,
    when their verb is that they spoke: "Niger, Sweden and the Netherlands spoke as concerned countries"."""
    sent = rules.sent
    if event is None or not sent.actors(sent.start, sent.start + 1):
        return  # the list opens the sentence
    speakers = coordinated(sent, sent.start)
    if len(speakers) < 2 or any(s.type not in ("Country", "Organization") for s in speakers):
        return
    last = [m for m, e in sent.actors(sent.start, sent.end) if e is speakers[-1]]
    if last and _SPOKE.match(sent.text, last[0].end - sent.start):
        for speaker in speakers:
            rules.add(speaker, "participatesIn", event, "spoke")


#: "Participants included officials from", "Among those attending were", "Attendees came from": the list
#: of who came opens the sentence
_PARTICIPANTS_INCLUDED = re.compile(
    r"(?:(?:The\s+)?(?:[Pp]articipants|[Aa]ttendees|[Dd]elegates)\s+(?:also\s+)?(?:included|include|came\s+from)"
    r"|Among\s+(?:the\s+)?(?:those|participants)\s+(?:attending|present|taking\s+part)?\s*(?:were|was|are))\s+"
    r"(?:(?:senior\s+|high-level\s+|government\s+)?(?:officials|representatives|delegates|delegations|ministers|"
    r"experts)\s+(?:from|of)\s+)?(?:the\s+)?"
)


def participants_included(rules: SentenceRules, event: EntityRec | None) -> None:
    """participatesIn ``event`` (the one the sentence names, else the one reported on) of the countries
    and bodies after "Participants included officials from" or "Among those attending were"."""
    sent = rules.sent
    found = _PARTICIPANTS_INCLUDED.match(sent.text)
    if event is None or found is None or NEGATED.search(sent.low, 0, found.end()):
        return
    pos = sent.start + found.end()
    if not sent.actors(pos, pos + 1):
        return  # "Participants included no one from Peru": the list must start right there
    for guest in coordinated(sent, pos):
        if guest.type in ("Country", "Organization"):
            rules.add(guest, "participatesIn", event, "participants")
