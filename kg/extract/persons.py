"""Persons by title and name shape, and the role phrases that describe them.

Found: a title before a name ("Ambassador Aamir Khan", "Minister of Foreign Affairs Julie Bishop",
"Secretary-General António Guterres", "Dr Jeremy Milsom", "regional director Chihoko Asada-Miyakawa"),
a name before an appositive role ("Victor Odero, Policy and Advocacy Advisor at …"), a name next to a
verb of saying ("said Sulaiman Jiffry Mohideen", "Jacob Ekinye announced") or after "by".

Role phrases go to the ``ROLES`` group (label ``ROLE``): the appositive around a name
("Pakistan’s Deputy permanent Representative to the UN, Ambassador Aamir Khan") and
definite descriptions that stand for a person met before ("the Pakistani envoy").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import body_names
from kg.extract.letters import UPPER
from kg.extract.lexicon import (
    GOVERNMENT_WORDS,
    ROLE_WORDS,
    SET_OFF_LETTERS,
    SPEECH_VERBS,
)
from kg.extract.office_words import OFFICE_NOUNS
from kg.extract.person_names import (
    HELD_TITLE,
    given_name_start,
    name_before_office,
    portfolio_cut,
    portfolio_word,
    untitled,
    with_affixes,
)
from kg.extract.person_names import name_ok as _name_ok
from kg.extract.person_names import two_words_ok as _two_words_ok
from kg.extract.persons_anchors import (
    ROLE_WORD,
    AnchoredScan,
    StartScan,
    before_blanks,
    comma_dot_bracket_starts,
    finditer_at,
    trie,
)
from kg.extract.persons_and import and_person
from kg.extract.persons_apposed import (
    name_after_behalf,
    name_of_place_said,
    name_then_body_said,
    name_then_occupation,
    name_then_who,
)
from kg.extract.persons_bracketed import bracketed
from kg.extract.persons_marked import marked_names
from kg.extract.persons_of_body import name_of_body
from kg.extract.persons_office_body import office_body_name, office_body_role
from kg.extract.persons_office_of import name_after_office_of
from kg.extract.persons_portfolio import portfolio_name
from kg.extract.persons_portfolio import role_start as portfolio_role_start
from kg.extract.persons_role_bodies import (
    WHO_HOLDS,
    from_body,
    holds_person,
    joined_person,
    next_holder,
    office_after,
    role_end_with_body,
    role_stop,
)
from kg.extract.persons_signature import signature_role
from kg.extract.persons_titles import _FREE_NAME, _NAME, TITLED, titled_matches
from kg.extract.persons_titles import _TITLE_ALT as _TITLE_ALT  # re-exported: tests compare the forms
from kg.extract.persons_titles import _TITLE_LOW as _TITLE_LOW
from kg.extract.role_gaps import ROLE_TAIL, lower_case_role, role_before_body, role_before_interjection
from kg.extract.role_starts import before_styles as _before_styles
from kg.extract.role_starts import object_of_verb
from kg.extract.role_starts import role_start as _role_start

_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
#: the name after a comma opens its own clause ("Thanking the Minister of Y, Ambassador X said"), not
#: an apposition closing the clause ("met the Minister of Y, X." or "…, X on Monday")
_VERB_AFTER_NAME = re.compile(
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4})?"  # "X of Pakistan said"
    r"[ \t]+(?:also[ \t]+)?(?:" + _SPEECH + r"|has|had|is|was|will|would|[a-z]+ed)\b"
)
_ROLE_END = (
    r"(?=[,.;:\n]|$|[ \t]+(?:" + _SPEECH + r")\b"  # "X, ILO Director noted …": any verb of saying
    # "X, Envoy to Peru and other officials"; not "Commissioner for Refugees and other Displaced Persons"
    r"|[ \t]+and[ \t]+(?:other|several|many|various|senior)[ \t](?![A-Z]))"
)
#: What follows a name in "Victor Odero, Policy and Advocacy Advisor at …" (or "Ana Ruiz (Peru), Chair of …").
_COMMA_ROLE = (
    r"(?:(?<=[JS]r)\.)?"  # "Ana Ruiz Jr., Minister of …"
    r"(?:[ \t]+\([A-Z][^()\n]{1,40}\))?"
    r"(?:,[ \t]+(?:" + "|".join(SET_OFF_LETTERS) + r")(?![\w-]))*"  # "X, PC, Attorney General of …"
    r",[ \t]+" + WHO_HOLDS + r"?"  # "X, who is chairman of Y"
    r"(?P<role>(?:the[ \t]+|an?[ \t]+)?(?:(?:["
    + UPPER
    + r"][\w’'-]*|\([A-Z]{2,8}\)|national|regional|deputy|senior|executive|permanent|cabinet|principal"
    r"|assistant|acting|former|special|country|programme|program|project|chief|interim|parliamentary"
    r"|vice|resident|managing|founding|technical|" + OFFICE_NOUNS + r")"
    r"[ \t]+(?:(?:and|of|for)[ \t]+)?){0,6}"
    r"(?:(?i:vice|co|under|deputy|assistant)-)?"  # "Vice-President", "Co-Chair", "Under-Secretary-General"
    r"(?i:" + trie(sorted(ROLE_WORDS, key=len, reverse=True)) + r")\b[^,.;:\n“”\"]{0,110}?)" + _ROLE_END
)
NAME_THEN_ROLE = re.compile(r"(?P<name>" + _FREE_NAME + r")" + _COMMA_ROLE)
#: The commas where NAME_THEN_ROLE's name can end (its anchors; see :mod:`persons_anchors`). Every match
#: opens with "," or "." or blanks before "(": it is tried only there (:func:`comma_dot_bracket_starts`).
_COMMA_ROLE_AT = re.compile(_COMMA_ROLE)
_SPEECH_AFTER = "said|says|added|stated|noted|explained|announced|by|according to|According to"
NAME_SAID = re.compile(
    r"(?:\b(?:"
    + _SPEECH_AFTER
    + r")[ \t]+(?P<after>"
    + _NAME
    + r"))|(?:(?<![\w’'-])(?P<before>"
    + _NAME
    + r")[ \t]+(?:"
    + _SPEECH
    + r")\b)"
)
# NAME_SAID's two branches apart, each opening with what Python's regex engine can skip to
_SAID_THEN_NAME = re.compile(
    r"(?:"
    + "|".join(w + r"(?<!\w" + w + r")" for w in _SPEECH_AFTER.split("|"))  # \b, looked back over
    + r")[ \t]+(?P<after>"
    + _NAME
    + r")"
)
_NAME_THEN_SAID = re.compile(r"(?P<before>" + _FREE_NAME + r")[ \t]+(?:" + _SPEECH + r")\b")
#: A verb of saying or "by" after a character that is not a word character: one scan for the
#: anchors of both speech branches (no verb of saying starts with "by").
_ATTRIBUTIONS = SPEECH_VERBS | {"by", "according to", "According to"}
_VERB_AT = re.compile(r"[^\w](?P<verb>" + trie(sorted(_ATTRIBUTIONS, key=len, reverse=True)) + r")\b")


def _speech_anchors(text: str) -> tuple[list[int], list[int]]:
    """Where _SAID_THEN_NAME can start (and 0), and the ends of names _NAME_THEN_SAID can take.

    The first: a word of _SPEECH_AFTER after a non-word character, among these verbs; the
    second: before the blanks before a verb of saying (not inside a word).
    """
    starts = [0]
    ends = []
    for m in _VERB_AT.finditer(text):
        q = m.start()
        starts.append(q + 1)
        if text[q] in " \t" and m.group("verb") not in ("by", "according to", "According to"):
            ends.append(before_blanks(text, q))
    return starts, ends


def name_then_role(text: str, rev: str | None = None) -> list[re.Match[str]]:
    """``list(NAME_THEN_ROLE.finditer(text))``, tried only before the commas that open a role.

    ``rev``: ``text[::-1]`` when the caller has it.
    """
    ends = [m.start() for m in finditer_at(_COMMA_ROLE_AT, text, comma_dot_bracket_starts(text))]
    if not ends:
        return []
    return AnchoredScan(NAME_THEN_ROLE, text, text[::-1] if rev is None else rev, ends).finditer()


def said_matches(text: str, rev: str | None = None) -> list[tuple[re.Match[str], str]]:
    """``NAME_SAID.finditer(text)`` with the name's group ("after" or "before"), from two faster scans.

    The branches cannot start at the same character (one opens with a lower-case verb, the
    other with a capital), so the leftmost of the two next matches is the next match of the
    alternation; a branch is searched again only when a match of the other overlaps its next.
    The name-first branch is tried only before verbs of saying (:class:`AnchoredScan`).
    """
    out: list[tuple[re.Match[str], str]] = []
    starts, ends = _speech_anchors(text)
    said = AnchoredScan(_NAME_THEN_SAID, text, text[::-1] if rev is None else rev, ends)
    after = StartScan(_SAID_THEN_NAME, text, starts)
    a = after.search(0)
    b = said.search(0)
    while a is not None or b is not None:
        if b is None or (a is not None and a.start() < b.start()):
            m, group = a, "after"
        else:
            m, group = b, "before"
        assert m is not None
        out.append((m, group))
        pos = m.end()
        if a is not None and a.start() < pos:
            a = after.search(pos)
        if b is not None and b.start() < pos:
            b = said.search(pos)
    return out


#: ``\b[Tt]he`` written to open with its letter (the check before it looks back over it).
ROLE_REF = re.compile(
    r"[Tt](?<!\w[Tt])he[ \t]+(?P<role>(?:["
    + UPPER
    + r"][\w’'-]*[ \t]+){0,3}(?:"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r"))\b(?![ \t]+["
    + UPPER
    + "])"
)
#: ROLE_REF found from its "he" (a literal the regex engine skips to in C), the "[Tt]" and the
#: word boundary before it looked back over; role words grouped by first letter. Matches one
#: character after ROLE_REF's, with the same ends.
_ROLE_REF_HE = re.compile(
    r"he(?<=[Tt]he)(?<!\w[Tt]he)[ \t]+(?P<role>(?:["
    + UPPER
    + r"][\w’'-]*[ \t]+){0,3}(?:"
    + trie(sorted(ROLE_WORDS, key=len, reverse=True))
    + r"))\b(?![ \t]+["
    + UPPER
    + "])"
)
_ROLE_BEFORE = re.compile(
    r"(?P<role>(?:(?:[A-Z][\w’'/()-]*|\([A-Z]+s?\)|of|to|in|at|the|and|for|permanent|deputy|regional|senior|"
    r"special|acting|former|state|assembly|general|" + OFFICE_NOUNS + r")[ \t]+){0,10}?"
    r"(?:[A-Z][\w’'/()-]*[ \t]+|\([A-Z]+s?\)[ \t]+)*?"
    r"(?i:(?:"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r"))(?:[ \t]+\([A-Z]+s?\))?(?:[ \t]+(?:to|in|of|at|for)[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*(?:[ \t]+\([A-Z]+\))?)*),?[ \t]+$"
)


#: ", Lorena Lando," after a role phrase: "IOM's Chief of Mission in Nepal, Lorena Lando, said".
_COMMA_NAME_COMMA = re.compile(r",[ \t]+(?P<name>" + _FREE_NAME + r")(?:,|(?=[.;](?:\s|$)))")
_CLAUSE_START = re.compile(r"[,.;:\n“”\"(]")
_ACRONYM_CLOSE = re.compile(r"[A-Z][\w&.-]{1,12}\)[ \t]*")


def _after_role(text: str, start: int) -> bool:
    """Is the clause that ends at ``start`` (a comma) a role phrase ("the Chief of Mission in Nepal")?"""
    lo = max(0, start - 120)
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, lo, start)), default=lo)
    if ROLE_WORD.search(text, cut, start) is not None:
        return True
    if cut > lo and text[cut - 1] == "(" and _ACRONYM_CLOSE.fullmatch(text, cut, start):
        # "the Secretary General of the Organization of American States (OAS), José Ruiz,": the
        # body's acronym in brackets closes the role
        return _after_role(text, cut - 1)
    # "the Special Rapporteur on trafficking in persons, especially women and children, Jane Doe,":
    # the role's own "especially …" clause
    if cut > lo and text[cut - 1] == "," and ROLE_TAIL.match(text, cut):
        return _after_role(text, cut - 1)
    return False


_NOT_PERSON_WORDS = frozenset(w.capitalize() for w in GOVERNMENT_WORDS) | {
    "Republic",
    "Kingdom",
    "States",
    "Nations",
    "Islands",
    "Province",
    "State",
    "County",
    "City",
    "University",
    "Rights",
}


def find_persons(text: str, titled: list[re.Match[str]] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every person name found by title, appositive or speech verb.

    ``titled``: :func:`titled_matches` of ``text`` when the caller has them.
    """
    for start, end in _find_persons(text, titled_matches(text) if titled is None else titled):
        if start and text[start - 1] in '‘“"' and text[end - 1 : end + 1].rstrip(",.;: ")[-1:] in '’”"':
            continue  # "Citing ‘Abject Poverty’, Secretary-General …": a quoted phrase
        if text[end - 2 : end] in ("’s", "'s"):
            end -= 2
        start, end = with_affixes(text, start, end)  # "Md. Shahidul Haque", "… Marcos Jr."
        # "Peru's Ana Ruiz said": the owner before the possessive is not part of the name
        owner_end = max(text.rfind("’s ", start, end), text.rfind("'s ", start, end))
        if owner_end >= 0 and _two_words_ok(text[owner_end + 3 : end]):
            start = owner_end + 3
        yield start, end


