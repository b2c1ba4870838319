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
    """ "2015", "(2021-2025)", "2030,": a year or a period."""
    return bool(re.fullmatch(r"\(?(?:19|20|21)\d{2}(?:[-–]\d{2,4})?\)?,?", word))


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
#: prepositions that open a sentence before "the" and a name ("Through the National Action Plan, …"),
#: not a name of their own ("Towards Zero Hunger Programme", "Across Borders Alliance")
OPENING_PREPOSITIONS = frozenset(("through", "towards", "toward", "across", "without", "amid"))

#: an instrument's head word that may close a name opening with a body's: "Council of Europe Convention"
#: (not "law": "Institute for Human Rights and Humanitarian Law" names a field of study)
_INSTRUMENT_ENDS = frozenset(("act", "bill", "convention", "protocol", "treaty", "charter"))
#: words that make the instrument a complement of the body: "Secretariat of the Basel Convention"
_COMPLEMENT_WORDS = frozenset(("the", "to", "under", "on"))


def instrument_named_by_body(words: list[str]) -> bool:
    """Whether a run whose head word is a body's or a meeting's names an instrument instead: "the
    Platform for Action", or an instrument's head word closing a compound after the body's name
    ("Council of Europe Trafficking Convention", "Department of Migrant Workers Act"); not a body
    "of the" instrument ("Secretariat of the Basel Convention", "Conference of the Parties to …")."""
    if " Platform for Action" in " " + " ".join(words):
        return True
    return (
        len(words) > 2
        and words[-1].lower() in _INSTRUMENT_ENDS
        and (words[-2][:1].isupper() or words[-2].startswith("("))
        and not any(w.lower() in _COMPLEMENT_WORDS for w in words[1:-1])
    )


#: a forum named for a cause is a body, not a meeting ("… Forum for Human Rights", "… Rights Forum")
_RIGHTS_FORUM = re.compile(r"\bForum for (?:[A-Z]\w+ )*Rights\b|\bRights Forum\b")


def body_by_shape(words: list[str]) -> bool:
    """Whether a run headed by a meeting's word is a body: a legislature, bare or a country's ("Congress
    passed the bill", "the U.S. Congress"), or a forum named for a cause
    ("Uzbek Forum for Human Rights", "International Labor Rights Forum")."""
    from kg.extract.gazetteer import country_forms

    if words[-1] == "Congress":  # not "the 18th Congress": a union's or a party's, a meeting
        return len(words) == 1 or " ".join(words[:-1]) in country_forms()
    return _RIGHTS_FORUM.search(" ".join(words)) is not None
