""" "The report" after a plan the text named as a report: "submitted its Nationally Determined
Contribution (NDC) 2021 final report … the updated report, which was approved by President X".

A plan submitted as a document is often named with "report" after its name (its acronym, year and
kind between); the text then calls it "the report", "the updated report". Such a "report" is that
plan (the last one so named before it), never a plan named without the word, nor any other report.
"""

from __future__ import annotations

import re

from kg.extract.records import SHORT, DocState, EntityRec, MentionRec, Taken

#: "the report", "the updated report", "this final report": the head and the words before it
_THE_REPORT = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:(?:updated|new|final|revised|latest|full|submitted)\s+){0,2}(?P<head>report)\b"
    r"(?!\s+(?:of|on|by|from)\b)"
)
#: what may stand between a plan's name and "report" when the text names it so: "(NDC) 2021 final "
_TO_REPORT = re.compile(
    r"\s*(?:\([A-Za-z]{2,10}\)\s*)?(?:(?:19|20)\d{2}\s+)?(?:(?:updated|new|final|revised|first|second|"
    r"interim|progress|implementation)\s+){0,2}report\b"
)


def called_reports(text: str, state: DocState, taken: Taken) -> None:
    """Add "the report" as a mention of the plan the text last named as a report before it."""
    if "report" not in text:
        return
    named: list[tuple[int, EntityRec]] = []
    for ent in state.entities.values():
        if ent.type == "Plan":
            named += [(m.start, ent) for m in ent.mentions if _TO_REPORT.match(text, m.end)]
    if not named:
        return
    named.sort(key=lambda p: p[0])
    for m in _THE_REPORT.finditer(text):
        start, end = m.start("head"), m.end("head")
        before = [ent for at, ent in named if at < start]
        if before and taken.free(m.start(), end):
            before[-1].add(MentionRec(start, end, "report", SHORT))
            taken.take(start, end)
