"""Which issue "this crime", "the exploitative practice", "the scourge" is, where something fights it.

News names a harm once and then refers back to it: "Cambodia, a source country for human
trafficking, launched a plan to combat the exploitative practice"; "Forced labour persists. The
Act aims to end this crime." The phrase is the last issue named before it, in its sentence or the
one before, when a verb of fighting governs it ("to combat", "ending", "the fight against"): then
what the plan addresses, or what someone calls for, is read by the same rules as a named issue.
Without such a verb ("the practice of law", "the problem was raised") the phrase is left alone, as
it is when no issue is in reach. Themes (migration, decent work: fields, not harms) are not what a
"crime" or a "scourge" stands for.
"""

from __future__ import annotations

import re

from kg.extract.bare_trafficking import bare_trafficking
from kg.extract.doc_relations import THEMES
from kg.extract.fight_words import FIGHT_NOUN, FIGHTING
from kg.extract.records import SHORT, DocState, EntityRec, MentionRec, Taken

#: a verb or noun of fighting, then "this crime", "the exploitative practice", "such abuses"
_REFERRING = re.compile(
    r"(?:" + FIGHTING + r"(?:\s+against)?|"
    r"\b(?:deal(?:s|t|ing)?\s+with|respond(?:s|ed|ing)?\s+to|war\s+on|struggle\s+against|"
    + FIGHT_NOUN
    + r"\s+of))\s+"  # the nouns of fighting with their object: "prevention of", "reduction of"
    r"(?:all\s+forms\s+of\s+)?(?:this|that|these|those|the|such)\s+"
    r"(?P<np>(?:[a-z][a-z-]+\s+){0,2}?(?:crimes?|practices?|scourges?|phenomen(?:on|a)|menaces?|vices?|"
    r"evils?|plagues?|problems?|offen[cs]es?|abuses?))\b"
    r"(?![ \t]+(?:of|in|at|to|for)\b)(?![ \t]*[A-Z-])"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


def issue_anaphora(text: str, state: DocState, taken: Taken) -> None:
    """Add "this crime" after a verb of fighting as a mention of the last issue named before it, and a
    bare "trafficking" as one of human trafficking (:mod:`kg.extract.bare_trafficking`)."""
    _referring(text, state, taken)
    bare_trafficking(text, state, taken)


def _referring(text: str, state: DocState, taken: Taken) -> None:
    if not any(
        word in text
        for word in (
            "crime",
            "practice",
            "scourge",
            "phenomen",
            "menace",
            "vice",
            "evil",
            "plague",
            "problem",
            "offen",
            "abuse",
        )
    ):
        return
    issues = sorted(
        (
            (m.end, e)
            for e in state.entities.values()
            if e.type == "Issue" and e.label.lower() not in THEMES
            for m in e.mentions
        ),
        key=lambda p: p[0],
    )
    if not issues:
        return
    for m in _REFERRING.finditer(text):
        start, end = m.start("np"), m.end("np")
        if not taken.free(start, end):
            continue
        here = _sentence_start(text, start)
        reach = _sentence_start(text, max(0, here - 2)) if here else 0
        target = _last_before(issues, reach, start)
        if target is not None:
            target.add(MentionRec(start, end, m.group("np"), SHORT))
            taken.take(start, end)


def _last_before(issues: list[tuple[int, EntityRec]], lo: int, hi: int) -> EntityRec | None:
    """The one issue named in ``lo:hi``; none when two are ("Forced labour and child labour remain
    widespread. The Plan aims to end this practice": which one, the text does not say)."""
    named = {ent.key: ent for end, ent in issues if lo < end <= hi}
    return next(iter(named.values())) if len(named) == 1 else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    start = max(0, at - 600)
    for m in _SENTENCE_END.finditer(text, start, at):
        start = m.end()
    return start
