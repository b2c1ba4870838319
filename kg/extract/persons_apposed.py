"""Persons named by what stands next to the name, beyond titles and known role words.

- "Karim Haddad of Tunisia said": meeting coverage names a delegate by the country after the
  name and a verb of saying; the words after "of" are a short capitalized run right before
  the verb (a body with an organization's head word is :mod:`kg.extract.persons`' job).
- "Marta Vidal, a senior prosecutor, said": an apposition with "a"/"an"/"the" and a word for
  an occupation (prosecutor, judge, researcher …) follows a name of two words or more;
  so does "speaking on behalf of", "speaking for" or "speaking as" ("Tevita Fifita, speaking
  on behalf of the Forum, said").

Both want the name to open a clause ("The Community of West African States, speaking …" is not
a name). "Amara Diallo (Senegal) said" is left to titles: "Nuevo León (Mexico) said" has the
same shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.head_words import head_type
from kg.extract.letters import UPPER
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.persons_anchors import AnchoredScan, comma_dot_bracket_starts, finditer_at, trie
from kg.extract.persons_titles import _FREE_NAME

_U = "[" + UPPER + "]"
_SAY = trie(sorted(SPEECH_VERBS - {"states", "say"}, key=len, reverse=True))
#: " of Tunisia said", " of the Gambia, said", " of Trinidad and Tobago stressed"
_OF_PLACE_SAID = re.compile(
    r"of(?<=[a-z’'][ \t]of)[ \t]+(?:the[ \t]+)?"
    + _U
    + r"[\w’'-]*(?:[ \t]+(?:and[ \t]+)?"
    + _U
    + r"[\w’'-]*){0,2}(?:[ \t]+\([A-Z]{2,}\))?,?[ \t]+(?:"
    + _SAY
    + r")\b"
)
_NAME_BEFORE = re.compile(r"(?P<name>" + _FREE_NAME + r")$")
#: the name opens a clause: "Karim Haddad of …", ". Karim Haddad of …", "and Karim Haddad of …"
_CLAUSE_START = re.compile(r"(?:^|[\n.,;:(“\"]|\b(?:and|while|whereas))[ \t]*$")

OCCUPATIONS = frozenset(
    (
        "activist",
        "adviser",
        "advisor",
        "analyst",
        "official",
        "officer",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "staffer",
        "campaigner",
        "commander",
        "consultant",
        "diplomat",
        "doctor",
        "economist",
        "editor",
        "expert",
        "farmer",
        "founder",
        "co-founder",
        "inspector",
        "journalist",
        "judge",
        "lawyer",
        "magistrate",
        "mediator",
        "negotiator",
        "nurse",
        "professor",
        "prosecutor",
        "researcher",
        "scholar",
        "scientist",
        "social-worker",
        "specialist",
        "survivor",
        "teacher",
        "trader",
    )
)
_OCCUPATION = (
    # ", an IOM official", ", a senior International Organization for Migration (IOM) official"
    r"(?:,[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:(?:[A-Z][\w’'-]*|\([A-Z]{2,8}\))[ \t]+(?:(?:for|of|on|and)[ \t]+)?){0,7}(?:"
    + trie(sorted(OCCUPATIONS, key=len, reverse=True))
    + r")s?\b(?=[ \t]*(?:[,.;:]|who\b|with\b|at\b|for\b|of\b|from\b|in\b|and\b))"
    # ", Climate Change Specialist, UNDP": a job title, capitalized, needs no article
    r"|,[ \t]+(?:(?:[A-Z][\w’'-]*|\([A-Z]{2,8}\))[ \t]+(?:(?:for|of|on|and)[ \t]+)?){0,5}(?:"
    + trie(sorted((w.capitalize() for w in OCCUPATIONS), key=len, reverse=True))
    + r")\b(?=[ \t]*(?:[,.;:]|at\b|for\b|of\b|with\b|in\b))"
    r"|(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+speaking[ \t]+(?:also[ \t]+)?(?:on[ \t]+behalf[ \t]+of|for|as)\b)"
)
#: every match opens with "," or with "(" after blanks or none: it is tried only there
_OCCUPATION_AT = re.compile(_OCCUPATION)
_NAME_OCCUPATION = re.compile(r"(?P<name>" + _FREE_NAME + r")" + _OCCUPATION)


def name_of_place_said(
    text: str, name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Names before "of" + a short capitalized run + a verb of saying ("Karim Haddad of Tunisia said")."""
    for of in _OF_PLACE_SAID.finditer(text):
        end = of.start() - 1
        lo = max(0, end - 80)
        m = _NAME_BEFORE.search(text, lo, end)
        if m is None:
            continue
        if _opens_clause_as_name(text, m, name_ok, not_person):
            yield m.start(), m.end()


