"""A body's name run together with a person's: split into the body and the person.

A capitalized run may hold a body's name and the name of the official who heads it ("Director
of the Water Department Ana Ruiz said", "the European Commission Ursula von der Leyen"), a
second role ("Minister for Home Affairs and Chief of the Police Force") or a person who opens
it ("Meredith Dank of NYU Marron Institute"). These rules give back the body and the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.gazetteer import country_names
from kg.extract.given_name_list import given_names
from kg.extract.lexicon import (
    CONNECTORS,
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    FRAMEWORK_HEADS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    PLAN_HEADS,
    ROLE_WORDS,
    SPEECH_VERBS,
    STYLES,
    TITLES,
)
from kg.extract.office_words import office_word
from kg.extract.spans import Cand

# -- a body's name swollen by its official's name --------------------------------------------

_ROLES = frozenset(w for w in ROLE_WORDS | TITLES if " " not in w) | {"undersecretary", "counselor"}
_BODY_HEADS = ORG_HEADS | PLAN_HEADS | FRAMEWORK_HEADS | EVENT_HEADS
_HEADS = _BODY_HEADS | DEPARTMENT_WORDS
#: parts of a body named after it, never a surname: "… Authority Kisumu Branch"
_BODY_PARTS = frozenset(
    {"branch", "chapter", "station", "headquarters", "section", "desk", "cell", "wing", "camp"}
    | {"region", "county", "province", "district", "state", "east", "west", "north", "south", "central"}
)
_LEXICON = _HEADS | _ROLES | CONNECTORS | NOT_NAMES | _BODY_PARTS
_NAME_WORD = re.compile(r"(?:[A-Z]\.)+|[A-Z]|[A-Z][a-zà-ÿ’']+(?:-[A-Za-z][a-zà-ÿ’']*)*")
_AFTER_INITIAL = re.compile(r"\.[ \t]+[A-Z][a-zà-ÿ’'-]+")
#: A role before the body: "Director of the …", "Joint Secretary at the …", "chair of the ILO’s …",
#: "Secretary General of the …"
_ROLE_BEFORE = re.compile(
    r"\b(?i:" + "|".join(sorted((re.escape(w) for w in _ROLES), key=len, reverse=True)) + r")"
    r"(?:[ \t-](?i:General))?\s+(?:of|at|in|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*$"
)
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SAID_AFTER = re.compile(r"\s*(?:,|\b(?:" + _SPEECH + r")\b|along\b)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:]|$)")
#: a lower-case word after a name: its verb ("… Maria Keller represented UNHCR")
_VERB_AFTER = re.compile(r"\s+(?:also\s+)?[a-z]{3,}\b")
#: an office of a body after a name and a comma: "…, country director of ADB" (not "…, whose minister
#: chaired", "…, the deputy minister said")
_ROLE_AFTER = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+)?" + office_word() + r"[ \t]+(?:of|at|for)\b"
)


#: a surname with its particles after a given name: " von der Leyen", " de los Reyes"
_PARTICLED_SURNAME = re.compile(
    r"(?:[ \t]+(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")){1,2}"
    r"[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?(?![ \t]+(?:of|for|on)\b)"
)


def _person_tail(words: list[str]) -> int:
    """Index where a trailing person's name starts in ``words`` (2-4 name words), or -1."""
    n = len(words)
    for k in (2, 3, 4):
        if n - k < 1:
            break
        tail = words[n - k :]
        before = words[n - k - 1]
        if not all(_NAME_WORD.fullmatch(w) and w.lower() not in _LEXICON for w in tail):
            return -1
        low_before = before.lower().rstrip(",")
        if (
            low_before == "and"
            and n - k >= 3
            and words[n - k - 2].lower() in _HEADS
            and _whole_body(words[: n - k - 1])
        ):
            return n - k  # "Ministry of Finance and Edimon Ginting": a person after a whole body
        if low_before in CONNECTORS or not before[:1].isupper():
            continue
        if low_before in _LEXICON or before.isupper() or low_before in _ROLES or before in country_names():
            return n - k  # "… Commission Puspa Raj Kadel", "… Agency of Japan Shoko Sasaki"
        if tail[0] in given_names():
            if k < 4 and before in given_names() and n - k - 2 >= 1 and words[n - k - 2].lower() in _LEXICON:
                continue  # "… Assembly María| Fernanda Espinosa": two given names open the person's name
            return n - k  # "… Bureau for Europe Maria Keller": a given name opens the person's name
        # else try a longer tail: "… Commission Puspa| Raj Kadel" is "… Commission| Puspa Raj Kadel"
    return -1


