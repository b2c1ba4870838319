"""Whether a run of capitalized words can be a person's name.

Every person pattern ends with this check: a "name" made of a title, a head word of a body or
plan, a month or a noun for people ("the Chief Guest") is no one's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.gazetteer import demonym_names, place_names
from kg.extract.given_name_list import given_names
from kg.extract.lexicon import (
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    FRAMEWORK_HEADS,
    MONTHS,
    NOT_NAMES,
    ORG_HEADS,
    PLAN_HEADS,
    REGION_WORDS,
    ROLE_WORDS,
    STYLES,
    TITLES,
)
from kg.extract.name_words import OPENING_ADVERBS
from kg.extract.office_words import office_word

_POSSESSIVE = re.compile(r"[’']s$")
#: last words of a place's name that are no one's surname
_PLACE_ENDS = frozenset(
    (
        "Street", "Road", "Avenue", "Boulevard", "Highway", "Drive", "Square", "Airport", "Hotel", "Province",
        "District", "County", "Island", "Islands", "Stadium",
    )
)  # fmt: skip
#: the kinds of places in the plural, after a list of places ("the Prefects of Obock and Arta Regions"):
#: no one's surname, even after a given name
_PLACES_ENDS = frozenset(("Regions", "Provinces", "Districts", "Counties", "Prefectures", "Municipalities"))


def _plural(word: str) -> str:
    """The English plural of a head or role word: "strategy" → "strategies", "chairman" → "chairmen"."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


_BAD_NAME_WORDS = {
    w.capitalize()
    for w in NOT_NAMES
    | MONTHS
    | ROLE_WORDS
    | DEPARTMENT_WORDS
    | PLAN_HEADS
    | FRAMEWORK_HEADS
    | ORG_HEADS
    | EVENT_HEADS
} | {"The", "This", "President", "News", "Debate", "Mo", "General", "Mission", "Executive", "Rapporteur"}
# "Of" is capitalized only in a Title Case headline, never in a name: "Executive Director Of UNODC Meets …"
_BAD_NAME_WORDS |= {"Of"}
# words of bodies named after a person that the head words leave out: "the Jimmy Carter Presidential
# Library", "the Friedrich Ebert Stiftung", "the Queen Elizabeth Hospital" are no one's name
_BAD_NAME_WORDS |= {
    "Hospital", "Hospitals", "Library", "Libraries", "Presidential", "Stiftung", "Fondation", "Fundación",
    "Fundação", "Fondazione", "Stichting", "Museum", "Museums",
}  # fmt: skip
# nouns for people that are no one's name: "the Chief Guest", "Distinguished Delegates"
_BAD_NAME_WORDS |= {
    "Guest",
    "Guests",
    "Excellencies",  # "Your Excellencies, …": the audience of a speech
    "Delegates",
    "Distinguished",
    "Observer",
    "Press",
    "Briefer",
    "Participants",
    "Emeritus",  # "Professor Emeritus": a rank kept after retiring, after the title
    "Emerita",
}
# regions ("UNODC Representative for Central Asia noted"), and bodies named by their function
_BAD_NAME_WORDS |= REGION_WORDS | {
    "Prosecution",
    "Judiciary",
    "Sector",
    "Section",
    "Annex",
    "Article",
    "Chapter",
    "Paragraph",
}
# the plural of a plan's, an instrument's or a meeting's head ("Special Commissioner for Migration
# Agreements"), and a working group ("Chair of the Anti-trafficking Team"), are no one's name
_BAD_NAME_WORDS |= {
    _plural(w).capitalize() for w in PLAN_HEADS | FRAMEWORK_HEADS | EVENT_HEADS if w.isalpha()
} - {
    "Laws"  # a surname: "David Laws"
}
_BAD_NAME_WORDS |= {"Team", "Teams"}
# the plural of a role opens a list of people, and is no one's name: "Representatives Chris Smith, …"
_BAD_NAME_WORDS |= {_plural(w).capitalize() for w in ROLE_WORDS if " " not in w and w.isalpha()}
_ROLE_PARTS = frozenset(w.capitalize() for w in ROLE_WORDS)


@lru_cache(maxsize=16384)
def name_ok(name: str, *, min_words: int = 1) -> bool:
    """Whether ``name`` (at least ``min_words`` words) can be a person's name."""
    words = _POSSESSIVE.sub("", name).split()
    if len(words) < min_words:
        return False
    if any(w in _BAD_NAME_WORDS for w in words) and not _month_surname(words):
        return False
    if any(w.endswith("-based") for w in words):
        return False  # "the Nairobi-based Trace Kenya said": a body and its seat
    if words[-1] in _PLACES_ENDS:
        return False
    if words[-1] in _PLACE_ENDS and not (len(words) > 1 and words[0] in given_names()):
        return False  # "Abercromby Street", "Jomo Kenyatta Airport": a place (not "Andy Street", a mayor)
    if "-" in name and any(p.capitalize() in _ROLE_PARTS for w in words if "-" in w for p in w.split("-")):
        # "Mr Co-Chair", "Madam Vice-President", "Deputy Director-General", "Secretary-General":
        # a title, not a name
        return False
    return not all(len(w.rstrip(".")) == 1 for w in words)


