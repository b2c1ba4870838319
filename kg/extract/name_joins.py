"""Where a capitalized run's "and" or possessive does not end a name, or does: small tests on words.

Used by :mod:`kg.extract.name_segments` when it cuts a run into names: "Latin America and the
Caribbean" is one region, "State Prosecutor's Office" one body, "… and Ghana Police Service" a
second body; and by :mod:`kg.extract.patterns` on a found name that "and" joins to another
("Ministry of Education and UNFPA", "Ministry of Finance and Edimon Ginting", "ECPAT UK and World
Vision").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.head_words import head_type
from kg.extract.lexicon import CONNECTORS, DEPARTMENT_WORDS, ROLE_WORDS, TITLES
from kg.extract.place_pairs import places_after_the

#: "State Prosecutor's Office", "Attorney General's Office", "Public Defender's Office", "High
#: Commissioner's Office": an office holder's office is a body.
#: "Prime Minister's Office", "President's Office", "Attorney-General's Department" too: the holder's
#: last word, after a hyphen ("Attorney-General").
_OFFICE_HOLDERS = frozenset(
    (
        "prosecutor", "prosecutors", "attorney", "general", "auditor", "ombudsman", "registrar", "solicitor",
        "president", "governor", "premier", "defender", "commissioner", "comptroller", "controller",
        "advocate", "mayor", "chancellor",
    )
)  # fmt: skip
_HELD_OFFICES = frozenset(["Office", "Department", "Chambers", "Bureau"])
#: "Prime Minister's Office", "Chief Minister's Office" name a body; "the Minister's Office" is any minister's
_MINISTER_OPENERS = frozenset(["Prime", "Chief", "First"])


def held_office(word: str, nxt: str, before: str = "") -> bool:
    """Whether the possessive ``word`` (``before`` the word before it) names an office holder whose
    office ``nxt`` is a body's name, not an owner splitting the run ("Kenya's Office")."""
    if nxt not in _HELD_OFFICES:
        return False
    holder = word[:-2].rsplit("-", 1)[-1].lower()
    return holder in _OFFICE_HOLDERS or (holder == "minister" and before in _MINISTER_OPENERS)


#: "the Attorney-General's Office", "Prime Minister's Office": a holder's office and nothing else
_BARE_OFFICE = re.compile(r"(?:(?P<before>[\w-]+)\s+)?(?P<word>[\w-]+['’]s)\s+(?P<office>\w+)")


def bare_holders_office(label: str) -> bool:
    """Whether ``label`` is an office holder's office with no owner named ("President's Office",
    "Attorney-General's Department"): every country has one, so the name alone says which only
    within its text."""
    found = _BARE_OFFICE.fullmatch(label.removeprefix("the "))
    return found is not None and held_office(
        found.group("word").replace("’", "'"), found.group("office"), found.group("before") or ""
    )


#: "Latin America and the Caribbean", "Asia and the Pacific": one region, whose "and the" joins.
_REGION_PAIRS = frozenset([("America", "Caribbean"), ("Asia", "Pacific"), ("Africa", "Pacific")])