def _whole_body(words: list[str]) -> bool:
    """Whether ``words`` are a body's whole name: a head word opens or closes it ("Ministry of
    Finance", "National Planning Commission")."""
    return words[0].lower() in ORG_HEADS or words[-1].lower() in ORG_HEADS


def split_official(text: str, c: Cand) -> list[Cand]:
    """ "Director of the Water Department Ana Ruiz said": the body, then the person."""
    if c.label != "Organization" or c.source != "pattern":
        return [c]
    words = c.text.split()
    if len(words) < 3:
        return [c]
    titled = _titled_split(text, c, words)
    if titled:
        return titled
    particled = _PARTICLED_SURNAME.match(text, c.end) if words[-1] in given_names() else None
    if particled is not None:  # "the European Commission Ursula| von der Leyen": the body, then the person
        person_start = c.end - len(words[-1])
        if len(words) > 3 and words[-2] in given_names():  # "… Maria Elena| de los Reyes"
            person_start = text.rindex(words[-2], c.start, person_start)
        body = text[c.start : person_start].rstrip()
        return [
            Cand(c.start, c.start + len(body), body, c.label, c.kb_id, c.source),
            Cand(person_start, particled.end(), text[person_start : particled.end()], "Person", "", c.source),
        ]
    at = _person_tail(words)
    if at < 0 or words[at - 1].lower() in _ROLES:
        return [c]
    joined = words[at - 1] == "and"  # "Ministry of Finance and Edimon Ginting, country director"
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[max(line_start, c.start - 80) : c.start]
    # "Inspector General of Police Ana Ruiz": an office, no body, before the person
    own_role = _ROLE_BEFORE.match(text[c.start : c.start + len(" ".join(words[:at])) + 1]) is not None
    if not joined and not own_role and not _ROLE_BEFORE.search(before):
        return [c]
    # a verb after the name ends it when a given name opens the name, or a body's head or its
    # country closes the body before it ("… Commission Puspa Raj Kadel presented the report")
    closed = words[at - 1].lower() in ORG_HEADS or words[at - 1] in country_names()
    verb_after = (words[at] in given_names() or (closed and not joined)) and _VERB_AFTER.match(text, c.end)
    # "led by State Secretary at the Ministry of the Interior Andrej Novak.": the sentence's end, too
    verb_after = verb_after or (words[at] in given_names() and _CLAUSE_END.match(text, c.end))
    if joined and words[at] not in given_names() and not _ROLE_AFTER.match(text, c.end):
        return [c]  # "Ministry of Industry and Mineral Wealth": words of a portfolio, not a person
    if not _SAID_AFTER.match(text, c.end) and not verb_after:
        return [c]  # "… Maria Keller represented": a given name and a verb after it end the name
    body = " ".join(words[: at - 1 if joined else at])
    person_start = c.start + len(" ".join(words[:at])) + 1
    if text[c.start : person_start - 1] != " ".join(words[:at]):
        return [c]
    person = Cand(person_start, c.end, text[person_start : c.end], "Person", "", c.source)
    if own_role:
        # "Inspector General of Police Ana Ruiz": the office is no body; "Commander of Ghana Navy …" names one
        of = _OF_THE.search(text, c.start, c.start + len(body))
        held = text[of.end() : c.start + len(body)] if of else ""
        return (
            [Cand(of.end(), of.end() + len(held), held, c.label, c.kb_id, c.source), person]
            if of and " " in held
            else [person]
        )
    return [Cand(c.start, c.start + len(body), body, c.label, c.kb_id, c.source), person]


#: a second role inside a body's name: "(Minister for) Home Affairs and Chief of the Police Force"
_SECOND_ROLE = re.compile(
    r"\s+and\s+(?:(?:Deputy|Vice|Acting|Assistant)\s+)?(?:"
    + "|".join(sorted((re.escape(w.capitalize()) for w in _ROLES if len(w) > 2), key=len, reverse=True))
    + r")\s+(?:of|for|at)\s+(?:the\s+)?(?=[A-Z])"
)


