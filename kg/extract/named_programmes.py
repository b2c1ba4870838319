"""Programmes whose own name has no head word: "launched Niños Seguros, a three-year programme",
"a programme called Safe Childhood", "the programme, Niños Seguros,", "launched a programme, Safe
Homes Rwanda,", "the Seasonal Worker Mobility (SWM) scheme".

The name is a plan because the text says so right beside it (an apposition, "called", a
lower-case head after its acronym); the shape finder in :mod:`kg.extract.patterns` needs a head
word inside the name and misses these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.given_name_list import given_names
from kg.extract.head_words import head_type
from kg.extract.lexicon import MONTHS, NOT_NAMES, ROLE_WORDS, TITLES, YEAR_RANGE
from kg.extract.office_words import office_word

_HEADS = r"(?:programme|program|project|scheme|initiative|campaign)"
_NAME = r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,4}"
#: "… launched Niños Seguros, a four-year, US$9 million programme to …": after a lower-case word,
#: the apposition's words modifiers only (not "a donor to the programme"). The apposition is found
#: first (it opens with a literal comma), the name then in the text just before it.
_APPOSITION = re.compile(
    r",[ \t]+an?[ \t]+"
    r"(?:(?!(?:to|the|of|for|in|with|and|its|their|by|on|at|from)\b)[\w$.,%\-]+[ \t]+){0,6}?"
    + _HEADS
    + r"(?=[ \t]+(?:to|for|that|which|aimed|designed|funded|worth|on|of|in|with|across|by|run|led)\b|[,.;:])"
)
_NAME_BEFORE = re.compile(r"(?<=[a-z][ \t])" + _NAME + r"\Z")
#: "a programme called Safe Childhood", "an initiative known as “Clean Fields”".
_CALLED = re.compile(
    r"\b" + _HEADS + r"[ \t]+(?:called|named|known[ \t]+as|dubbed|entitled|titled)[ \t]+[“\"‘']?"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|the|and)){0,5})"
)
#: "the programme, Niños Seguros, …": the name set off by commas after the head.
_SET_OFF = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:new[ \t]+)?"
    + _HEADS
    + r",[ \t]+[“\"‘']?(?P<name>"
    + _NAME
    + r")[”\"’']?,"
)
#: "Kigali launched a programme, Safe Homes Rwanda, with …": a launch verb, then the indefinite
#: head and the name set off by commas (without the verb, "a donor to a programme, X," is too loose).
_LAUNCHED_SET_OFF = re.compile(
    r"\b(?:launch(?:ed|es)?|start(?:ed|s)?|set[ \t]+up|sets[ \t]+up|creat(?:ed|es)|establish(?:ed|es)"
    r"|introduc(?:ed|es)|unveil(?:ed|s)|began|begun|roll(?:ed|s)[ \t]+out|pilot(?:ed|s))[ \t]+an?[ \t]+"
    r"(?:[a-z][\w\-]*[ \t]+){0,2}" + _HEADS + r",[ \t]+[“\"‘']?(?P<name>" + _NAME + r")[”\"’']?,"
)
#: "the project, Safe Harbour: Shelter and Reintegration for Returnees (2026–2028), is …": a title
#: with a subtitle after a colon, set off by commas after the head.
_SET_OFF_TITLED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:new[ \t]+)?"
    + _HEADS
    + r",[ \t]+(?P<name>(?P<title>"
    + _NAME
    + r"):[ \t]+[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|the|and|on|to|in|against|from)){0,12}"
    + r"(?:[ \t]+\("
    + YEAR_RANGE
    + r"\))?)(?=,)"
)
#: "the programme “Safe Harvest”": a quoted name right after the head.
_QUOTED_AFTER = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?)[ \t]+(?:new[ \t]+)?"
    + _HEADS
    + r"[ \t]+[“\"‘](?P<name>"
    + _NAME
    + r")[”\"’]"
)
#: "the Seasonal Worker Mobility (SWM) scheme": a name whose initials its acronym gives, then the head
#: (the acronym and head found first, the run of capitalized words then just before them).
#: "the project Promoting Better Management of Migration in Nigeria", "its project: Reducing Irregular
#: Migration": a project's title opens with a verb in -ing, right after the head
_GERUND_TITLE = re.compile(
    r"\b" + _HEADS + r":?[ \t]+[“\"‘']?(?P<name>[A-Z][a-z]{2,}ing"
    r"(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|and|the|on|to|in|against|from|with)){1,12})"
)
_ACRONYM_HEAD = re.compile(r"[ \t]+\((?P<acr>[A-Z]{2,8})\)[ \t]+" + _HEADS + r"s?\b")
#: (a list's commas too: "the Agriculture Governance, Growth and Resilience Investment (AGGRI) project")
_RUN_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'\-]*(?:,?[ \t]+(?:[A-Z][\w’'\-]*|of|for|and|the|on)){1,8}\Z")
_CONNECTORS = frozenset(["of", "for", "and", "the", "on", "to", "in", "against", "from", "with"])
#: a verb of an event's place and a preposition right before a place: "launched in Accra, a … project"
_PLACE_BEFORE = re.compile(
    r"\b(?:launch(?:ed|es)?|held|opened|unveiled|started|signed)[ \t]+(?:in|at)[ \t]+\Z"
)
#: an office of a body after a name set off by commas: "…, Maeve Sherlock, Chief Executive of the Council"
_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}" + office_word() + r"[ \t]+(?:of|at|for)\b"
)


def _plain_name(name: str) -> bool:
    """A name with no head word of its own (those the shape finder types), not a date or a clause word,
    not a lone acronym (a body's: "the programme, UNDP, …")."""
    words = name.split()
    first = words[0].lower()
    if len(words) == 1 and words[0].isupper():
        return False
    if any(w.lower() in ROLE_WORDS or w.lower() in TITLES for w in words):
        return False  # "the Minister, a programme …": a person
    return not (first in NOT_NAMES or first in MONTHS or any(head_type(w) for w in words))


def _initials_start(run: str, acronym: str) -> int | None:
    """Where in ``run`` the words start whose capitals spell ``acronym`` ("Seasonal Worker Mobility"
    for "SWM"); None when no tail of the run does."""
    words = [(m.start(), m.group().rstrip(",")) for m in re.finditer(r"\S+", run)]
    for i in range(len(words)):
        if words[i][1] in _CONNECTORS:
            continue
        caps = "".join(w[0] for _, w in words[i:] if w not in _CONNECTORS)
        if caps == acronym:
            return words[i][0]
    return None


_CALLING_WORDS = (" called ", " named ", " known as ", " dubbed ", " entitled ", " titled ")


def _wanted(text: str) -> list[re.Pattern[str]]:
    """The expressions worth running over ``text``: their literal words are in it."""
    wanted = []
    if any(word in text for word in _CALLING_WORDS):
        wanted.append(_CALLED)
    if any(
        f"{head}," in text for head in ("programme", "program", "project", "scheme", "initiative", "campaign")
    ):
        wanted.append(_SET_OFF)
        wanted.append(_LAUNCHED_SET_OFF)
        if ": " in text:
            wanted.append(_SET_OFF_TITLED)
    if "“" in text or '"' in text or "‘" in text:
        wanted.append(_QUOTED_AFTER)
    if "ing " in text:
        wanted.append(_GERUND_TITLE)  # three words at least, not a meeting ("the project Closing Ceremony")
    return wanted


def named_programmes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Plan") of each programme named beside a lower-case head word."""
    if not any(h in text for h in ("programme", "program", "project", "scheme", "initiative", "campaign")):
        return
    from kg.extract.gazetteer import country_names, place_names

    countries = country_names()
    places = place_names()
    if ", a" in text:
        for match in _APPOSITION.finditer(text):
            found = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            if found and _plain_name(found.group()) and found.group() not in countries:
                if found.group() in places and _PLACE_BEFORE.search(
                    text, max(0, found.start() - 30), found.start()
                ):
                    continue  # "launched in Accra, a two-year project": where, not which
                yield found.start(), found.end(), "Plan"
    for rx in _wanted(text):
        for match in rx.finditer(text):
            name = match.group("name")
            end = match.end("name")
            while name.split()[-1] in _CONNECTORS:
                name = name.rsplit(None, 1)[0]
                end = match.start("name") + len(name)
            plain = match.group("title") if "title" in rx.groupindex else name
            if rx is _GERUND_TITLE and (len(name.split()) < 3 or head_type(name.split()[-1])):
                continue  # "the project Closing Ceremony", "the campaign Opening Event": a meeting
            if rx is _SET_OFF and name.split()[0] in given_names() and _OFFICE_AFTER.match(text, match.end()):
                continue  # "in the programme, Maeve Sherlock, Chief Executive of …": a person
            if _plain_name(plain) and plain not in countries:
                yield match.start("name"), end, "Plan"
    if ") " in text:
        for match in _ACRONYM_HEAD.finditer(text):
            run = _RUN_BEFORE.search(text, max(0, match.start() - 120), match.start())
            if run is None:
                continue
            at = _initials_start(run.group(), match.group("acr"))
            if at is not None and not head_type(run.group().split()[-1]):
                yield run.start() + at, run.end(), "Plan"
