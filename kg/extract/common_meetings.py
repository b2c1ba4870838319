"""Meetings a text reports under a common noun, in the few shapes that mark one meeting.

A "mission to Bangladesh and Myanmar" is left out: as one event it took the countries it names out
of the graph, and "a joint mission to Libya" is as often a standing operation as a visit.

- "in its first-ever meeting on human trafficking": a meeting marked as the first of its kind,
  named by its topic.
- "a meeting of the national committee on combating child labour": a meeting of a body named in
  lower case by its kind and its remit, to the end of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: "its first-ever meeting on human trafficking": to the clause's end, a few lower-case words
_FIRST_MEETING = re.compile(
    r"\b(?P<name>(?:first-ever|first[ \t]+ever|inaugural|historic)[ \t]+(?:meeting|debate|session|summit)"
    r"[ \t]+on[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,5}?)"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:today|yesterday|in|at)\b)"
)
_BODY_KIND = (
    r"(?:committee|commission|council|task[ \t]+force|working[ \t]+group|board|coordinating[ \t]+body)"
)
#: "a meeting of the national committee on combating the trafficking of human beings,"
_BODY_MEETING = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+"
    r"(?P<name>(?:(?:regular|extraordinary|annual|plenary)[ \t]+)?meeting[ \t]+of[ \t]+"
    r"the[ \t]+(?:[a-z][\w-]*[ \t]+){1,2}" + _BODY_KIND + r"[ \t]+(?:on|for|against)[ \t]+"
    r"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,8}?)(?=[ \t]*[,.;:)])"
)


def common_meetings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Event") of each meeting a text names by a common noun in a marked shape."""
    if "first" in text or "inaugural" in text or "historic" in text:
        for m in _FIRST_MEETING.finditer(text):
            yield m.start("name"), m.end("name"), "Event"
    if "meeting of the " in text:
        for m in _BODY_MEETING.finditer(text):
            yield m.start("name"), m.end("name"), "Event"
