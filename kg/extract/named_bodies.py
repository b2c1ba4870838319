"""Bodies whose names have no head word of the lexicon: "the Public Prosecution" (a prosecution
service by its usual name), "Safe Haven, a non-governmental organization …", "a Lima-based NGO,
Safe Haven," and "the charity Safe Haven" (a body the text says is a body, right beside its name).

"Prosecution" is no head word on its own ("the Prosecution of Traffickers Act"); after "the
Public" it names a body. A body's mission to a country is :mod:`kg.extract.posts_abroad`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteer import demonym_names
from kg.extract.head_words import head_type
from kg.extract.lexicon import ROLE_WORDS, TITLES
from kg.extract.place_pairs import REGIONS

#: "the Public Prosecution brought 40 cases": not "the Public Prosecution of …", "… Prosecution Act".
#: (the head word first, a literal; then "the Public" just before it)
_PROSECUTION = re.compile(
    r"Prosecution\b(?![ \t]+(?:of|Act|Law|Bill|Service|Office|Department|Authority)\b)(?!['’-])"
)
_THE_PUBLIC = re.compile(r"[Tt]he[ \t]+(?P<word>Public|State|Crown|General)[ \t]+\Z")
_NOT_SENDERS = frozenset(["The", "A", "An", "This", "Its", "Their", "Our", "His", "Her", "Permanent"])

_BODY_NOUN = (
    r"(?:non-governmental[ \t]+organi[sz]ation|NGO|charity|civil[ \t]+society[ \t]+organi[sz]ation"
    r"|(?:rights|advocacy|women’s|women's|workers’|workers'|migrants’|migrants')[ \t]+group"
    # "a non-profit group", "a human rights organisation", "a think tank", "a trade union"
    r"|(?:non-?profit|not-for-profit|anti-trafficking|anti-slavery|human[ \t]+rights|humanitarian|faith-based"
    r"|community-based|advocacy|research|environmental|youth-led|women-led)[ \t]+"
    r"(?:group|organi[sz]ation|charity|institute|network|foundation)"
    r"|non-?profit|think[ \t-]tank|trade[ \t]+union)"
)
#: "Safe Haven, a local non-governmental organization that …": the apposition first (a literal comma)
_BODY_APPOSITION = re.compile(
    r",[ \t]+an?[ \t]+(?:(?:local|national|regional|international|small|leading|grassroots|"
    r"[A-Z][\w’'-]*-based)[ \t]+){0,2}(?:"
    + _BODY_NOUN
    # "Migrante International, a group of Filipino migrants", "…, a coalition of 40 unions"
    + r"|(?:group|coalition|network|alliance|federation|association|union)[ \t]+of[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,3}(?:migrants|workers|unions|organi[sz]ations|groups|lawyers|NGOs|women"
    r"|employers|associations|activists|survivors|refugees|returnees|domestic[ \t]+workers))\b"
    # the body noun ends the phrase: not "a trade union leader", "a charity worker", "a think tank analyst"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:that|which|who|whose|based|in|on|of|for|with|working|founded|run|led"
    r"|headquartered|focused|focusing|dedicated|active|operating|from|and|helping|supporting|campaigning)\b)"
)
_NAME_BEFORE = re.compile(
    r"(?:(?<=[a-z,][ \t])|(?<=\n)|(?<=[.;:!?][ \t])|(?<=[.;:!?][ \t][ \t])|(?<=^))"
    r"[A-Z][\w’'\-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+)?[A-Z][\w’'\-]*){0,4}\Z"
)
#: "a Lima-based NGO, Safe Haven, …": the name set off after the body noun
_BODY_THEN_NAME = re.compile(
    r"\ban?[ \t]+[A-Z][\w’'-]*-based[ \t]+"
    + _BODY_NOUN
    + r",[ \t]+(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+)?[A-Z][\w’'\-]*){0,4}),"
)
#: "the non-governmental organization Maiti Nepal", "the charity Safe Haven": the name right after
#: the definite body noun, up to a lower-case word or a stop
_THE_BODY_NAME = re.compile(
    r"\b(?:[Tt]he[ \t]+(?:(?:local|national|women's|[A-Z][\w’'-]*-based)[ \t]+)?"
    r"|(?P<demonym>Local|[A-Z][a-z]+)[ \t]+)"
    + _BODY_NOUN
    + r"[ \t]+(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+)?[A-Z][\w’'\-]*){0,4})"
    r"(?=[ \t]+[a-z]|[,.;:)]|$)"
)
#: "Amina Otieno of the Kenya Red Cross said": after a person's name (two capitalized words, no
#: title), "of the" and a capitalized run before a verb of saying name whom the person speaks for.
_OF_THE_BODY_SAID = re.compile(
    r"(?<![\w’'-])(?P<person>[A-Z][\w’'\-]+[ \t]+[A-Z][\w’'\-]+)[ \t]+of[ \t]+the[ \t]+"
    r"(?:[A-Z][\w’'\-]*-based[ \t]+)?(?P<name>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){1,4})"
    r"(?:[ \t]+\([A-Z]{2,}\))?,?[ \t]+(?:said|says|told|added|noted|stressed|warned|urged|explained)\b"
)
#: "Ana Ruiz, executive director of Safe Haven, said": a body named only by the role a person holds in it,
#: set off after the person's name (", the founder of …"), and ended by a comma or a verb of saying
_ROLE_OF_BODY = re.compile(
    r"[A-Z][\w’'\-]+,[ \t]+(?:the[ \t]+|its[ \t]+)?(?:co-?founder|founder"
    r"|(?:executive|country|regional|programme|program)[ \t]+(?:director|manager|coordinator)"
    r"|director|chief[ \t]+executive|CEO|president|chairperson|chair"
    r"|spokesperson|spokeswoman|spokesman|coordinator|secretary[ \t]+general|general[ \t]+secretary|head)"
    r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+)?[A-Z][\w’'\-]*){0,4})"
    r"(?=,|[ \t]+(?:said|says|told|added|noted|stressed|warned|urged|explained)\b)"
)
#: the words without which no body noun can match (the gate of :func:`named_bodies`)
_GATE = ("NGO", "organi", "charity", " group", ", a ", "profit", "think tank", "think-tank", "trade union")
#: "In Kenya, a charity …": a place after a preposition (a whole word: not "organization ")
_PLACE_PREP_BEFORE = re.compile(r"(?:^|\W)(?:in|at|on|from|across|throughout) $")


def _body_name(text: str, start: int, name: str, *, after_role: bool = False) -> bool:
    """A body's own name: not a place, a date or a clause word ("In Kenya, a charity …").
    ``after_role``: the name follows "director at", where "at" names the body, not a place."""
    from kg.extract.gazetteer import country_names
    from kg.extract.lexicon import MONTHS, NOT_NAMES, WEEKDAYS

    first = name.split()[0].lower()
    if first in NOT_NAMES or first in MONTHS or first in WEEKDAYS or name in country_names():
        return False
    return after_role or _PLACE_PREP_BEFORE.search(text[max(0, start - 12) : start].lower()) is None


def named_bodies(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of each body named beside a body noun, and each public prosecution."""
    if any(word in text for word in _GATE):
        for match in _BODY_APPOSITION.finditer(text):
            found = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            if found is None:
                continue
            start = found.start() + (4 if found.group().startswith("The ") else 0)  # "The Red Cross, a …"
            if start < found.end() and _body_name(text, start, text[start : found.end()]):
                yield start, found.end(), "Organization"
        for match in _THE_BODY_NAME.finditer(text):
            name = match.group("name")
            lead = match.group("demonym")
            if lead and lead != "Local" and lead not in demonym_names():
                continue  # "When NGO Brightline …": a body noun after a word that is no people's
            if name.split()[0].lower() in ROLE_WORDS or name.split()[0].lower() in TITLES:
                continue  # "Colombian NGO President Juan Perez": a person's title, not the body's name
            if (" " in name or not head_type(name)) and _body_name(text, match.start("name"), name):
                yield match.start("name"), match.end("name"), "Organization"
        if "-based " in text:
            for match in _BODY_THEN_NAME.finditer(text):
                if _body_name(text, match.start("name"), match.group("name")):
                    yield match.start("name"), match.end("name"), "Organization"
    if " of the " in text:
        yield from _bodies_of_speakers(text)
    if ", " in text and (" of " in text or " at " in text):
        yield from _bodies_of_roles(text)
    if "Prosecution" in text:
        for match in _PROSECUTION.finditer(text):
            before = _THE_PUBLIC.search(text, max(0, match.start() - 12), match.start())
            if before:
                yield before.start("word"), match.end(), "Organization"


