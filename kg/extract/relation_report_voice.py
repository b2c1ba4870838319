"""What a report says is its author's: "The report urges …", "It also calls for …".

News on a study names its author once ("a report released by X", "The report, 'Title', by the
Lagos-based X, says …") and then lets the report speak: "The report urges the Ministry to …. It
also calls for the full implementation of the Protocol". The calls are the author's. The author is
the one body named as the report's maker; with none, or two, nothing is read.
"""

from __future__ import annotations

import re

from kg.extract.records import EntityRec, MentionRec

#: "a report released on Wednesday by the", "The report, "Title", by the Lagos-based "
_MADE_BY = re.compile(
    r"\b(?:report|study|survey|assessment|review)\b(?:,\s*[\"“][^\"”]{1,80}[\"”],|\s+(?:\w+\s+){0,3}?"
    r"(?:released|published|issued|launched|prepared|produced|written|compiled)(?:\s+\w+){0,3}?)\s+by\s+"
    r"(?:the\s+)?(?:[A-Z][\w]*-based\s+)?"
)
#: after the author: " (IOM) and the ", ", ": another author follows
_AND_MORE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?")
#: "The report urges", "The new study also calls": the report as the subject of a stance
_REPORT_SPEAKS = re.compile(
    r"(?:The|This|Its)\s+(?:new\s+|latest\s+|annual\s+)?(?:report|study)\s+(?:also\s+|further\s+)?"
    r"(?:urges|calls|recommends|asks|says|notes|finds|welcomes|demands|appeals|warns|stresses)\b"
)
#: "It also calls for", "It further urges": the report of the sentence before
_IT_SPEAKS = re.compile(
    r"It\s+(?:also\s+|further\s+)?(?:urges|calls|recommends|asks|welcomes|demands|appeals|stresses)\b"
)


def report_author(text: str, pairs: list[tuple[MentionRec, EntityRec]]) -> EntityRec | None:
    """The one body or country named as the maker of the report the text is about."""
    if "report" not in text and "study" not in text:
        return None
    starts = {m.start: e for m, e in pairs if e.type in ("Country", "Organization")}
    ends = {m.start: m.end for m, e in pairs if e.type in ("Country", "Organization")}
    authors = {}
    for made in _MADE_BY.finditer(text):
        at = made.end()
        if at in starts:
            authors[starts[at].key] = starts[at]
            more = _AND_MORE.match(text, ends[at])
            if more is not None and more.end() in starts:
                return None  # "released by IOM and IGAD": two authors
    return next(iter(authors.values())) if len(authors) == 1 else None


def report_speaks(sentence: str, report_before: bool) -> bool:
    """Whether ``sentence`` is the report's own word: "The report urges …", or "It also calls for …"
    after a sentence that was."""
    if sentence[:1] == "I":
        return report_before and _IT_SPEAKS.match(sentence) is not None
    return _REPORT_SPEAKS.match(sentence) is not None
