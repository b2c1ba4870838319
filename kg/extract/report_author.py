"""Who backs a report the text is about: "a report released on Wednesday by the Haqq Centre … The
report was produced with support from the European Union": the author partners with the backer.

News on a study names its author once ("a report released by X", "X published a report") and
later says "The report was produced with support from Y". The author is the one body or country
named as the agent of the release; with none, or two, nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.actors import trim
from kg.extract.found import Found
from kg.extract.records import EntityRec, MentionRec

#: "a report released on Wednesday by the", "the study published by the"
_RELEASED_BY = re.compile(
    r"\b(?:report|study|survey|assessment|review)\s+(?:\w+\s+){0,2}?(?:released|published|issued|launched|"
    r"prepared|produced|written|compiled)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?"
)
#: "The report was produced with support from the", "The study was funded by the"
_BACKED = re.compile(
    r"\b[Tt]he\s+(?:\w+\s+)?(?:report|study|survey|assessment|review)\s+(?:was|is|has been)\s+"
    r"(?:(?:produced|prepared|written|conducted|carried out|published)\s+)?"
    r"(?:with\s+(?:financial\s+|technical\s+)?(?:support|funding|assistance)\s+from|funded\s+by|"
    r"financed\s+by|supported\s+by)\s+(?:the\s+)?"
)
_ACTORS = ("Country", "Organization")


def report_backers(
    text: str, pairs: list[tuple[MentionRec, EntityRec]], sentence_at: Callable[[int], tuple[int, int]]
) -> list[Found]:
    """partnersWith: the author of the report the text is about and the one who backed it."""
    if "report" not in text and "study" not in text:
        return []
    backed = list(_BACKED.finditer(text))
    if not backed:
        return []
    starts = {m.start: e for m, e in pairs if e.type in _ACTORS}
    authors = {starts[m.end()].key: starts[m.end()] for m in _RELEASED_BY.finditer(text) if m.end() in starts}
    if len(authors) != 1:
        return []
    (author,) = authors.values()
    out = []
    for m in backed:
        backer = starts.get(m.end())
        if backer is not None and backer is not author:
            s, e = trim(text, *sentence_at(m.start()))
            out.append(Found(author.key, "partnersWith", backer.key, s, e, "support from"))
    return out
