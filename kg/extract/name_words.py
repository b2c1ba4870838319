"""Shapes of single words inside a run of capitalized words: years, acronyms, numbers.

:mod:`kg.extract.name_segments` cuts a run into names by them ("Vision 2050 Pillar 5", "the
Council of Europe, OSCE and …", "the … Act, No. 9208").
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Acronyms that name a ministry's portfolio, not a body ("Ministry of Posts, ICT and Innovation").
PORTFOLIO_ACRONYMS = frozenset(
    ["ICT", "ICTS", "IT", "SME", "SMES", "MSME", "MSMES", "HIV", "AIDS", "TVET", "WASH", "STI", "ECD"]
)
#: what may follow a comma in an instrument's name: "the … Act, No. 9208", "… Act, Chapter 12"
NUMBER_WORDS = frozenset(["No.", "No", "Cap", "Cap.", "Chapter"])


@lru_cache(maxsize=16384)
def is_year(word: str) -> bool:
    """ "2015", "(2021-2025)", "2030,", "2020/21": a year or a period."""
    return bool(re.fullmatch(r"\(?(?:19|20|21)\d{2}(?:[-–]\d{2,4}|/(?:(?:19|20|21)\d{2}|\d{2}))?\)?,?", word))


def is_acronym_word(word: str) -> bool:
    """ "OSCE", "IOM": two capitals at least, no lower-case letter."""
    return len(word) > 1 and word.isupper() and word.isalpha()


@lru_cache(maxsize=16384)
def is_paren_acronym(word: str) -> bool:
    """ "(NCCTIP)", "(UN-Habitat)": a bracketed word with two capitals at least."""
    return bool(re.fullmatch(r"\([A-Za-z][\w\-/]*\)", word)) and sum(c.isupper() for c in word) >= 2


#: adverbs that open a sentence, never a body's or plan's name ("Later the Human Rights Council …")
SENTENCE_ADVERBS = frozenset(
    ("now", "then", "later", "thus", "hence", "instead", "currently", "recently", "finally")
)
#: the words after a two-word plan head that close it or open its topic: "Policy and Plan of Action on …"
_AFTER_TWO_HEADS = frozenset(["of", "for", "on", "at", "to"])


def closes_two_plan_heads(after: list[str]) -> bool:
    """Whether the (up to two) words ``after`` "… Strategy and Roadmap" leave it one plan's name: none,
    a year, a topic ("… of Action on …"), or a place after "in" ("in Suva"; not "in 2018 and 2020")."""
    if not after or is_year(after[0]) or after[0] in _AFTER_TWO_HEADS:
        return True
    return after[0] == "in" and len(after) > 1 and not is_year(after[1])


#: words of time before a meeting's or body's name in a Title Case headline ("Upcoming United Nations
#: Environment Assembly"), never its first word; not "Next", "New" or "Recent" ("New Deal", "Recent
#: Developments Act")
TIME_ADJECTIVES = frozenset(("upcoming", "forthcoming"))
#: a backer's name glued to a plan's ("EU-funded", "Bank-financed" in "World Bank-financed"): the backer,
#: never a word of the plan's name (not "-led", "-driven": "Community-Led Total Sanitation" is a name)
_BACKER_WORD = re.compile(r"[A-Z][\w.&'’]*-(?:co-)?(?:funded|financed|backed|supported|sponsored|brokered)")
#: words that open a run of capitals without belonging to the name after them
LEADING_NOT_NAME = SENTENCE_ADVERBS | TIME_ADJECTIVES
#: adverbs that open a sentence right before a person's name ("Earlier Ana Ruiz, …", "Meanwhile Ana …")
OPENING_ADVERBS = SENTENCE_ADVERBS | frozenset(
    (
        "earlier", "meanwhile", "separately", "additionally", "moreover", "furthermore", "likewise",
        "similarly", "previously", "subsequently", "afterwards", "also", "today", "yesterday",
    )
)  # fmt: skip
#: prepositions that open a sentence before "the" and a name ("Through the National Action Plan, …"),
#: not a name of their own ("Towards Zero Hunger Programme", "Across Borders Alliance")
OPENING_PREPOSITIONS = frozenset(("through", "towards", "toward", "across", "without", "amid"))
#: people after a body's or meeting's head ("Forum Leaders", "General Assembly Speakers call …"): its
#: members or speakers, not the body
PEOPLE_NOUNS = frozenset(
    (
        "leaders", "ministers", "members", "delegates", "delegations", "participants", "officials", "chairs",
        "envoys", "speakers", "representatives", "experts", "officers", "ambassadors", "lawmakers",
        "negotiators",
    )
)  # fmt: skip
#: acts done to an instrument, opening a headline's phrase ("Kenya Leads Adoption of UN Resolution on
#: …"): the act, not the instrument's name
ACT_NOUNS = frozenset(
    (
        "adoption", "ratification", "implementation", "enactment", "signing", "approval", "passage", "launch",
        "endorsement",
    )
)  # fmt: skip
#: people a document goes to ("presented the Policy to Heads of Relevant Organizations"): after "to",
#: whom, never a word of the name
RECIPIENTS = PEOPLE_NOUNS | frozenset(("heads", "chiefs", "directors", "stakeholders", "partners"))


def not_name_lead(words: list[tuple[int, int, str]]) -> bool:
    """Whether a run's first word is no part of the name after it: "Kingston-based …" (where the body
    sits), or a backer's name glued to it, "EU-funded …", "World Bank-financed …" (the backer's words,
    up to and with the glued one)."""
    if words[0][2].endswith("-based"):
        return True
    return any(_BACKER_WORD.fullmatch(w[2]) for w in words[: min(4, len(words) - 1)])
