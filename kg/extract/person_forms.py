"""Persons' names in the forms news text writes them, and person candidates that are not names.

Found: a quoted nickname inside a name with a suffix (Rodrigo "Digong" Reyes Jr.), and the
names listed after a plural title ("Senators Ana Ruiz, Lea Cruz and Tomas "Tom" Vela").
Repaired: a title or a place opening a person's name ("Counselor Ana Ruiz", "Peru Ana Ruiz")
is cut off. Dropped: "persons" that are a place after "in" ("in San Jose, the minister …"),
a possessive ("Chile’s Presidency"), or common words ("Member States", "Free Movement").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from kg.extract.gazetteer import country_names, demonym_names
from kg.extract.lexicon import DEPARTMENT_WORDS, HEADLINE_VERBS, ORG_HEADS, PLAN_HEADS, ROLE_WORDS, TITLES
from kg.extract.person_names import md_opening, with_affixes
from kg.extract.spans import Cand

SOURCE = "pattern"

_W = r"(?!(?:Jr|Sr)\b)[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ’']+)*"
_SUFFIX = r"(?:\s+(?:Jr\.|Sr\.|Jr\b|Sr\b|III\b|II\b|IV\b))?"
#: First name(s), a quoted nickname, surname(s), a suffix: Rodrigo "Digong" Reyes Jr.
_NICKNAMED = re.compile(
    r"(?<![\w’'-])"
    + _W
    + r"(?:\s+"
    + _W
    + r")?\s+[“\"‘]"
    + _W
    + r"[”\"’]\s+"
    + _W
    + r"(?:\s+"
    + _W
    + r")?"
    + _SUFFIX
)
_PLAIN = _W + r"(?:\s+(?:[A-Z]\.|" + _W + r")){1,3}" + _SUFFIX
_ONE = r"(?:" + _NICKNAMED.pattern[len(r"(?<![\w’'-])") :] + r"|" + _PLAIN + r")"
#: "Senators Ana Ruiz, Lea Cruz and Tomas Vela": names after a plural title
_LISTED = re.compile(
    r"(?:Senators|Ministers|Ambassadors|Congressmen|Congresswomen|Representatives|Commissioners|"
    r"Councillors|Councilors|Judges|Messrs\.?|senators|officers|officials|ambassadors|ministers)\s+("
    + _ONE
    + r"(?:,\s+"
    + _ONE
    + r")*,?\s+and\s+"
    + _ONE
    + r")"
)
_ITEM = re.compile(_ONE)
#: Where a nickname may be: a quoted capitalized word followed by another ("“Digong” Reyes")
_NICK_AT = re.compile(r"[“\"‘][A-Z][a-zà-ÿ’']+[”\"’][ \t]+[A-Z]")
#: A military rank before a name: "General Ana Ruiz Vela of the Air Force"
_RANKED = re.compile(r"(?<![\w-])(?:General|Admiral|Colonel)[ \t]+(" + _PLAIN + r")")

#: Regnal titles stay: they are part of the name ("King Letsie III")
_REGNAL = frozenset({"king", "queen", "prince", "princess", "sheikh", "shaikh", "emir", "pope"})
_TITLE_WORDS = frozenset(w for w in TITLES | ROLE_WORDS if " " not in w and w not in _REGNAL) | {
    "counselor",
    "councillor",
    "councilor",
    "undersecretary",
    "senators",
    "admiral",
    "vice-admiral",
    "rear-admiral",
    "general",
    "brigadier",
    "commander",
    "major",
    "ministers",
    "ambassadors",
    "excellency",
    "his",
    "her",
}
#: Honorifics stay with the name ("Datuk Seri Ahmad Kamal", "Dr Ana Ruiz"): only offices are cut
_HONORIFICS = frozenset(
    {"datuk", "dato", "dato'", "datin", "seri", "tan", "sri", "tun", "dame", "sir", "lord", "lady"}
    | {"dr", "prof", "professor", "mr", "mrs", "ms", "rev", "reverend"}
    | {"hon", "honorable", "honourable", "h.e"}
)
_OFFICES = _TITLE_WORDS - _HONORIFICS
#: Words no person's name is made of (case-folded)
_NOT_NAME_WORDS = (
    ORG_HEADS
    | DEPARTMENT_WORDS
    | PLAN_HEADS
    | frozenset(
        {"states", "state", "parties", "party", "member", "members", "movement", "mobility", "free"}
        | {"presidency", "policies", "western", "eastern", "northern", "southern", "latin", "american"}
        | {"african", "asian", "european", "international", "regional", "global", "countries", "nations"}
    )
)
#: a word of a portfolio: capitalized, or in lower case as translated texts write it ("the Minister of
#: social policy of Ukraine Ana Ruiz"; the known place and the name after it hold the reading)
_PORTFOLIO_WORD = r"(?:[A-Z][\w’'-]*|(?!(?:and|the|for|who|was|said|says|has|had)\b)[a-z]{3,}(?![\w’'-]))"
#: "Ambassador to Jordan Ana Ruiz,", "Minister of Energy of Chile Ana Ruiz who": a title, its
#: portfolio, a place, then a run of capitalized words (the place and the name, split below)
_TITLE_PLACE_RUN = re.compile(
    r"(?:Minister|Ambassador|Secretary|Undersecretary|Director|Director-General|Commissioner|Consul|Envoy|"
    r"Coordinator|Co-ordinator|Representative)"  # "UN Resident Coordinator in Sri Lanka Hanaa Singer-Hamdy"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    + _PORTFOLIO_WORD
    # "Minister of Labour, Migration and Employment of Tajikistan Ana Ruiz": a portfolio's list
    + r"(?:(?:,|[ \t]+and)?[ \t]+"
    + _PORTFOLIO_WORD
    + r"){0,4})?"
    # "… of the Republic of Uzbekistan Ana Ruiz": a state's long name, "of" inside it
    r"[ \t]+(?:to|of|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<run>[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){2,7})"
    r"(?=[,;:]|\.(?:\s|$)|[ \t]+(?:who|said|says|and|at|on|has|had|was|is|explained|told|added|noted"
    r"|stated|spoke|met|made|gave|took|led|will|would|also|[a-z]{2,}ed)\b)"  # "… Enele Sopoaga spoke"
)
#: An Arabic honorific right before a name is written as part of it ("Sheikh Ali bin Said Al Amri")
#: "The Undersecretary for Tourism Policy, Ana Ruiz;": a title, its portfolio, a comma, the name; "The
#: Ministers of Labour, Ana Ruiz, of Health, …": the first of the officers a plural title lists
_PORTFOLIO_COMMA = re.compile(
    r"(?:Minister|Undersecretary|Under-Secretary|Secretary|Director|Commissioner|Ambassador)s?"
    r"[ \t]+(?:for|of)"
    r"[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w’'-]*){0,5},[ \t]+(?P<name>"
    + _PLAIN
    + r")(?=[;.]|,[ \t]+(?:said|who|and|of)\b|[ \t]+(?:said|says|told)\b)"
)
_POSSESSIVE = re.compile(r"[’']s\b")
_PLACE_BEFORE = re.compile(r"(?:^|[\s(])(?:in|at)\s+$")


def _strip_titles(text: str, c: Cand, places: AbstractSet[str]) -> Cand | None:
    words = c.text.split()
    drop = 0
    while drop < len(words) - 1 and words[drop].lower().rstrip(".") in _OFFICES:
        drop += 1
    if len(words) > 3 and words[0] in ("Right", "Rt", "Rt.") and words[1].lower().startswith("hon"):
        drop = 2  # "the Right Honourable Ana Ruiz", "Rt Hon Ana Ruiz": a style, not a name
    if drop == 0 and len(words) > 2:
        for k in (2, 1):
            if " ".join(words[:k]) in places and k < len(words) - 1:
                drop = k
                break
    if drop == 0 and words[0] in ("E.", "E") and text[max(0, c.start - 2) : c.start] == "H.":
        drop = 1  # "H.E. Ana Ruiz", "H.E Ana Ruiz": His Excellency, not an initial
    if drop == 0 or len(words) - drop < 2:
        return c  # "Undersecretary Ruiz": the title and surname stay together, for the resolver
    start = c.start
    for w in words[:drop]:
        start = text.index(w, start) + len(w)
    while text[start].isspace():
        start += 1
    return Cand(start, c.end, text[start : c.end], c.label, c.kb_id, c.source)


_NAME_AFTER = re.compile(r"\.?[ \t]+(" + _PLAIN + r")")


def _name_after(text: str, c: Cand) -> Cand | None:
    m = _NAME_AFTER.match(text, c.end)
    if m is None:
        return None
    return Cand(m.start(1), m.end(1), m.group(1), c.label, c.kb_id, c.source)


def _not_a_person(text: str, c: Cand, places: AbstractSet[str]) -> bool:
    name = c.text
    words = name.split()
    if len(words) == 1 and name.lower().rstrip(".") in _TITLE_WORDS:
        return True  # "Hon"
    if _POSSESSIVE.search(name):
        return True
    if any(w.lower() in _NOT_NAME_WORDS for w in words):
        return True
    if name in places:
        return True
    return bool(_PLACE_BEFORE.search(text, max(0, c.start - 6), c.start))


def person_forms(
    text: str, cands: list[Cand], places: AbstractSet[str], titled: Sequence[tuple[int, int, int]] = ()
) -> list[Cand]:
    """``cands`` with person candidates repaired or dropped, plus nicknamed and listed names and
    the names of ``titled`` (:func:`place_titled`, which the resolver also reads for their roles)."""
    out: list[Cand] = []
    for c in cands:
        if c.label != "Person" or c.source != SOURCE:
            out.append(c)
            continue
        fixed = _strip_titles(text, c, places)
        if fixed is not None and fixed.text.lower().rstrip(".") in _TITLE_WORDS:
            fixed = _name_after(text, fixed)  # "…, Hon. Ana Ruiz": the name, not the title
        if fixed is not None and _not_a_person(text, fixed, places):
            fixed = _from_md(text, fixed)  # "Member Md. Alamgir Hossain": the name from "Md."
        if fixed is not None and not _not_a_person(text, fixed, places):
            out.append(fixed)
    if "“" in text or '"' in text:
        for at in _NICK_AT.finditer(text):
            lo = max(0, at.start() - 40)
            m = _NICKNAMED.search(text, lo, at.end() + 60)
            if m and m.start() <= at.start() < m.end():
                out += _found(text, [m.span()], places)
    out += _found(text, ((start, end) for _role, start, end in titled), places)  # see place_titled
    if ", " in text:
        spans = (m.span("name") for m in _PORTFOLIO_COMMA.finditer(text) if _word_start(text, m.start()))
        out += _found(text, spans, places)
    if "General " in text or "Admiral " in text or "Colonel " in text:
        out += _found(text, (m.span(1) for m in _RANKED.finditer(text)), places)
    for m in _LISTED.finditer(text):
        if not _word_start(text, m.start()):
            continue
        base = m.start(1)
        items = ((base + i.start(), base + i.end()) for i in _ITEM.finditer(m.group(1)))
        out += _found(text, items, places)
    return [_with_affixes(text, c) if c.label == "Person" else c for c in out]


def _with_affixes(text: str, c: Cand) -> Cand:
    start, end = with_affixes(text, c.start, c.end)
    if (start, end) == (c.start, c.end):
        return c
    return Cand(start, end, text[start:end], c.label, c.kb_id, c.source)


def _from_md(text: str, c: Cand) -> Cand | None:
    """The shorter name from "Md." on, when a word before "Md." opens ``c`` (else None)."""
    start = md_opening(text, c.start, c.end)
    return None if start is None else Cand(start, c.end, text[start : c.end], c.label, c.kb_id, c.source)


def _word_start(text: str, pos: int) -> bool:
    return pos == 0 or not text[pos - 1].isalnum()


#: one or two capitalized words right before a title: "Indonesian Ambassador", "Deputy Minister"
_WORDS_BEFORE_TITLE = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){1,2}$")


def place_titled(text: str, places: AbstractSet[str]) -> list[tuple[int, int, int]]:
    """(role start, name start, name end) of each "Ambassador to Jordan Ana Ruiz" and "Minister
    of Energy of Chile Ana Ruiz" whose place is known: the role runs from the title (and the one
    or two capitalized words before it, "Indonesian Ambassador") to the place, the name after."""
    out = []
    for m in _TITLE_PLACE_RUN.finditer(text):
        if not _word_start(text, m.start()):
            continue
        run = m.group("run")
        words = run.split()
        for k in range(1, len(words) - 1):
            if "of" in words[k:] or "the" in words[k:]:
                continue  # the place's own "of" ("Republic of Uzbekistan") stays before the name
            if _known_place(words[:k], places) and 2 <= len(words) - k <= 4 and _name_run(words[k:], places):
                offset = m.start("run") + len(" ".join(words[:k])) + 1
                before = _WORDS_BEFORE_TITLE.search(text, max(0, m.start() - 40), m.start())
                out.append((before.start() if before else m.start(), offset, m.end("run")))
                break
    return out


def _name_run(words: list[str], places: AbstractSet[str]) -> bool:
    """Whether the words after the place can be a person's name: no office ("Seoul City Mayor",
    "Astana Hub Director"), no headline verb ("Meets Japanese Envoy"), no people's or country's
    form, no city."""
    forms = demonym_names()
    for w in words:
        low = w.lower().rstrip(".,")
        if low in ROLE_WORDS or low in TITLES or low in HEADLINE_VERBS or low in ORG_HEADS:
            return False
        if w in forms or w in places or w in country_names():
            return False
    return True


def _known_place(words: list[str], places: AbstractSet[str]) -> bool:
    """Whether ``words`` end in a known country: a place itself, a state's long name ("Republic of
    Korea"), or the portfolio's last words then one ("Population of the Republic of Tajikistan")."""
    if " ".join(words) in places:
        return True
    names = country_names()
    return any(
        " ".join(words[i:]) in names or " ".join(words[i:]) in places
        for i in range(len(words))
        if i == 0 or words[i - 1] in ("of", "the")
    )


def _found(text: str, spans: object, places: AbstractSet[str]) -> list[Cand]:
    found = []
    for start, end in spans:  # type: ignore[attr-defined]
        c = _strip_titles(text, Cand(start, end, text[start:end], "Person", "", SOURCE), places)
        if c is not None and len(c.text.split()) >= 2 and not _not_a_person(text, c, places):
            found.append(c)
    return found
