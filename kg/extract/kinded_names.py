"""Names with no head word that the text says the kind of: "Growth for Rural Advancement and Sustainable
Progress (GRASP) … GRASP is a six-year programme", "Action Against Trafficking in Persons and Smuggling of
Migrants in Nigeria (A-TIPSOM), a project funded by the EU".

A programme's or a body's own name often lacks a word like "Programme" or "Agency", so the shape rules
find no name; but the text defines its initials and then says what it is, in an apposition right after
the brackets or with "ACR is a …". That apposition types the long form: a plan for a project, programme,
initiative or strategy, an organization for an agency, organisation or network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.acronyms import long_form_before
from kg.extract.head_words import head_type

_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Za-z\-.&]{1,12})\)")
_KINDS = (
    r"(?P<kind>project|programme|program|initiative|strategy|campaign|scheme|action\s+plan|plan|"
    r"agency|organi[sz]ation|ngo|network|coalition|alliance|association)\b"
)
#: right after the brackets: ", a project", ", a three-year EU-funded programme", ", an NGO"
_APPOSED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?" + _KINDS, re.IGNORECASE)
#: a long form the initials matched from a capitalized function word on: the name's first word is the one
#: before it ("Action Against …", "Partners For …")
_FUNCTION_WORDS = frozenset(("Against", "For", "To", "Towards", "On", "In", "Of", "With"))
_LEAD_WORD = re.compile(r"[A-Z][\w’'-]*\s+$")
_PLAN_KINDS = frozenset(
    ("project", "programme", "program", "initiative", "strategy", "campaign", "scheme", "plan")
)


def _kind_of(text: str, acronym: str, after: int) -> str | None:
    """Plan or Organization, by what the text says the acronym is; None when it says nothing."""
    said = _APPOSED.match(text, after)
    if said is None:
        copula = re.search(
            r"\b" + re.escape(acronym) + r"\s+(?:is|was|will\s+be)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?" + _KINDS,
            text,
            re.IGNORECASE,
        )
        said = copula
    if said is None:
        return None
    kind = " ".join(said.group("kind").lower().split())
    return "Plan" if kind in _PLAN_KINDS or kind == "action plan" else "Organization"


def kinded_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of each long form with no head word whose kind the text states."""
    if "(" not in text:
        return
    for m in _DEFINED.finditer(text):
        acronym = m.group("acr")
        span = long_form_before(text, m.start(), acronym)
        if span is None:
            continue
        start, end = span
        name = text[start:end]
        if len(name.split()) < 3 or any(head_type(w) for w in name.split()):
            continue  # a head word's name is read by the shape rules
        kind = _kind_of(text, acronym, m.end())
        if kind is None:
            continue
        lead = _LEAD_WORD.search(text, max(0, start - 20), start)
        if lead is not None and name.split()[0] in _FUNCTION_WORDS:
            start = (
                lead.start()
            )  # "Action Against Trafficking … (A-TIPSOM)": the initial is the word before's
        yield start, end, kind