def _find_persons(text: str, titled: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    for start, end in _found(text, titled):
        yield untitled(text, start, end), end
        if text.startswith(" and ", end):
            partner = and_person(text, end, _NOT_PERSON_WORDS)
            if partner is not None:
                yield partner


def _found(text: str, titled: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    for m in titled:
        listed = portfolio_name(text, m)
        if listed is not None:  # "the Minister of Labour, Solidarity and Social Security, Ana Lima"
            if listed[1] and _name_ok(text[listed[0] : listed[1]], min_words=2):
                yield listed[0], listed[1]
            continue
        name = m.group("name")
        if portfolio_word(text, m.start("name"), m.end("name")):
            continue  # "Minister of Labor, Invalids and Social Affairs": the portfolio's next word
        cut = name_before_office(name) if not _name_ok(name) else None
        if cut is not None:  # "Ambassador Mark Lyall Grant Permanent Representative of …"
            yield m.start("name"), m.start("name") + cut
            continue
        if not _name_ok(name):
            # "the Ugandan envoy, Ambassador Grace Akello": try again where the "name" starts
            m = TITLED.match(text, m.start("name")) or m
            name = m.group("name")
        if not _name_ok(name) and (rank := _RANK.match(name)) and _name_ok(name[rank.end() :], min_words=2):
            yield m.start("name") + rank.end(), m.end("name")  # "Police Chief General Ana Ruiz": a rank
            continue
        if _name_ok(name) and not (m.group("title").lower().startswith("sir") and len(name.split()) < 2):
            start = m.start("name")
            held = HELD_TITLE.search(text, m.start("title"), start)  # "Sheikh Tamim bin Hamad Al Thani"
            yield (held.start() if held else start), m.end("name")
    for m in _COMMA_NAME_COMMA.finditer(text):
        if _name_ok(m.group("name"), min_words=2) and _after_role(text, m.start()):
            yield m.start("name"), m.end("name")
    rev = text[::-1]
    for m in name_then_role(text, rev):
        if _name_ok(m.group("name"), min_words=2):
            yield m.start("name"), m.end("name")
        yield from _joined_names(text, m)  # "X, Minister of A and Y, …"
    if " of " in text:
        yield from name_of_body(text, _NOT_PERSON_WORDS)
        yield from name_after_office_of(
            text, _two_words_ok, _NOT_PERSON_WORDS
        )  # "President of Peru Ana Ruiz"
        yield from name_of_place_said(text, _two_words_ok, _NOT_PERSON_WORDS)
    if ", " in text:
        yield from name_then_occupation(text, rev, _two_words_ok, _NOT_PERSON_WORDS)
        if "behalf of" in text or "peaking for" in text:
            yield from name_after_behalf(text, _two_words_ok, _NOT_PERSON_WORDS)
        if ", who " in text:
            yield from name_then_who(text, _two_words_ok, _NOT_PERSON_WORDS)
    if ", " in text or " (" in text:
        yield from name_then_body_said(text, _two_words_ok, _NOT_PERSON_WORDS)
    if ", " in text:
        yield from office_body_name(text, _two_words_ok, _NOT_PERSON_WORDS)  # "Director, UNDP Lan Tran"
    yield from (name for name, _role in bracketed(text, _two_words_ok))  # "X (EU Ambassador to Y)"
    yield from marked_names(text, _two_words_ok)  # "Jacqui Smith MP", "Chris Smith (R-NJ)"
    for m, group in said_matches(text, rev):
        if _name_ok(m.group(group), min_words=2) and not (
            group == "before" and _AFFILIATION_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            if m.group().startswith(("according", "According")) and not _AFTER_SOURCE.match(text, m.end()):
                continue  # "According to Rapid Assessment findings": a document, not a person
            if m.group(group) in body_names():
                continue  # "… to the United Nations said": a body the reference knows speaks
            yield portfolio_cut(text, m.start(group), m.end(group)), m.end(group)


def _joined_names(text: str, m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The names after "and" inside the office of ``m`` (a NAME_THEN_ROLE match), each with its own."""
    for joined in re.finditer(r"[ \t]and[ \t]+", text[m.start("role") : m.end("role")]):
        other = NAME_THEN_ROLE.match(text, m.start("role") + joined.end())
        if other is not None and _name_ok(other.group("name"), min_words=2):
            yield other.start("name"), other.end("name")


#: a military or police rank between an office and the name: "National Police Chief General X"
_RANK = re.compile(r"(?:Police[ \t]+)?(?:General|Admiral|Marshal|Brigadier|Colonel|Major|Commissioner)[ \t]+")
#: after a person cited as a source: "according to Ana Ruiz, …", "… Ana Ruiz of UNICEF"
_AFTER_SOURCE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:of|from|at|who)\b)")
#: "Amina Otieno of (the) Kenya Red Cross said": the words after "of" are whom she speaks for
_AFFILIATION_BEFORE = re.compile(r"[a-z’'][ \t]of[ \t]+(?:the[ \t]+)?$")


def find_roles(
    text: str,
    persons: list[tuple[int, int]],
    titled: list[re.Match[str]] | None = None,
    owners: set[tuple[int, int]] | None = None,
) -> Iterator[tuple[int, int]]:
    """Role phrases next to the persons found, and definite role descriptions; with ``owners``,
    only the role phrases of those persons (the others still bound how far a role reaches)."""
    for person, role in _roles_by_person(text, persons, titled):
        if owners is None or person in owners:
            yield role
    if owners is not None:
        return
    for m in _ROLE_REF_HE.finditer(text):
        yield m.start() - 1, m.end("role")
    yield from (role for _name, role in bracketed(text, _two_words_ok))


def _roles_by_person(
    text: str, persons: list[tuple[int, int]], titled: list[re.Match[str]] | None
) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(person, role phrase) for each role phrase next to a person."""
    titled = titled_matches(text) if titled is None else titled
    titled_at = {m.end("name"): m for m in titled}
    listed_roles = {}  # name's end → its title with the whole portfolio list
    for m in titled:
        listed = portfolio_name(text, m)
        if listed is not None and listed[1]:
            listed_roles[listed[1]] = (portfolio_role_start(text, m.start("title")), listed[2])
    prev_end = 0  # a role phrase does not reach back over the person before
    for start, end in persons:
        if end in listed_roles:
            yield (start, end), listed_roles[end]
            prev_end = max(prev_end, end)
            continue
        at = titled_at.get(end)
        bare = given_name_start(text, start)  # "Md. Ana Karim": the name without "Md." reads as before
        if at is not None and start < at.end("title") and bare > start:
            at = None  # "Foreign Secretary Md. Ana Karim": "Md." opens the name, it is no title (MD)
        pos = _before_styles(text, at.start("title"), at.end("title")) if at else start
        lo = max(0, pos - 160)  # nothing before pos - 160 counts: look no further back
        # "Minister of A, B and C X": the role opens before the title's commas
        comma_end = max(0, pos - 3 if at is None else min(pos - 3, at.start("title")))
        line_start = max(text.rfind("\n", lo, pos), text.rfind(",", lo, comma_end), pos - 160) + 1
        if prev_end <= pos:
            line_start = max(line_start, prev_end)
        prev_start = prev_end if prev_end <= pos else 0  # a role does not reach back over a person
        prev_end = max(prev_end, end)
        role_start = _role_start(text, line_start, pos)
        role_end = pos
        if (
            at is not None
            and line_start > 1
            and text[line_start - 1] == ","
            and text[line_start : at.start("title")].strip().lower() in ("", "his", "her")  # "his excellency"
        ):
            # "Pakistan’s Deputy permanent Representative to the UN, Ambassador Aamir Khan"
            lo = max(0, line_start - 160)
            before = max(
                text.rfind("\n", lo, line_start - 1), text.rfind(",", lo, line_start - 1), line_start - 160
            )
            earlier = _role_start(text, before + 1, line_start - 1)
            if ROLE_WORD.search(text, earlier, line_start - 1) and not holds_person(
                persons, earlier, line_start - 1
            ):  # not "…, UK Prime Minister Tom Lee, German Chancellor Ana Lind": Tom Lee's
                role_start, role_end = earlier, line_start - 1
            elif body := role_before_body(text, line_start - 1, max(lo, prev_start), persons, _role_start):
                role_start, role_end = body  # "The Permanent Secretary, Ministry of Labour, Dr Jane Doe"
            # else "Speaking at the launch, IOM Chief of Mission X": the title is the role
        while role_end > role_start and text[role_end - 1] in " \t,":
            role_end -= 1
        if text.endswith(" and", role_start, role_end):
            role_end = role_start  # "X, Minister of Labour of Chile and Y": the role is X's
        if at is None and not ROLE_WORD.search(text, role_start, role_end):
            role_start, role_end = (
                role_before_body(text, role_end, max(lo, prev_start), persons, _role_start)
                or office_body_role(text, pos, max(lo, prev_start), persons, _role_start)  # "X, UNDP Y"
                or lower_case_role(text, pos, max(lo, prev_start))  # "where the president of X, Y"
                or role_before_interjection(text, pos, prev_start, _role_start)
            )
        if (
            "," in text[role_end:pos]
            and _VERB_AFTER_NAME.match(text, end)
            and object_of_verb(text, role_start, role_end)
        ):
            role_end = role_start  # "Thanking the Foreign Minister of Norway, X said": not X's office
        titled_before = role_start < role_end and ROLE_WORD.search(text, role_start, role_end)
        if titled_before:
            yield (start, end), (role_start, role_end)
        signed = signature_role(text, start, end) if "\n" in text[end : end + 3] else None
        if signed is not None:
            yield (start, end), signed  # "Ambassador X\nU.S. Representative for …": a signature block
        after = NAME_THEN_ROLE.match(text, bare)
        if (
            after
            and text[after.end("name") : end] in ("", ".")  # "… Jr.": the suffix's period
            and (
                not holds_person(persons, *after.span("role"))
                or joined_person(text, persons, *after.span("role"))
            )
        ):
            # not "X, UK Prime Minister Y": Y's title; "X, Country Director, ILO Nepal": the body too;
            # "X, Minister of Labour and Y, …": up to "and"
            body_end = role_end_with_body(text, persons, after.end("role"))
            closed = text.startswith(",", after.end("role"))  # a comma ends the office's clause
            stop = role_stop(text, persons, after.start("role"), body_end, closed=closed)
            if titled_before and next_holder(text, persons, stop):
                continue  # "The Chair of X, A, the Director of Y, B": the second office is B's
            yield (start, end), (after.start("role"), stop)
        elif text.startswith((" ", "\t"), end) and (office := office_after(text, persons, end)) is not None:
            yield (start, end), office  # "Ambassador Ali Khan Permanent Representative of Pakistan to the UN"
        elif text.startswith(", ", end):  # "Mr X, from the Ministry of Labour", "X, a researcher at Y"
            spoken_for = from_body(text, persons, end)
            if spoken_for is not None:
                yield (start, end), spoken_for
