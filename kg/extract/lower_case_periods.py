"""Plans in lower case that their period or the instrument they carry out names.

"a programme on human trafficking prevention and combat for the 2021-2025 period", "a plan to
implement the Global Compact for Safe, Orderly and Regular Migration": no capital marks these as
names, and their head words alone ("a programme", "a plan") are common nouns. A period of years, or
the named instrument the plan is written to carry out, makes them one specific plan, the one the
text reports (:mod:`~kg.extract.lower_case_names` reads those with a marked modifier, "a national …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import YEAR, YEAR_RANGE
from kg.extract.lower_case_names import IMPLEMENTED_NAME

_HEAD = r"(?:action[ \t]+plan|plan(?:[ \t]+of[ \t]+action)?|programme|program|strategy|roadmap)"
#: the years that close it: " for the 2021-2025 period", " for 2021-2025", " (2021-2025)", " 2021-2025"
_YEARS = (
    r"(?:,?[ \t]+for[ \t]+the[ \t]+(?:" + YEAR_RANGE + r")[ \t]+period\b"
    r"|,?[ \t]+for[ \t]+the[ \t]+period[ \t]+(?:" + YEAR_RANGE + r")\b"
    r"|,?[ \t]+for[ \t]+(?:" + YEAR_RANGE + r")\b"
    r"|[ \t]*\((?:" + YEAR_RANGE + r")\))"
)
#: "a programme on human trafficking prevention and combat for the 2021-2025 period": a topic in
#: lower case (two to eight words, no clause of its own) between the head and its years
_TOPIC_THEN_YEARS = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:new[ \t]+)?(?P<name>"
    + _HEAD
    + r"[ \t]+(?:on|for|against|to)"
    r"(?:[ \t]+(?!(?:which|that|who|was|were|is|are|will|would|has|have|had|and[ \t]+(?:the|a|its))\b)"
    r"[a-z][a-z-]*){2,8}?" + _YEARS + r")"
)
#: "a plan to implement the Global Compact for …": the plan and the instrument's capitalized name
_TO_CARRY_OUT = re.compile(
    r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?:new[ \t]+|national[ \t]+)?(?P<name>"
    + _HEAD
    + r"[ \t]+(?:to[ \t]+implement|for[ \t]+(?:the[ \t]+)?implementation[ \t]+of|for[ \t]+implementing)[ \t]+"
    + IMPLEMENTED_NAME
    + r")"
)
#: a period of years somewhere in the text (the first expression needs one)
_YEAR_RANGE_HINT = re.compile(YEAR + r"[ \t]*[-–]")
_WORDS = ("programme", "program", "plan", "strategy", "roadmap")


def period_plans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each plan in lower case closed by its years or named by the
    instrument it is written to implement."""
    if not any(w in text for w in _WORDS):
        return
    if _YEAR_RANGE_HINT.search(text):
        for m in _TOPIC_THEN_YEARS.finditer(text):
            yield m.start("name"), m.end("name"), "Plan"
    if "implement" in text:
        for m in _TO_CARRY_OUT.finditer(text):
            yield m.start("name"), m.end("name"), "Plan"
