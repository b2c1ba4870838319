"""Persons named in capitals in a speech's salutation list: "H.E. ANA RUIZ, Minister of Labour of Peru".

A speech greets its guests one a line, each name in capitals and the office after a comma. The
person finder reads names by their capitals against lower-case letters, so it finds none there.
A run of two to four all-capital words is read as a name when a style opens it (H.E., Dr., Hon.,
Mr. …) or an office with lower-case letters follows its comma, and the line around it is not in
capitals (a headline in capitals names no one by its capitals). A style that is also a word, written
without its dot, marks only a run with a given name in it ("Madam AMINA MOHAMMED", not "Gov UK AID"),
and a run that holds a country's name is none ("UK AID", "SOUTH SUDAN"). The office, up to the clause's
end (not "ADDIS ABABA, Ethiopia, 5 May – The Director …": a dateline), is the person's role
phrase: it says whom the person acts for.

Without a style, a dateline or heading ("NEW YORK, Secretary-General X called …", "JOINT STATEMENT,
Minister of …") has the same shape, so the run must open its line and the office run to the line's
end, with no verb clause and no given name in it (an office before a name is that name's). A place,
a heading word or an office word ("Mr. VICE PRESIDENT") is no name.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import body_acronyms, holds_country_name, place_names
from kg.extract.given_name_list import given_names
from kg.extract.lexicon import GOVERNMENT_WORDS, STYLES, WORD_STYLES
from kg.extract.persons_anchors import ROLE_WORD

_WORD = r"[A-Z][A-Z’'-]*[A-Z]"


def _style(word: str) -> str:
    """A style written with or without its closing dot ("Hon", "Hon."); a dotted one ("H.E.", "H. E.")
    with all its dots."""
    return r"\.[ \t]?".join(map(re.escape, word.split("."))) + (r"\." if "." in word else r"\.?")


#: styles before the name: "H.E.", "Hon. DR.", "Mr.", "Shri"
_STYLE = "(?i:" + "|".join(_style(w) for w in sorted(STYLES, key=lambda w: (-len(w), w))) + ")"
_RUN = re.compile(
    r"(?<![\w.’'-])(?P<style>(?:" + _STYLE + r"[ \t]+)+)?"
    r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3})(?![\w’'-])"
    r"(?P<office>,[ \t]+(?P<role>[^;\n]*))?"
)
#: the office's clause ends at its first comma, dash or bracket: "…, the incoming President"
_CLAUSE_END = re.compile(r"[,(–—]|[ \t]-[ \t]")
_NOT_NAME_WORDS = frozenset(w.upper() for w in GOVERNMENT_WORDS) | {
    "REPUBLIC",
    "KINGDOM",
    "STATES",
    "NATIONS",
    "UNITED",
    "MINISTERS",
    "EXCELLENCIES",
    "EXCELLENCY",
    "PROTOCOLS",
    "LADIES",
    "GENTLEMEN",
    # heading words: "JOINT STATEMENT, Minister …", "FOR IMMEDIATE RELEASE, Director-General …"
    "STATEMENT",
    "RELEASE",
    "FINDINGS",
    "SUMMARY",
    "COMMUNIQUE",
    "COMMUNIQUÉ",
    "NOTE",
    "PRESS",
    "NEWS",
    "IMMEDIATE",
    "JOINT",
    "KEY",
    # an office's first word: "Mr. VICE PRESIDENT"
    "VICE",
    "DEPUTY",
    "ACTING",
}
#: what may open a salutation's line before the name: a bullet, a number, "Your Excellency,"
_LINE_OPENING = re.compile(r"[\s•·*▪◦‣–—>\d.)-]*(?P<exc>(?:Your[ \t]+)?Excellency,?[ \t]*)?")
#: the lower-case words an office on a salutation line holds: "Minister of Labour of the Republic"
_OFFICE_LOWER = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "to",
        "at",
        "a",
        "an",
        "de",
        "la",
        "du",
        "des",
        "del",
        "da",
        "y",
        "et",
        "our",
        "kind",
        "next",
        "host",
        "former",
        "incoming",
        "outgoing",
        "acting",
    }
)


def capital_names(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """(name, role phrase or None) of each person written in capitals in a salutation."""
    if not re.search(r"[A-Z]{2,}[ \t]+[A-Z]{2,}", text):
        return []
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    for m in _RUN.finditer(text):
        words = m.group("name").split()
        if (
            any(w in _NOT_NAME_WORDS or w in body_acronyms() for w in words)
            or holds_country_name([w.title() for w in words])
            or holds_country_name(words)
        ):
            continue  # "UNITED NATIONS", "UNDP ILO", "SOUTH SUDAN", "UK AID"
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not re.search(r"[a-z]", text[line_start : m.start("name")] + text[m.end("name") : line_end]):
            continue  # a headline or a line in capitals
        if " ".join(w.title() for w in words) in place_names() or ROLE_WORD.match(" ".join(words).title()):
            continue  # "KUALA LUMPUR, Deputy Prime Minister …", "Mr. VICE PRESIDENT, Excellencies"
        opening = _LINE_OPENING.fullmatch(text, line_start, m.start())
        styled = _styled(m.group("style"), words) or (
            opening is not None and opening.group("exc") is not None
        )
        if not styled and (opening is None or not _office_line(text, m, line_end)):
            continue  # "NEW YORK, Secretary-General X called on States …": a dateline
        role: tuple[int, int] | None = None
        if m.group("role") is not None:
            start = m.start("role")
            cut = _CLAUSE_END.search(text, start, m.end("role"))
            end = cut.start() if cut is not None else m.end("role")
            end = len(text[:end].rstrip(" \t.,:"))
            office = text[start:end]
            if re.search(r"[a-z]", office) and (
                ROLE_WORD.search(office) or office.startswith(("Represent", "represent"))
            ):
                role = (start, end)
        if role is not None and _names_someone(text[role[0] : role[1]]):
            role = None  # "…, Minister of Labour Ana Ruiz": the office is the name's after it
        if role is None and not styled:
            continue
        out.append(((m.start("name"), m.end("name")), role))
    return out


def _styled(style: str | None, words: list[str]) -> bool:
    """Whether the styles before a name mark it: any but a bare word-like one ("Gov", "madam"), or
    that one before a given name."""
    if style is None:
        return False
    if any(s.lower() not in WORD_STYLES for s in style.split()):
        return True
    places = place_names()
    return any(w.title() in given_names() and w.title() not in places for w in words)


def _office_line(text: str, m: re.Match[str], line_end: int) -> bool:
    """Whether the office after an unstyled name runs to its line's end and is an office alone."""
    if m.group("role") is None or not re.fullmatch(r"[\s;.,:]*", text[m.end("role") : line_end]):
        return False
    office = m.group("role")
    lower = re.findall(r"\b[a-zà-ÿ][\w’'-]*", office)
    return all(w in _OFFICE_LOWER for w in lower) and not _names_someone(office)


def _names_someone(office: str) -> bool:
    """Whether a given name follows the office's first word: "Secretary-General António Guterres"."""
    names = given_names()
    places = place_names()  # "Jordan", "Chad": a country, not a given name
    return any(w in names and w not in places for w in re.findall(r"[A-ZÀ-Þ][\w’'-]*", office)[1:])


def title_cased(label: str) -> str:
    """A person's name written in capitals, in title case: "SALVA-KIIR MAYARDIT" → "Salva-Kiir Mayardit"."""
    if any(c.islower() for c in label) or not any(c.isupper() for c in label):
        return label
    return " ".join(w.title() for w in label.split(" "))