def _bodies_of_speakers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of "<Name> of the <Body> said" when the body is no place."""
    for match in _OF_THE_BODY_SAID.finditer(text):
        person = match.group("person").split()
        if any(w.lower() in ROLE_WORDS or w.lower() in TITLES or w in _NOT_SENDERS for w in person):
            continue  # "The Minister of the Interior said"
        name = match.group("name")
        if head_type(name.split()[-1]) or not _body_name(text, match.start("name"), name):
            continue  # a head word's body is the shape finder's; a country is no body here
        if name in REGIONS or f"the {name}" in REGIONS:
            continue
        yield match.start("name"), match.end("name"), "Organization"


def _bodies_of_roles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Organization") of "<Name>, director of <Body>," when the body is no place,
    portfolio or body that a head word already names."""
    from kg.extract.lexicon import DEPARTMENT_WORDS

    for match in _ROLE_OF_BODY.finditer(text):
        name = match.group("name")
        words = name.split()
        if head_type(words[-1]) or not _body_name(text, match.start("name"), name, after_role=True):
            continue  # a head word's body is the shape finder's; a country is no body here
        if name in REGIONS or f"the {name}" in REGIONS or any(w.lower() in DEPARTMENT_WORDS for w in words):
            continue  # "director of Communications", "head of Asia and the Pacific"
        if len(words) == 1 and (
            text.endswith("the ", 0, match.start("name")) or text.count(name) < 2 or name.isupper()
        ):
            continue  # "president of the Republic", "director of Research": one word, named once, a post
        yield match.start("name"), match.end("name"), "Organization"