_MONTH_WORDS = frozenset(w.capitalize() for w in MONTHS)


def _month_surname(words: list[str]) -> bool:
    """ "Theresa May", "Brian May": a month is a family name after a known given name, when it is the
    only word of the name that no name holds."""
    return (
        len(words) >= 2
        and words[-1] in _MONTH_WORDS
        and words[0] in given_names()
        and not any(w in _BAD_NAME_WORDS for w in words[:-1])
    )


def two_words_ok(name: str) -> bool:
    return name_ok(name, min_words=2)


#: an office written after a full name with no comma: "Mark Lyall Grant Permanent Representative"
_OFFICE_TAIL = re.compile(
    r"(?<=\w)[ \t]+(?:Permanent|Deputy|Acting|Minister|Director|Secretary|Representative|Ambassador|"
    r"Chairman|Chairperson|President|Commissioner|Spokesperson)\b.*$"
)
#: after one word taken for a name: the list of a portfolio goes on with a department's word
_PORTFOLIO_GOES_ON = re.compile(r"[ \t]+and[ \t]+(?P<next>[A-Z][a-z]+|[A-Z]{2,6})\b")


def name_before_office(name: str) -> int | None:
    """Where a run taken for a name ends before an office written after it with no comma, when
    what comes before is a name of two words or more ("Mark Lyall Grant Permanent Representative")."""
    office = _OFFICE_TAIL.search(name)
    return office.start() if office is not None and name_ok(name[: office.start()], min_words=2) else None


def portfolio_word(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``start:end`` after a comma is a portfolio's ("Minister of Labor,
    Invalids and Social Affairs"), not a name ("…, Retno and Australian Foreign Minister Penny Wong")."""
    if " " in text[start:end] or not text.endswith(", ", 0, start):
        return False
    goes_on = _PORTFOLIO_GOES_ON.match(text, end)
    if goes_on is None:
        return False
    # "…, Political and ICT Division": a portfolio's word itself, before an acronym
    return goes_on.group("next").lower() in DEPARTMENT_WORDS or (
        text[start:end].lower() in DEPARTMENT_WORDS and goes_on.group("next").isupper()
    )


#: "Md." or "Mohd." (Muhammad) opening a name is written as its first word: "Md. Shahidul Haque";
#: not Maryland after a city ("Bethesda, Md. Maria Lopez")
_MUHAMMAD = r"(?:Md|Mohd|Muhd|Mhd)\.?[ \t]+"
_MUHAMMAD_BEFORE = re.compile(r"(?<!,[ \t])(?<![\w.])" + _MUHAMMAD + "$")
#: "Md." opening the name, after the name word that may come before it ("Khandaker Md. Abdul Karim")
_MUHAMMAD_OPENING = re.compile(r"(?:[A-Z][a-z]{2,}[ \t]+)?" + _MUHAMMAD + r"(?=[A-Z])")
_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,})[ \t]+$")
_WORD_THEN_MD = re.compile(r"[A-Z][a-z]{2,}[ \t]+(?=" + _MUHAMMAD + r"[A-Z])")
#: "in Chittagong Md. …": a word after these is where, not whose
_WHERE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from|In|At|From)[ \t]+$")
#: titles, honorifics and ranks written before "Md." in South Asian texts: the lexicon's titles, styles
#: and offices ("Barrister Md. …") and these ("Alhaj Md. …", "Engineer Md. …")
_STYLES_BEFORE_MD = frozenset(
    w.capitalize() for w in TITLES | STYLES | ROLE_WORDS if w.isalpha()
) | {
    "Engineer", "Alhaj", "Alhajj", "Haji", "Hajji", "Doctor", "Justice",
    "Major", "General", "Admiral", "Lawyer", "Principal", "Mufti", "Maulana", "Hafez", "Hafiz",
}  # fmt: skip


def given_name_start(text: str, start: int) -> int:
    """Where the name at ``start`` goes on after an abbreviated "Md." opening it, and the name word
    before "Md." (else ``start``): the role after the name reads from there, as without them."""
    m = _MUHAMMAD_OPENING.match(text, start)
    return m.end() if m else start


def _name_word_before_md(text: str, word: re.Match[str]) -> bool:
    """Whether the capitalized word before "Md." is the name's ("Khandaker"): not a title, an honorific
    or a rank ("Barrister", "Alhaj", "Colonel"), a place or a demonym ("Bangladeshi"), nor a word after
    "in", "at" or "from" ("in Chittagong")."""
    w = word.group(1)
    return (
        name_ok(w)
        and w not in _STYLES_BEFORE_MD
        and w not in place_names()
        and w not in demonym_names()
        and _WHERE_BEFORE.search(text, max(0, word.start() - 6), word.start()) is None
    )


