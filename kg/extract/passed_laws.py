"""A law named only in lower case where it is passed: "The House has today ratified the revised refugee
proclamation", "Parliament passed a new anti-trafficking law".

Reports of a vote often never give the law's title. The words before "law", "act", "bill" or
"proclamation" say which law it is ("refugee", "anti-trafficking"), not how the writer judges it
("historic", "important"); the text must call it back by a word for a law ("the proclamation", "the law"),
as it does when the law is what the text is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import JUDGING_WORDS

#: a judgement or count is no law's name ("a historic law"), nor is a determiner or a draft's state
_NOT_A_NAME = JUDGING_WORDS | {"revised", "amended", "draft", "controversial", "long-awaited", "this", "that"}
_JUDGED = r"(?!(?:" + "|".join(sorted(_NOT_A_NAME | {"its", "their"})) + r")\b)"
_VERBS = ("passed", "enacted", "ratified", "approved", "adopted", "promulgated")
_PASSED_LAW = re.compile(
    r"\b(?:" + "|".join(_VERBS) + r")[ \t]+(?:into[ \t]+law[ \t]+)?"
    r"(?:the|a)[ \t]+(?P<name>(?:(?:new|revised|amended)[ \t]+)?"
    r"(?:" + _JUDGED + r"[a-z][a-z-]+[ \t]+){1,3}(?P<kind>law|proclamation|act|bill|ordinance|decree))\b"
    r"(?![ \t]*(?:\(|of[ \t]+[A-Z0-9]|[A-Z]))"
)
#: "the law", "the new proclamation": the one law called back by a word for its kind
_CALLED_BACK = re.compile(
    r"\b[Tt]he[ \t]+(?:new[ \t]+|revised[ \t]+)?(?:law|proclamation|act|bill|ordinance|decree)\b"
)


def passed_laws(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Framework") of the one lower-case law the text reports passed and calls back."""
    if not any(verb in text for verb in _VERBS):
        return
    found = list(_PASSED_LAW.finditer(text))
    if len(found) != 1:
        return  # two lower-case laws: which one "the law" is stays open
    m = found[0]
    if _CALLED_BACK.search(text, m.end()):
        yield m.start("name"), m.end("name"), "Framework"
