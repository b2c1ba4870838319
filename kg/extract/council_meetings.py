"""UN council meetings named by their format and topic, often in lower case.

The Human Rights Council holds an "interactive dialogue with the Special Rapporteur on
trafficking in persons, especially women and children"; the Security Council holds an "open
debate on children and armed conflict". Meeting coverage and statements name these meetings
only so: the format, then the mandate or topic, in lower case or Title Case. The shape finder
needs a capitalized head and stops at the first lower-case word, so it finds "Interactive
Dialogue with the Special Rapporteur" or nothing. Here the name runs to the end of the mandate
(with its "especially …" or "including …" rider) or the topic, and stops before a date, a
clause ("…, and concluded") or the end of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: a mandate: "trafficking in persons, especially women and children", "the right to health"
_MANDATE = (
    r"(?:the[ \t]+)?[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*)*?"
    r"(?:,[ \t]+(?:especially|including|in[ \t]+particular)[ \t]+[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*)*)?"
)
_RAPPORTEUR = r"(?:the[ \t]+)?(?:Special[ \t]+Rapporteurs?|Independent[ \t]+Expert)[ \t]+on[ \t]+" + _MANDATE
#: words of time that end a meeting's name: "… on torture on Tuesday", "… this morning", "… last week"
_WHEN = (
    r"(?:on[ \t]+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this|last|next|today|"
    r"yesterday|tomorrow|during|earlier|later)\b"
)
#: where a name ends: punctuation, a clause after "and", a time, a place, or the line's end
_END = (
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:and[ \t]+(?:then[ \t]+)?[a-z]+ed\b|and[ \t]+then\b|at[ \t]"
    r"|in[ \t]+[A-Z]|who\b|which\b|" + _WHEN + r"))"
)
_DIALOGUE = re.compile(
    r"\b(?:[Cc]lustered[ \t]+)?[Ii]nteractive[ \t]+[Dd]ialogue[ \t]+with[ \t]+"
    + _RAPPORTEUR
    + r"(?:[ \t]+and[ \t]+"
    + _RAPPORTEUR
    + r")?"
    + _END
)
_DEBATE = re.compile(
    r"\b(?:(?:UN|U\.N\.|United[ \t]+Nations)[ \t]+)?(?:Security[ \t]+Council[ \t]+)?"
    r"(?P<kind>[Oo]pen|[Hh]igh-[Ll]evel[ \t]+[Oo]pen)[ \t]+[Dd]ebate[ \t]+on[ \t]+"
)
#: a lower-case "open debate" is a council's when a council is named just before it
_COUNCIL_BEFORE = re.compile(r"\bCouncil\b")
_QUOTED = re.compile(r"[“\"][^“”\"\n]{3,120}[”\"]")
#: the verb of the sentence a debate's topic is the subject of: "… open debate on X heard 80 speakers"
_VERB_AFTER_TOPIC = (
    r"(?:heard|hears|was|were|is|are|has|have|had|will|would|began|begins|opened|opens|ended|ends|"
    r"concluded|concludes|took|takes|saw|sees|featured|features|focused|focuses|drew|draws|brought)\b"
)
#: where the topic's sentence or clause ends: punctuation, a dash, a venue, a time
_TOPIC_END = re.compile(
    r"[.;:\n()]|[ \t]+[–—-][ \t]+|[ \t]+at[ \t]+(?=[A-Z])|[ \t]+" + _WHEN + r"|[ \t]+" + _VERB_AFTER_TOPIC
)
#: "… in New York": a place after a lower-case topic, but not "the situation in Afghanistan"
_IN_PLACE = re.compile(r"(?<!situation)[ \t]+in[ \t]+(?=[A-Z])")
#: a part after a comma that is no item of the topic's list: a date, a clause, a participle
_NOT_ITEM = re.compile(
    r"\d|(?:and|which|who|where|when|while|as|with|organi[sz]ed|held|chaired|hosted|said|the|hearing|"
    r"including|during|under|following|featuring|bringing|drawing|attracting|gathering)\b"
)
#: how far a topic may run: a headline's or a sentence's, not a page without punctuation
_TOPIC_REACH = 300


def _topic_end(text: str, start: int) -> int:
    """The end of a debate's topic: a quoted title, or the comma-separated items of a list that
    ends at its "and" (a headline's list without "and" runs to the end of the line)."""
    quoted = _QUOTED.match(text, start)
    if quoted:
        return quoted.end()
    reach = min(len(text), start + _TOPIC_REACH)
    stop = _TOPIC_END.search(text, start, reach)
    limit = stop.start() if stop else reach
    place = _IN_PLACE.search(text, start, limit) if text[start : start + 1].islower() else None
    limit = place.start() if place else limit
    end = start
    for part in text[start:limit].split(", "):
        if end > start and (not part or _NOT_ITEM.match(part)):
            break
        end = (end + 2 if end > start else end) + len(part)
        if " and " in part:
            break  # "human trafficking, modern slavery and forced labour": the list's last item
    return end


#: a name that holds a council meeting's format is that meeting's ("UN Security Council Open Debate on …")
MEETING_FORMAT = re.compile(
    r"\b(?:[Oo]pen[ \t]+[Dd]ebate|[Ii]nteractive[ \t]+[Dd]ialogue)[ \t]+(?:on|with)\b"
)


def council_meetings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each interactive dialogue or open debate named with its topic."""
    if "ialogue" in text:
        for m in _DIALOGUE.finditer(text):
            yield m.start(), m.end(), "Event"
    if "ebate" in text:
        for m in _DEBATE.finditer(text):
            lower = m.group("kind")[:1].islower()
            if lower and not _COUNCIL_BEFORE.search(text, max(0, m.start() - 40), m.end()):
                continue  # "the open debate on the matter": no council's meeting named
            end = _topic_end(text, m.end())
            if end > m.end():
                yield m.start(), end, "Event"
