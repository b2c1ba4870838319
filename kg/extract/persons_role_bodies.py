"""The body a role phrase is held in, when it is named after the role, and whom "from the …"
names: "Tomas Berg, Head of Cooperation, Delegation of the EU to Ghana", "Ana Lind, President,
Lumbini Workers Association (LWA)", "Raj Thapa, from the Ministry of Labour and Employment".
Speakers' lines also write the office right after the name, with no comma: "Ambassador Ali Khan
Permanent Representative of Pakistan to the United Nations", "Ravi Rao CEO, NITI Aayog".

Participant lists and speakers' lines write the role and the body as two comma-separated
items; the body belongs to the role (the person speaks for it), unless another person's name
starts there.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.lexicon import ROLE_WORDS
from kg.extract.office_words import office_word
from kg.extract.persons_anchors import trie
from kg.extract.persons_apposed import OCCUPATIONS

#: ", Delegation of the European Union to Nepal" after "X, Head of Cooperation": up to the next
#: comma or semicolon, with the body's acronym
_BODY_AFTER_ROLE = re.compile(
    r",[ \t]+(?:the[ \t]+)?[A-Z][^,;:.\n“”\"()]{1,100}?(?:[ \t]*\([A-Z][\w-]*\))?"
    r"(?=[,;.\n]|[ \t]*\(|$|[ \t]+(?:said|says|told|added|noted|stated)\b)"  # "…, AU said": an acronym too
)
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][\w-]*\)")
_FROM_BODY = re.compile(
    r",[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][^,;:.\n“”\"()]{2,100}?(?:[ \t]*\([A-Z][\w-]*\))?"
    r"(?=[,;.\n]|[ \t]*\(|$)"
)
#: without an article, only a modifier may stand before the occupation: no clause word, preposition,
#: participle that opens a phrase or past-time word ("who met a researcher at", "speaking to a
#: researcher at", "formerly a researcher at"; not "visiting researcher at")
_NO_CLAUSE = (
    r"(?!(?:who|whom|whose|which|that|as|but|when|where|while|met|said|says|told|to|with|at|for|of|in|on|by"
    r"|from|into|about|an?|the|formerly|previously|former|once|then|ex)\b)"
    r"(?![\w’'-]*ing[ \t]+(?:to|with|at|for|of|in|on|by|from|an?|the)\b)"
)
#: ", a business and human rights researcher at Amnesty International", ", a shelter specialist for the
#: Norwegian Refugee Council (NRC)", ", Middle East women's rights researcher at Human Rights Watch": an
#: occupation at a body, after a name; the body's capitalized words only ("… at Amnesty International
#: who has visited …": not the clause after it)
_OCCUPATION_AT_BODY = re.compile(
    r",[ \t]+(?:(?:a|an)[ \t]+(?:[\w’'-]+[ \t]+){0,5}?|(?:"
    + _NO_CLAUSE
    + r"[\w’'-]+[ \t]+){0,5}?)(?:"
    + trie(sorted(OCCUPATIONS, key=len, reverse=True))
    + r")[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?"
    r"(?P<body>[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*[A-Z][\w’'&.-]*)*(?<![a-z]\.))"
    r"(?:[ \t]*\([A-Z][\w-]*\))?(?=[,;.\n]|$|[ \t]+[a-z])"
)


#: "who is", "who serves as" between a name and the office it holds now (not "who was": a former office)
WHO_HOLDS = r"(?:who[ \t]+(?:is|serves[ \t]+as)[ \t]+)"
#: the role words (lexicon.ROLE_WORDS) capitalized, as an office is written after a name: not the
#: words that name no office of a body ("expert", "official", "observer", "counterpart")
_OFFICES = sorted(
    (
        "CEO"
        if w == "ceo"
        else re.sub(r"(?:^|(?<=[ -]))[a-z]", lambda m: m.group().upper(), w).replace(" ", "[ \t]+")
        for w in ROLE_WORDS
        if w not in ("expert", "official", "observer", "counterpart", "md", "manger")
    ),
    key=len,
    reverse=True,
)
#: an office right after a name, no comma between: capitalized office words ending in a role word,
#: then "of/to/for/at" and the capitalized words of what it is held in
_OFFICE_AFTER = re.compile(
    r"[ \t]+(?P<role>(?:(?:Permanent|Deputy|Acting|Senior|Executive|Chief|Special|Vice|First|Second|Principal"
    r"|Regional|Country|Resident|Assistant|Managing|Under)[ \t-]+){0,3}"
    r"(?:" + "|".join(_OFFICES) + r")"
    r"(?:[ \t]+(?:of|to|for|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|and|to|for))*"
    r"(?<![ \t]of)(?<![ \t]the)(?<![ \t]and)(?<![ \t]to)(?<![ \t]for))?)"
    r"(?=[ \t]*(?:[,.;:\n]|$|\(|[ \t](?:said|says|told|and|in|at|on)\b))"
)


def office_after(text: str, persons: list[tuple[int, int]], name_end: int) -> tuple[int, int] | None:
    """(start, end) of an office written right after the name ending at ``name_end`` with no comma,
    with the body named after it ("… CEO, NITI Aayog"), or None."""
    m = _OFFICE_AFTER.match(text, name_end)
    if m is None or holds_person(persons, *m.span("role")):
        return None
    end = role_end_with_body(text, persons, m.end("role"))
    said = _SAID.search(text, m.end("role"), end)
    end = said.start() if said else end  # "…, Embassy of Kenya in Doha said the plan …": the body only
    joined = _AND_BODY.search(text, m.end("role"), end)
    return m.start("role"), joined.start() if joined else end  # not "CEO, NITI Aayog and UNDP": UNDP too


_SAID = re.compile(r"[ \t]+(?:said|says|told|added|stated)\b")
#: "and" before a second body's acronym or "the …": not "Ministry of Labour and Employment"
_AND_BODY = re.compile(r"[ \t]+and[ \t]+(?=the[ \t]|[A-Z]{2,}\b)")


#: where an office written after a name stops when no comma closes it: before a verb ("…, Minister
#: of the Interior of Peru signed the agreement", "… led the delegation") or "and" with an honorific
#: or another office ("… of Chile and the Hon. Lea Cruz", "… and the Minister of …"); not at words
#: that describe a body ("based", "related", "displaced")
_ROLE_STOP = re.compile(
    r"[ \t]+(?:(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|also|then|while|when"
    r"|during|after|before|led|met|spoke|held|took|gave|made|told|sign|signs|says|welcomes|announces"
    r"|launches|adopts|calls|urges|presents|opens|leads|meets)\b"
    r"|and[ \t]+(?:the[ \t]+)?(?:Hon|H\.[ \t]?E|Mr|Mrs|Ms|Dr|Prof|His|Her)\b"
    r"|and[ \t]+the[ \t]+(?=" + office_word() + r")"
    r"|(?!(?:based|related|affiliated|accredited|designated|displaced|united|concerned|elected"
    r"|appointed|seconded|trafficked|disabled|registered|recognized|recognised)\b)[a-z]{2,}ed\b)"
)
#: the words an office does not end with: "Minister of the", "Head of Cooperation and"
_DANGLING = frozenset(("of", "the", "for", "and", "to", "on", "in", "at", "&"))


def role_stop(
    text: str, persons: list[tuple[int, int]], start: int, end: int, *, closed: bool = False
) -> int:
    """Where the office written at ``start:end`` after a name really ends: before the next person
    named in it ("… of Chile and Lea Cruz"), and, unless a comma ``closed`` it, before a verb or an
    honorific or office after "and"."""
    if not closed:
        stop = _ROLE_STOP.search(text, start, end)
        end = stop.start() if stop else end
    at = bisect_left(persons, (start + 1, 0))
    if at < len(persons) and persons[at][0] < end:
        end = persons[at][0]
    words = text[start:end].rstrip(" \t,").split(" ")
    while len(words) > 1 and words[-1].rstrip(",") in _DANGLING:  # "Minister of Labour of Chile and"
        words.pop()
    return start + len(" ".join(words).rstrip(" \t,"))


def holds_person(persons: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``persons`` (sorted (start, end) spans) starts inside ``[start, end)``."""
    at = bisect_left(persons, (start, 0))
    return at < len(persons) and persons[at][0] < end