def after_second_role(text: str, c: Cand) -> Cand:
    """ "Deputy Minister for Home Affairs and Chief of Ghana Police Service": the portfolio before "and"
    is no body; the body is what the second role heads."""
    if c.label != "Organization" or " and " not in c.text:
        return c
    m = _SECOND_ROLE.search(text, c.start, c.end)
    if m is None or len(text[m.end() : c.end].split()) < 2:
        return c
    return Cand(m.end(), c.end, text[m.end() : c.end], c.label, c.kb_id, c.source)


def _titled_split(text: str, c: Cand, words: list[str]) -> list[Cand]:
    """ "Ministry of Water Affairs Secretary A.B. Okoro and …": cut the body before the first title
    that follows it and is followed by a name; each titled name is a person."""
    offsets: list[int] = []
    pos = c.start
    for w in words:
        pos = text.index(w, pos)
        offsets.append(pos)
        pos += len(w)
    cut = -1
    persons: list[Cand] = []
    for i in range(1, len(words) - 1):
        if words[i].lower() not in _ROLES or not words[i][:1].isupper():
            continue
        prev = words[i - 1]
        if not prev[:1].isupper() or prev.lower() in CONNECTORS:
            continue
        j = i + 1
        while j < len(words) and _NAME_WORD.fullmatch(words[j]) and words[j].lower() not in _LEXICON:
            j += 1
        if j - (i + 1) < 2 or (j < len(words) and words[j] != "and"):
            continue
        if cut < 0:
            cut = i
        start, end = offsets[i + 1], offsets[j - 1] + len(words[j - 1])
        if j == len(words) and len(words[-1]) == 1:
            rest = _AFTER_INITIAL.match(text, end)  # the body's name was cut at "Anil K|. Perera"
            end = rest.end() if rest else end
        persons.append(Cand(start, end, text[start:end], "Person", "", c.source))
    if cut < 0:
        return []
    body_words = words[:cut]
    while body_words and (body_words[-1].lower() in CONNECTORS or body_words[-1].lower() in _ROLES):
        body_words.pop()
    if len(body_words) < 2:
        return []
    end = offsets[len(body_words) - 1] + len(body_words[-1])
    return [Cand(c.start, end, text[c.start : end], c.label, c.kb_id, c.source), *persons]


_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def body_after_person(text: str, c: Cand, person_end: int) -> Cand:
    """The body's name after "<person> of (the)" when ``c`` opens with a person's name."""
    of = _OF_THE.match(text, person_end, c.end)
    if of is None or c.end - of.end() < 3:
        return c
    return Cand(of.end(), c.end, text[of.end() : c.end], c.label, c.kb_id, c.source)


def person_inside(c: Cand, persons: Sequence[tuple[int, int]]) -> int:
    """The end of the person whose name ``c`` opens inside and runs past, else -1.

    "Maria van den Berg of Utrecht University": the capitalized run the body's name is read
    from starts after the lower-case particles, inside the person's name ("Berg of …").
    """
    for start, end in persons:
        if start < c.start < end < c.end:
            return end
    return -1


def body_after_person_and(text: str, c: Cand, persons: Sequence[tuple[int, int]]) -> Cand:
    """The body's name after "<person> and" inside ``c``: "Interior Minister Ana Ruiz and Federal
    Investigation Agency chief …" is a titled person, then the body; the run held both.

    Only when the person's title is all the run holds before the name: "Kenya National Commission
    on Human Rights Chairperson Ana Ruiz and …" opens with a body, which the cut would lose."""
    for start, end in persons:
        if not (c.start < start and end < c.end and text.startswith(" and ", end) and c.end - end > 8):
            continue
        before = [w.lower().rstrip(".") for w in text[c.start : start].split()]
        if before and before[-1] in _ROLES and all(_title_word(w) for w in before):
            return Cand(end + 5, c.end, text[end + 5 : c.end], c.label, c.kb_id, c.source)
    return c


def _title_word(word: str) -> bool:
    """A word of a title and its portfolio ("Deputy Interior Minister", "Minister of Home Affairs"),
    never a body's head ("Commission"), nor a place or a name."""
    if word in _BODY_HEADS:
        return False
    return word in _ROLES or word in STYLES or word in DEPARTMENT_WORDS or word in CONNECTORS