def _opens_clause_as_name(
    text: str, m: re.Match[str], name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> bool:
    """The match's "name" group is a person's name of two words or more that opens a clause."""
    name = m.group("name")
    return (
        " " in name
        and name_ok(name)
        and not any(w in not_person for w in name.split())
        and _CLAUSE_START.search(text, max(0, m.start() - 12), m.start()) is not None
    )


def name_then_occupation(
    text: str, rev: str, name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Names before ", a senior prosecutor," (tried only before such commas: :class:`AnchoredScan`)."""
    ends = [m.start() for m in finditer_at(_OCCUPATION_AT, text, comma_dot_bracket_starts(text))]
    if not ends:
        return
    for m in AnchoredScan(_NAME_OCCUPATION, text, rev, ends).finditer():
        if _opens_clause_as_name(text, m, name_ok, not_person):
            yield m.start("name"), m.end("name")


#: "Speaking for Bhutan, Name welcomed …", "On behalf of the Group, Name said …": the phrase
#: opens the clause, the name right after its comma is the speaker (a verb, not a comma, follows).
_BEHALF_THEN_NAME = re.compile(
    r"(?:[Ss]peaking[ \t]+(?:also[ \t]+)?(?:on[ \t]+behalf[ \t]+of|for)|On[ \t]+behalf[ \t]+of)[ \t]+"
    r"(?:the[ \t]+)?" + _U + r"[^,.;:\n“”\"]{1,80},[ \t]+(?P<name>" + _FREE_NAME + r")(?=[ \t]+[a-z])"
)


def name_after_behalf(
    text: str, name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Names right after "Speaking for <Body>," when a verb follows ("… Bhutan, Karma Dorji urged")."""
    from kg.extract.gazetteer import country_names

    countries = country_names()
    for m in _BEHALF_THEN_NAME.finditer(text):
        name = m.group("name")
        if " " not in name or name in countries or any(w in not_person for w in name.split()):
            continue
        if name_ok(name):
            yield m.start("name"), m.end("name")


#: ", who heads", ", who was appointed": a relative clause about a person right after the name
#: (a singular verb: "Rohingya Muslims, who fled …" and "…, who are …" name groups, not a person)
_WHO_CLAUSE = re.compile(r",[ \t]+who[ \t]+(?:is|was|has|also[ \t]+[a-z]+s|currently[ \t]+[a-z]+s|[a-z]+s)\b")


def name_then_who(
    text: str, name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Names of two words or more that open a clause and take ", who …" ("Ana Ruiz, who heads …")."""
    from kg.extract.gazetteer import country_names

    countries = country_names()
    for who in _WHO_CLAUSE.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, who.start() - 60), who.start())
        if m is None or _body_words(m.group("name"), countries):
            continue  # "ActionAid Kenya, who …", "the Migrant Workers Centre, who …": a body
        if _opens_clause_as_name(text, m, name_ok, not_person):
            yield m.start("name"), m.end("name")


def _body_words(name: str, countries: frozenset[str]) -> bool:
    """Whether ``name`` holds a country's name or a head word: a body's name, not a person's."""
    return any(w in countries or head_type(w) for w in name.split())


#: ", UNICEF, said", " (ILO) told": the body a speaker speaks for set off after the name, then the
#: verb. The set-off words must be a body the reference knows ("Nuevo León (Mexico) said" is a
#: place, "the Migrant Forum (MFA) said" a body with its acronym).
_BODY_SAID = re.compile(
    r"(?:,[ \t]+(?P<comma>[A-Z][\w&.’'-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)?[A-Z][\w&.’'-]*){0,5}),"
    r"|[ \t]+\((?P<paren>[A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,3})\))[ \t]+(?:" + _SAY + r")\b"
)


def name_then_body_said(
    text: str, name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Names before ", <known body>, said" or " (<known body>) said" ("Ana Ruiz, UNICEF, said")."""
    from kg.extract.gazetteer import body_acronyms, body_names, country_names

    countries = country_names()
    for said in _BODY_SAID.finditer(text):
        body = said.group("comma") or said.group("paren")
        if body not in body_names() and body not in body_acronyms():
            continue
        m = _NAME_BEFORE.search(text, max(0, said.start() - 60), said.start())
        if m is None or _body_words(m.group("name"), countries):
            continue
        if _opens_clause_as_name(text, m, name_ok, not_person):
            yield m.start("name"), m.end("name")
