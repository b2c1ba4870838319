"""Where a reference body's name ends before "for": the area one of its offices covers ("the
International Labour Organization for South Asia") or the plan it pays for ("a grant from the World
Bank for the Coastal Plan").

A capitalized run reads "X for Y" as one name ("Fund for the Protection of Children"); when X is a
body the reference knows, "for Y" names no body of its own: the body acts, and a plan after "for" is
a name of its own.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import body_acronyms, body_names, country_names
from kg.extract.lexicon import FRAMEWORK_HEADS, PLAN_HEADS, REGION_WORDS

#: the area an office of a known body covers: "South Asia", "the Middle East", "Latin America and
#: the Caribbean"
_SCOPE = re.compile(
    r"(?:the[ \t]+)?(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|Middle|Latin"
    r"|Sub-Saharan|South-East|Southeast|North-East|Northeast|Horn[ \t]+of)[ \t]+)*(?:[A-Z][a-z]+)"
    r"(?:[ \t]+and[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)*[A-Z][a-z]+)?"
)
#: a plan or framework named after "for": "the Coastal Plan", "the National Adaptation Programme"
_ITEM_HEADS = {
    w.capitalize(): t for ws, t in ((PLAN_HEADS, "Plan"), (FRAMEWORK_HEADS, "Framework")) for w in ws
}
_ITEM = re.compile(r"(?:the[ \t]+)?(?P<name>(?:[A-Z][\w’'-]*[ \t]+){1,6}(?P<head>[A-Z][a-z]+))")


def before_scope(text: str, start: int, end: int) -> tuple[int, tuple[int, int, str] | None]:
    """The end of a reference body's name that runs on with "for …", and the plan or framework named
    after "for" (start, end, type), if it is one."""
    cut = text.find(" for ", start, end)
    while cut > 0:
        if text[start:cut] in body_names():
            scope = text[cut + 5 : end]
            if scope.removeprefix("the ") in country_names() or scope in body_acronyms():
                return cut, None
            if _SCOPE.fullmatch(scope) and any(w in REGION_WORDS or w == "East" for w in scope.split()):
                return cut, None
            item = _ITEM.fullmatch(text, cut + 5, end)
            if item is not None and item.group("head") in _ITEM_HEADS:
                return cut, (item.start("name"), end, _ITEM_HEADS[item.group("head")])
        cut = text.find(" for ", cut + 5, end)
    return end, None
