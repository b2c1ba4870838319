"""A document titled by its own instrument: "Joint Declaration of the Ministers of the Andean
Community on labour migration and return" is one name, its lower-case topic included, when the
title line is nothing but the name and its "on …" topic (no verb, no punctuation after it).
"""

from __future__ import annotations

import re

#: " on labour migration and return" up to the title line's end: lower-case words only.
_TOPIC_TO_LINE_END = re.compile(r"[ \t]+on[ \t]+(?:[a-z][\w’'\-]*,?[ \t]+){0,7}[a-z][\w’'\-]*[ \t]*(?=\n)")
#: words that make the tail a clause ("… on migration is adopted"), not a topic
_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|must|adopt(?:s|ed)?|sign(?:s|ed)?"
    r"|approv(?:es|ed)|launch(?:es|ed)?|say|says|said|call(?:s|ed)?|urg(?:es|ed))\b"
)


def title_topic_end(text: str, start: int, end: int) -> int:
    """The end of an instrument's name found at ``text[start:end]`` on the first line, run on to
    the line's end over an "on <topic>" tail; ``end`` when the name does not open the text."""
    if text[:start].strip():
        return end
    tail = _TOPIC_TO_LINE_END.match(text, end)
    if tail is None or _VERBS.search(tail.group()):
        return end
    return tail.end()