def next_holder(text: str, persons: list[tuple[int, int]], end: int) -> bool:
    """Whether an office ending at ``end`` after a name is followed by ", " and another name: in
    "The Chair of X, A, the Director of Y, B", the Director's office is B's, not A's."""
    at = bisect_left(persons, (end, 0))
    return at < len(persons) and text[end : persons[at][0]] == ", "


def joined_person(text: str, persons: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the first of ``persons`` inside ``[start, end)`` follows "and": a second person after
    the first one's office ("Minister of Labour and Lea Cruz, …"), not the office's holder."""
    at = bisect_left(persons, (start, 0))
    return at < len(persons) and persons[at][0] < end and text.endswith(" and ", start, persons[at][0])


def role_end_with_body(text: str, persons: list[tuple[int, int]], role_end: int) -> int:
    """Where a role phrase ending at ``role_end`` ends with the body named after it, if any."""
    body = _BODY_AFTER_ROLE.match(text, role_end)
    if body is None or holds_person(persons, *body.span()):
        return role_end
    acronym = _ACRONYM_AFTER.match(text, body.end())
    end = acronym.end() if acronym else body.end()
    for _ in range(3):  # "…, Regional Office for Africa, United Nations Environment Programme (UNEP)"
        more = _BODY_AFTER_ROLE.match(text, end)
        if (
            more is None
            or holds_person(persons, *more.span())
            or not _a_body(text, more.start() + 1, more.end())
        ):
            break
        acronym = _ACRONYM_AFTER.match(text, more.end())
        end = acronym.end() if acronym else more.end()
    return end


def _a_body(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (an item after a comma) names a body: a known one, one with an
    organization's head word, or one its acronym in brackets follows."""
    from kg.extract.gazetteer import body_names
    from kg.extract.head_words import head_type

    name = text[start:end].strip()
    name = name[4:] if name.startswith("the ") else name
    return (
        name in body_names()
        or name.endswith(")")  # its acronym in brackets
        or _ACRONYM_AFTER.match(text, end) is not None
        or any(head_type(w) == "Organization" for w in name.split() if w[:1].isupper())
    )


def from_body(text: str, persons: list[tuple[int, int]], name_end: int) -> tuple[int, int] | None:
    """(start, end) of "from the Ministry of Labour" or "a researcher at Amnesty International" right
    after a name ending at ``name_end`` and its comma."""
    body = _FROM_BODY.match(text, name_end)
    if body is None and (body := _OCCUPATION_AT_BODY.match(text, name_end)) is not None:
        from kg.extract.gazetteer import country_names

        if body.group("body") in country_names():
            return None  # "a consultant for Kenya": whom the work is for, not whom the person is of
    if body is None or holds_person(persons, *body.span()):
        return None
    return body.start() + 2, body.end()