def with_affixes(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the name ``text[start:end]`` with its abbreviated "Md." before it and the period
    of its "Jr."/"Sr." after it, as the name is written ("Md. Shahidul Haque", "Ferdinand Marcos Jr.",
    "Ferdinand R. Marcos, Jr.")."""
    if text[end : end + 1] == "." and text[end - 3 : end] in (" Jr", " Sr"):
        end += 1
    elif text.startswith((", Jr.", ", Sr."), end):
        end += 5  # "Ferdinand R. Marcos, Jr.": the suffix after its comma
    before = _MUHAMMAD_BEFORE.search(text, max(0, start - 6), start) if start else None
    if before is None:
        return start, end
    start = before.start()
    # "Khandaker Md. Abdul Karim": a name word before "Md." is the name's too; not an office
    # ("Foreign Secretary Md. …") nor a place ("in Dhaka Md. …")
    word = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if word is not None and _name_word_before_md(text, word):
        start = word.start()
    return start, end


def md_opening(text: str, start: int, end: int) -> int | None:
    """Where "Md." starts in the name ``text[start:end]`` that a word before "Md." opens (else None):
    the shorter name to keep when the longer one is no one's ("in Chittagong Md. Alamgir Hossain")."""
    m = _WORD_THEN_MD.match(text, start, end)
    return m.end() if m else None


#: Regnal titles that open a name found by its verb ("signed by King Letsie III"): not the name's.
_REGNAL_TITLE = re.compile(r"(?:King|Queen|Prince|Princess|Emir|Pope)[ \t]+")
#: an adverb that opens the sentence right before a name: "Earlier Ana Ruiz, Climate Specialist, …"
_OPENING_ADVERB = re.compile(
    r"(?:"
    + "|".join(sorted((w.capitalize() for w in OPENING_ADVERBS), key=len, reverse=True))
    + r")[ \t]+(?=\S+[ \t]+\S)"
)
#: An honorific written as part of the name in news and official texts: "Sheikh Tamim bin Hamad Al Thani"
HELD_TITLE = re.compile(r"(?<![\w-])(?:Sheikh|Shaikh|Sheikha|Shaykh)[ \t]+$")


def untitled(text: str, start: int, end: int) -> int:
    """Start of the name after the regnal titles ("King Letsie III") or the sentence's opening adverb
    ("Earlier Ana Ruiz") at the start of ``text[start:end]``."""
    if (m := _OPENING_ADVERB.match(text, start, end)) is not None:
        start = m.end()
    while (m := _REGNAL_TITLE.match(text, start, end)) and m.end() < end:
        start = m.end()
    return start


#: a word that opens a portfolio or joins its parts, right before a name's first word
_PORTFOLIO_JOIN = re.compile(r"(?:\band|,|&|\bfor|\bof)[ \t]+$")
#: an office's portfolio opening before the name, in the same clause: "Minister for Crime, …"
_OFFICE_BEFORE = re.compile(
    r"(?:" + office_word() + r"|\b(?:Ministry|Department))[ \t]+(?:of|for)[ \t]+[^.;:!?\n]*$"
)
#: an abstract noun, the last word of a portfolio ("Policing", "Vulnerability"), never a given name
_ABSTRACT = re.compile(r"[A-Z][a-z]{2,}(?:ing|ity|tion|sion|ment|ness|ance|ence|ism)")


def portfolio_cut(text: str, start: int, end: int) -> int:
    """Where the name ``text[start:end]`` (found before a verb of saying) starts after the last word of
    an office's portfolio: "Minister for Crime and Policing Victoria Atkins said" gives "Victoria
    Atkins". The first of three words or more goes when it is an abstract noun or a department's word
    and follows "and", a comma, "for" or "of"."""
    words = text[start:end].split()
    if len(words) < 3 or words[0] in given_names():
        return start
    if not (_ABSTRACT.fullmatch(words[0]) or words[0].lower() in DEPARTMENT_WORDS):
        return start
    if not _PORTFOLIO_JOIN.search(text, max(0, start - 6), start) or not _OFFICE_BEFORE.search(
        text, max(0, start - 100), start
    ):
        return start  # "Thanking the donors, Florence Mwangi Kamau said": no office's portfolio
    return text.index(words[1], start + len(words[0]))


def in_headline_named(
    text: str, persons: list[tuple[int, int]], headline_end: int, titled: list[re.Match[str]]
) -> list[tuple[int, int]]:
    """``persons`` without those in a Title Case headline that no title (``titled``: the title-first
    matches) and no given name marks: there every word is capitalized, so "Continued Support,
    Assembly President Says" names no one."""
    if not headline_end:
        return persons
    titled_starts = {m.start("name") for m in titled}
    return [
        (start, end)
        for start, end in persons
        if start >= headline_end or start in titled_starts or text[start:end].split()[0] in given_names()
    ]