def region_pair(cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "and the" at ``words[i]`` joins two places of one name: a region's two parts
    or a body's two places ("… of Central America and the Dominican Republic")."""
    if not cur or i + 2 >= len(words) or words[i + 1][2] != "the":
        return False
    return (cur[-1][2], words[i + 2][2].strip(",’'s")) in _REGION_PAIRS or places_after_the(words, cur, i)


def country_body_at(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``words[i:]`` open with a country's name and go on to a body's head word before any
    connector ("Ghana Police Service", "Kenya Revenue Authority")."""
    from kg.extract.gazetteer import country_names

    countries = country_names()
    for j in range(i + 1, min(i + 3, len(words))):
        if " ".join(w[2] for w in words[i:j]) in countries:
            rest = [w[2] for w in words[j : j + 4]]
            for word in rest:
                if word.lower() in CONNECTORS:
                    return False
                if head_type(word) == "Organization":
                    return True
            return False
    return False


def list_name_ahead(
    cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], gaps: list[str], i: int
) -> bool:
    """At a comma before ``words[i]``: whether ``cur`` opens a name that lists its topics,
    "Asylum, Migration and Integration Fund": single capitalized words joined by commas, then
    "and" and one to three capitalized words, the last a head word (no country among them)."""
    from kg.extract.gazetteer import country_names

    if len(cur) != 1 or not cur[0][2].istitle():
        return False
    items = [cur[0][2]]
    j = i
    while j < len(words) and gaps[j] == ", " and words[j][2].istitle() and words[j][2].isalpha():
        items.append(words[j][2])
        j += 1
        if j < len(words) and words[j][2] == "and":
            countries = country_names()
            if len(items) > 5 or any(item in countries for item in items):
                return False
            for word in (w[2] for w in words[j + 1 : j + 4]):
                if not word[:1].isupper():
                    return False
                if head_type(word):
                    return True
            return False
    return False


def government_then_other(cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "and" at ``words[i]`` ends "Government of <Country>" and starts another actor
    ("the Government of Kenya and African Union Commission"), not the rest of a country's name
    ("Government of Trinidad and Tobago")."""
    from kg.extract.gazetteer import country_names

    if len(cur) < 3 or cur[0][2] != "Government" or cur[1][2] != "of" or i + 1 >= len(words):
        return False
    country = " ".join(w[2] for w in cur[2:]).removeprefix("the ")
    if country not in country_names():
        return False
    return not any(name.startswith(country + " and ") for name in _countries_with_and())


def second_body_opens(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a body's head and "of" follow the "and" at ``words[i]``, the head with up to two
    capitalized words before it: a second body opens there ("Ministry of Home Affairs and Ministry of
    Human Services", "State Department for Diaspora Affairs and State Department for Labour", "Ministry
    of Foreign Affairs and National Policy Agency of Japan")."""
    for k in (1, 2, 3):
        if (
            i + k + 1 < len(words)
            and head_type(words[i + k][2]) == "Organization"
            and words[i + k + 1][2] in ("of", "for")
            and all(w[2][:1].isupper() for w in words[i + 1 : i + k])
            # two words before the head: the first opens a body's name ("National Policy Agency"), not
            # a portfolio's second item ("… Women and Child Development Council")
            and (k < 3 or words[i + 1][2] in _BODY_OPENERS)
        ):
            return True
    return False


#: words that open a body's name after "and": "… and National Policy Agency of Japan"
_BODY_OPENERS = frozenset(
    ["National", "Federal", "State", "Central", "Regional", "Provincial", "International"]
)


#: the heads of a body or office named by its portfolio: "Ministry of …", "Minister for …"
PORTFOLIO_HEADS = frozenset(["ministry", "ministries", "department", "departments", "minister"])


def closed_body(cur: list[tuple[int, int, str]], nxt: str) -> bool:
    """Whether ``cur`` is a body's name closed by its head before "and" and the capitalized ``nxt``
    ("the European Union and Japan"); not when the head word and ``nxt`` are items of the body's
    portfolio ("Ministry of Human Services and Social Security") or plurals of what it joins
    ("Network of Centers and Posts")."""
    if len(cur) < 2 or not nxt[:1].isupper() or head_type(cur[-1][2]) != "Organization":
        return False
    if cur[-2][2] == "of" and cur[-1][2].endswith("s") and nxt.endswith("s") and not head_type(nxt):
        return False  # "Network of Centers and Posts": the plural kinds of its members, one name
    in_portfolio = any(w[2].lower() in PORTFOLIO_HEADS for w in cur[:-1])
    return not (in_portfolio and cur[-1][2].lower() in DEPARTMENT_WORDS and nxt.lower() in DEPARTMENT_WORDS)


#: "towards" inside a plan's name: after a plan's head and before an aim in words ("EU Strategy towards
#: the Eradication of …", "Roadmap Towards Zero Hunger"), not a meeting or place ("… Policy towards COP30
#: in Belem"); an alternative of :mod:`kg.extract.patterns`' connectors
TOWARDS_AIM = (
    r"(?:(?<=Strategy[ \t])|(?<=Roadmap[ \t])|(?<=Plan[ \t])|(?<=Policy[ \t])|(?<=Agenda[ \t]))[Tt]owards?"
    r"(?=[ \t]+(?:the[ \t]+)?[A-Z][a-z]+[ \t]+(?:of|on|for|to|[A-Z]))"
)
#: the heads of a treaty or a law, whose name closes with its head
_TREATY_HEADS = frozenset(
    ["agreement", "convention", "protocol", "compact", "accord", "treaty", "charter", "act"]
)


def framework_then_instrument(
    cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int
) -> bool:
    """Whether ``cur``, closed by a framework's head ("Paris Agreement"), is followed after "and" at
    ``words[i]`` by a second instrument's name with a head of its own ("… and National Adaptation
    Plan"); a treaty's or law's head, not one that may share a name with a second head ("General
    Principles and Operational Guidelines for …", "Beijing Declaration and Platform for Action"), and
    not when the word after "and" is itself a head ("Convention and Protocol")."""
    if len(cur) < 2 or cur[-1][2].lower() not in _TREATY_HEADS or i + 2 >= len(words):
        return False
    nxt = words[i + 1][2]
    if not nxt[:1].isupper() or head_type(nxt):
        return False
    for _s, _e, word in words[i + 2 : i + 7]:
        if not (word[:1].isupper() or word in CONNECTORS):
            return False
        if head_type(word) in ("Plan", "Framework"):
            return True
    return False


def portfolio_words(seg: list[tuple[int, int, str]]) -> bool:
    """Whether every word of ``seg`` is a portfolio's ("Social Services"): a unit of a body, no body."""
    return all(w[2].lower() in DEPARTMENT_WORDS for w in seg)


@lru_cache(maxsize=1)
def _countries_with_and() -> tuple[str, ...]:
    """The country names holding " and " ("Trinidad and Tobago"), found once."""
    from kg.extract.gazetteer import country_names

    return tuple(name for name in country_names() if " and " in name)


#: words that make a role word a longer title: "Executive Director", "Deputy Regional Director"
_ROLE_MODIFIERS = frozenset(
    ["Executive", "Deputy", "Assistant", "Regional", "Country", "Acting", "Senior", "Chief", "Vice"]
)
_BODY_HEADS = ("Organization", "Plan")  # "World Food Programme": a body named by a plan's head


def body_before_role(seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The run cut where a role begins after a body's head word: "Interior Cabinet Secretary X",
    "Global Fund Executive Director X" → the body's name (a title of two words, "Cabinet
    Secretary", goes with the role)."""
    for r in range(1, len(seg)):
        word = seg[r][2].lower()
        if word not in ROLE_WORDS:
            continue
        if head_type(seg[r - 1][2]) == "Organization":
            title = f"{seg[r - 1][2]} {seg[r][2]}".lower() in TITLES
            return seg[: r - 1] if title else seg[:r]
        k = r
        while k > 1 and seg[k - 1][2] in _ROLE_MODIFIERS:
            k -= 1
        if k < r and head_type(seg[k - 1][2]) in _BODY_HEADS:
            return seg[:k]
        # "Department of Justice Regional Prosecutor X": a body's head and its "of" complement before,
        # closed by a word of its own (not "Office of the Vice President", an office's body)
        if (
            2 < k < r
            and head_type(seg[0][2]) == "Organization"
            and seg[k - 1][2][:1].isupper()
            and any(w[2] == "of" for w in seg[1 : k - 1])
        ):
            return seg[:k]
    return seg


#: "Plan for Accession to the European Union", "Programme of Support to the Council": a noun that
#: takes "to" in the topic, whose body is the name's
_TAKES_TO = frozenset(
    ["Accession", "Access", "Support", "Contribution", "Contributions", "Assistance", "Aid"]
)
_TOPIC_OPENERS = frozenset(["on", "against", "for", "of"])


def instrument_then_body(cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether an instrument's name ends before "to the" and a body's or a meeting's name follows from
    ``words[i]``: two names. The instrument's name ends in its head ("the Paris Agreement to the United
    Nations General Assembly"), in its bracketed period ("National Action Plan … (2020-2024) to the
    Human Rights Council"), or in its topic ("National Strategy on Migration to the African Union").
    Not "the Optional Protocol to the Convention …", where an instrument follows, nor "Plan for
    Accession to the European Union", a topic that takes "to"."""
    end = len(cur) - 1 if cur and cur[-1][2].startswith("(") else len(cur)  # "Goals (SDGs) to the …"
    if end < 1 or cur[end - 1][2] in _TAKES_TO:
        return False
    if head_type(cur[end - 1][2]) not in ("Plan", "Framework") and not _topic_or_period_after_head(cur):
        return False
    last = None
    for _s, _e, word in words[i : i + 8]:
        if not word[:1].isupper() and word not in CONNECTORS:
            break
        kind = head_type(word)
        if kind is not None:
            last = kind
    return last in ("Organization", "Event") or (last is None and _known_body_at(words, i))


def _topic_or_period_after_head(cur: list[tuple[int, int, str]]) -> bool:
    """Whether a plan's or framework's head opens the run and a topic ("on …", "against …") or a
    bracketed period follows it: "National Action Plan against Trafficking (2020-2024)"."""
    heads = [j for j, w in enumerate(cur) if head_type(w[2])]
    if not heads or head_type(cur[heads[0]][2]) not in ("Plan", "Framework"):
        return False
    after = [w[2] for w in cur[heads[0] + 1 :]]
    if after and after[-1].startswith("(") and after[-1][1:2].isdigit():
        return True  # a bracketed period closes a plan's name
    return bool(after) and after[0] in _TOPIC_OPENERS and not any(head_type(w) for w in after)


def _known_body_at(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a body of the shipped reference is named from ``words[i]`` ("the United Nations")."""
    run = " ".join(w[2] for w in words[i : i + 8])
    names = _bodies_by_first_word().get(run.split(" ", 1)[0], ())
    return any(run == name or run.startswith(name + " ") for name in names)


@lru_cache(maxsize=1)
def _bodies_by_first_word() -> dict[str, tuple[str, ...]]:
    from kg.extract.gazetteer import body_names

    out: dict[str, list[str]] = {}
    for name in body_names():
        out.setdefault(name.split(" ", 1)[0], []).append(name)
    return {first: tuple(names) for first, names in out.items()}


def venue_name(word: str, next_word: str) -> bool:
    """Whether two words end a venue's name: "… Convention Centre" is a place, not a convention."""
    return word == "Convention" and next_word in ("Centre", "Center", "Hall")


def before_second_body(text: str, start: int, end: int) -> int:
    """The end of a body's name that "and" joins to a second name in one run: "Council of the Baltic
    Sea States and Collective Security Treaty Organization" (a reference body first), "Ministry of
    Education and UNFPA", "UNICEF and Book City Institute", "Ministry of Finance and Edimon Ginting"
    (a reference body's acronym or a person's given name on either side): two names, not one."""
    from kg.extract.gazetteer import body_acronyms, body_names
    from kg.extract.given_name_list import given_names

    cut = text.find(" and ", start, end)
    if cut <= start or not text[cut + 5 : cut + 6].isupper():
        return end
    first, second = text[start:cut], text[cut + 5 : end]
    second_word = second.split()[0]
    if first in body_names() or first in body_acronyms():
        return cut
    if not any(head_type(w) == "Organization" for w in first.split()):
        # "Peace and Security Council", "Maria Torres and International Monetary Fund": read elsewhere
        return end
    if second in body_names() or second in body_acronyms():
        return cut  # not "Ministry of Foreign and CARICOM Affairs": the acronym alone is the second body
    if second_word in given_names() and len(second.split()) >= 2 and " of " in first:
        return cut  # "Ministry of Finance and Edimon Ginting": a body and a person
    return end


def names_body(text: str, start: int, end: int) -> bool:
    """Whether the second name after "and" names a body (a head word, or the reference's name or
    acronym), not a person ("Ministry of Finance and Tomasz Wendel")."""
    from kg.extract.gazetteer import body_acronyms, body_names

    name = text[start:end]
    return any(head_type(w) for w in name.split()) or name in body_names() or name in body_acronyms()


def ends_in_body(name: str) -> bool:
    """Whether ``name`` ends in "and" and a body the reference knows by that whole name, the only part
    with a head word ("ECPAT UK and World Vision": "Vision" is the body's; not "Partnership Agreement
    between Nepal and the International Labour Organization"). A plan's or an instrument's run only:
    a body's run is cut at its second body by :func:`before_second_body`."""
    from kg.extract.gazetteer import body_names

    at = name.rfind(" and ")
    return (
        at > 0
        and name[at + 5 :].removeprefix("the ") in body_names()
        and not any(head_type(w) for w in name[:at].split())
    )
