"""Companies named with their legal form: "Barry Callebaut AG", "Unilever plc", "Nestlé S.A.",
"Thai Union Group PCL", "Sime Darby Plantation Bhd", "PT Indofood Sukses Makmur Tbk".

Supply-chain news names the firms it reports on this way, and no head word of the lexicon ends
such a name: without this, "Barry Callebaut AG" reads as a person and "Unilever plc" as nothing.
A legal form that is also a common abbreviation ("SA" for South Africa, "AG" for an
attorney-general, "SE" for south-east, "Co." for a county) counts only after two or more
capitalized words, none of them a title or a country's name ("the Deputy AG", "Sierra Leone AG"),
and only at the end of a phrase or before a verb ("SE Asia", "Co. Cork" are no companies).
A business's last word names a company too ("Qatar Airways", "Kaiyo Trading"), outside a headline in
title case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import holds_country_name
from kg.extract.headlines import title_case_headline_end
from kg.extract.lexicon import BUSINESS_WORDS, TITLES

#: legal forms that are nothing else: one capitalized word before them is enough ("Limited" and
#: "Holdings" are words of headlines too: "Land Holdings Remains Limited")
_SURE = (
    r"Ltd\.?|PLC|plc|Inc\.|Inc|Incorporated|LLC|L\.L\.C\.|LLP|GmbH|S\.A\.|S\.p\.A\.|SpA|N\.V\."
    r"|B\.V\.|Pty[ \t]+Ltd\.?|Pte\.?[ \t]+Ltd\.?|Sdn\.?[ \t]+Bhd\.?|Bhd\.?|Tbk\.?|K\.K\.|A/S"
    r"|S\.A\.S\.|S\.L\.|SARL|S\.A\.R\.L\.|PCL|Co\.,?[ \t]+Ltd\.?|Oyj"
)
#: legal forms that are also common abbreviations ("SA" South Africa, "AG" an attorney-general, "SE"
#: south-east, "Co." a county, "Corp." a corps): two capitalized words before them at least, no
#: capitalized word or noun after them ("SE Asia", "Co. Cork", "SA correspondent")
_SHORT = r"AG|SA|SE|NV|BV|AB|ASA|Corp\.?|Co\."

#: a capitalized word, or an initial ("J. Crew"); no other full stop: a sentence may end before it
_WORD = r"[A-Z](?:[\w’'&-]*|\.)"
#: the name's words: capitalized words, "&" between two of them ("Procter & Gamble"); not "and",
#: which joins two companies ("Kessler AG and Rivera S.A.")
_NAME = rf"{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,4}}"
_COMPANY = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME})[ \t]+(?P<form>{_SURE}|{_SHORT})(?![\w/-]|\.[A-Za-z])")
#: what may follow an ambiguous legal form: the end of the phrase, "and", or a verb of the news
_AFTER_SHORT = re.compile(
    r"[ \t]*(?:[,.;:)”\"’]|$)|[ \t]+(?:and|said|says|has|have|had|is|was|will|would|announced|joined|signed|"
    r"reported|welcomed|pledged|agreed)\b"
)
#: "PT Indofood Sukses Makmur Tbk": Indonesia's "PT" opens the name
_PT = re.compile(r"\bPT[ \t]+$")
#: words a company's name never opens with: a sentence's article, a preposition or an adverb
_NOT_FIRST = frozenset(
    (
        "The", "A", "An", "In", "At", "On", "By", "For", "From", "With", "Under", "Its", "Their", "Our",
        "This", "That", "Yesterday", "Today", "When", "While", "Both", "Also", "Meanwhile", "After", "Before",
        "Since", "If", "Although", "But", "And", "Only", "Last", "Earlier", "Later", "Now",
    )
)  # fmt: skip


#: a business by its last word (:data:`~kg.extract.lexicon.BUSINESS_WORDS`) after its own name
_BUSINESS = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME})[ \t]+(?P<form>{'|'.join(BUSINESS_WORDS)})(?![\w’'-])"
)


def company_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of every company named with its legal form or a business's last
    word in ``text``."""
    if any(word in text for word in BUSINESS_WORDS):
        headline_end = title_case_headline_end(text)  # "Access to Land Holdings Remains Limited"
        for match in _BUSINESS.finditer(text, headline_end):
            start, words, _titled = _name_start(text, match)
            if words:
                yield start, match.end("form"), "Organization"
    if not _HINT.search(text):
        return
    for match in _COMPANY.finditer(text):
        start, words, titled = _name_start(text, match)
        if not words or words[-1] == "&":
            continue
        if not _SURE_FORM.fullmatch(match.group("form")) and (
            titled or not _short_form_company(words) or not _AFTER_SHORT.match(text, match.end("form"))
        ):
            continue
        if _PT.search(text, max(0, start - 3), start):
            start -= 3
        yield start, match.end("form"), "Organization"


def _name_start(text: str, match: re.Match[str]) -> tuple[int, list[str], bool]:
    """Where the company's name starts, its words, and whether a title stood before them: the
    article, preposition, title or owner before a name is no part of it."""
    words = match.group("name").split()
    start = match.start("name")
    titled = False  # "Minister Ronald Lamola SA": a person after a title, not a company
    while words and (
        words[0] in _NOT_FIRST or words[0].lower() in TITLES or _OWNER_WORD.search(words[0])
    ):  # "Switzerland’s Barry Callebaut AG", "UK-based Unilever plc": the name follows
        titled = titled or words[0].lower() in TITLES
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end("name")
        words = words[1:]
    return start, words, titled


def _short_form_company(words: list[str]) -> bool:
    """Whether the words before an ambiguous legal form ("AG", "SA") name a company: two words or
    more, none a title, no country's name among them ("Barry Callebaut AG"; not "Deputy AG",
    "Sierra Leone AG")."""
    if len(words) < 2:
        return False
    return not any(w.lower() in TITLES for w in words) and not holds_country_name(words)


_SURE_FORM = re.compile(_SURE)
#: a word that says whose or where, before the company's name: "Switzerland’s", "UK-based"
_OWNER_WORD = re.compile(r"[’']s\Z|-based\Z")
_HINT = re.compile(r"[ \t,](?:" + _SURE + "|" + _SHORT + r")(?![\w/-])")


_ENDS_IN_FORM = re.compile(r"[ \t](?:" + _SURE + "|" + _SHORT + r")\.?\Z")


def company_like(label: str, iri: str | None = None) -> bool:
    """Whether an entity is a company: its name ends in a legal form, or it is a reference company."""
    return _ENDS_IN_FORM.search(label) is not None or "/org/company-" in (iri or "")
