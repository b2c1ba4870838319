"""Names in one capitalized run: where one name ends and another begins, and each one's type.

A run ("Programme Officer at the International Organization for Migration and the Kenya
National Action Plan") may hold several names, a role phrase and clause words; it is cut
into segments, each trimmed and typed by its head word. A name ending in an instrument's
head may run on into lower-case words ("Convention on minimum age of employment").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from kg.extract.gazetteer import country_names, demonym_names
from kg.extract.head_words import head_type
from kg.extract.lexicon import (
    CLAUSE_STARTERS,
    CONNECTORS,
    MONTHS,
    NAME_POSSESSORS,
    NOT_NAMES,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS,
)
from kg.extract.name_joins import (
    PORTFOLIO_HEADS,
    body_before_role,
    closed_body,
    framework_then_instrument,
    government_then_other,
    instrument_then_body,
    list_name_ahead,
    portfolio_words,
    second_body_opens,
    venue_name,
)
from kg.extract.name_joins import country_body_at as _country_body_at
from kg.extract.name_joins import held_office as _held_office
from kg.extract.name_joins import region_pair as _region_pair
from kg.extract.name_possessors import PLURAL_POSSESSIVE_ENDS as _PLURAL_POSSESSIVE_ENDS
from kg.extract.name_possessors import POSSESSIVE_ENDS as _POSSESSIVE_ENDS
from kg.extract.name_possessors import meeting_possessor
from kg.extract.name_possessors import owner_possessive as _owner_possessive
from kg.extract.name_typing import classify, nested_bodies
from kg.extract.name_words import ACT_NOUNS, LEADING_NOT_NAME, OPENING_PREPOSITIONS, RECIPIENTS
from kg.extract.name_words import NUMBER_WORDS as _NUMBER_WORDS
from kg.extract.name_words import PORTFOLIO_ACRONYMS as _PORTFOLIO_ACRONYMS
from kg.extract.name_words import closes_two_plan_heads as _closes_two_plan_heads
from kg.extract.name_words import is_acronym_word as _is_acronym_word
from kg.extract.name_words import is_paren_acronym as _is_paren_acronym
from kg.extract.name_words import is_year as _is_year
from kg.extract.name_words import not_name_lead as _not_name_lead
from kg.extract.office_words import LONE_HEADS, generic_office

_WORD = re.compile(r"[^\s,]+")
# "Convention on minimum age of employment": lower-case words after an instrument's head
_QUALIFIED_HEADS = frozenset(
    ["convention", "protocol", "agreement", "memorandum", "mou", "treaty", "act", "plan", "compact"]
)
_QUALIFIER = re.compile(
    r"(?:\s*\([A-Za-z]+\))?[ \t]+(?:on|against|relating to|concerning|to combat|for)[ \t]+"
    r"(?!(?:its|their|his|her|our)\b)"  # "the Action Plan for its implementation": another plan's
    r"((?:(?!(?:is|was|were|are|will|would|has|have|had|that|which|who|by|with|from|signed|launched|"
    r"adopted|in order|yesterday|today|tomorrow|last|next|this|when|while|after|before|since|because|as)\b)"
    r"[a-z][\w-]*[ \t]*){1,8})"
)


def names_in_chunk(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of the names in the run ``text[start:end]``, a qualifier after one included."""
    return names_at(text, start, _chunk_names(text[start:end]))


def names_at(
    text: str, start: int, names: tuple[tuple[int, int, str, bool], ...]
) -> Iterator[tuple[int, int, str]]:
    """:func:`names_in_chunk` from the run's :func:`chunk_names`, the run starting at ``start``."""
    for rel_s, rel_e, type_name, qualified in names:
        s, e = start + rel_s, start + rel_e
        if qualified:
            q = _QUALIFIER.match(text, e)
            if q:
                e = q.end(1)
                while text[e - 1] == " ":
                    e -= 1
        yield s, e, type_name


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


_DATE_WORDS = MONTHS | WEEKDAYS
_YEAR_STARTS = frozenset(["19", "20", "21", "(1", "(2"])


_EVENT_PLACE = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*)*$")
_CUT_BEFORE_THE = frozenset(["of", "for", "in", "at", "to", "with", "on", "within", "from", "by"])


def _segments(
    words: list[tuple[int, int, str]], gaps: list[str] | None = None
) -> list[list[tuple[int, int, str]]]:
    """Split a run where one name ends and another begins.

    At " and the ", at month names, between two head words ("CCMA Act Vision"), after a
    possessive that closes a complete name, and after "(ACR)" unless a year, a head word or
    a connector follows.
    """
    segments: list[list[tuple[int, int, str]]] = [[]]
    n = len(words)
    gaps = gaps or [""] * n
    listed = False
    for i, word in enumerate(words):
        text = word[2]
        cur = segments[-1]
        if (
            i
            and cur
            and "," in gaps[i]
            and (
                not _has_head(cur)
                or (
                    len(cur) > 1
                    and head_type(cur[-1][2]) == "Organization"
                    # … but "Ministry of Public Service, Gender and Youth Affairs": a portfolio
                    and not any(w[2].lower() in PORTFOLIO_HEADS for w in cur[:-1])
                )
                # "the Council of Europe, OSCE and …"; not a portfolio ("Ministry of Posts, ICT and …")
                or (_is_acronym_word(text) and _has_head(cur) and text not in _PORTFOLIO_ACRONYMS)
                # "Ministry of Labour, Ghana Police Service and …": the next item is a body
                or (_has_head(cur) and _body_item(words, i))
                # "Under the Kampala Declaration, Uganda and Kenya will …": a name closed by its
                # plan or framework head goes on after a comma only with its year or number
                or (
                    head_type(cur[-1][2]) in ("Plan", "Framework")
                    and text[:1].isupper()
                    and text not in _NUMBER_WORDS
                )
            )
            and _role_at([*cur, word]) < 0
            and not list_name_ahead(cur, words, gaps, i)  # "Asylum, Migration and Integration Fund"
        ):  # "Victor Odero, Policy and Advocacy Advisor"; "the African Union, Ghana and …": a list
            segments.append([])
            cur = segments[-1]
            listed = True
        nxt = words[i + 1][2] if i + 1 < n else ""
        if (
            text == "and"
            and not _region_pair(cur, words, i)
            and (
                nxt == "the"
                or government_then_other(cur, words, i)  # "the Government of Kenya and African Union …"
                or (nxt in CONNECTORS and _has_head(cur))  # "… Act and of the … Agreement"
                or (nxt.lower() in TITLES and _has_head(cur))  # "… National Party and MP Thabo Mofolo"
                # "President of the Assembly Ana Ruiz and Special Representative of …": the next office
                or (nxt[:1].isupper() and _has_head(cur) and _role_at(words[i + 1 :]) >= 0)
                or (cur and nxt.isupper() and len(nxt) > 1 and head_type(cur[-1][2]) == "Organization")
                # "The Asia Foundation and HAQ": a body's name closed by its head, then an acronym
                or closed_body(cur, nxt)
                or framework_then_instrument(cur, words, i)  # "Paris Agreement and National … Plan"
                # "the European Union and Japan": a body's name closed by its head, then another actor
                or (listed and len(cur) == 1 and nxt[:1].isupper())
                # "National Adaptation Plan 2023–2050 and Nationally Determined Contributions": a plan
                # closed by its years, then another name
                or (
                    len(cur) > 1
                    and nxt[:1].isupper()
                    and cur[-1][2][:2] in _YEAR_STARTS
                    and _is_year(cur[-1][2])
                    and head_type(cur[-2][2]) in ("Plan", "Framework")
                )
                or (_has_head(cur) and second_body_opens(words, i))
                # "… Social Protection and Ghana Police Service": a country's own body
                or (nxt[:1].isupper() and _has_head(cur) and _country_body_at(words, i + 1))
                # "the World Bank, IMF and African Development Bank": the list's last two items
                or (
                    head_type(nxt) in ("Plan", "Framework")
                    and any(head_type(w[2]) in ("Plan", "Framework") for w in cur)
                    # not "National Policy and Plan of Action on X", "Climate Strategy and Roadmap
                    # (2030)": one plan with a two-word head, the second closing the run or a year
                    and not (
                        head_type(cur[-1][2]) == "Plan"
                        and head_type(nxt) == "Plan"
                        and _closes_two_plan_heads([w[2] for w in words[i + 2 : i + 4]])
                    )
                )
            )
        ):  # "… and the …"; "the Protocol of 2014 and Convention No. 29": two names
            segments.append([])
            continue
        if text == "to" and nxt == "the" and instrument_then_body(cur, words, i + 2):
            segments.append([])  # "the Paris Agreement to the United Nations General Assembly"
            continue
        if (
            len(cur) > 1
            and text[:1].isupper()
            and cur[-1][2][:2] in _YEAR_STARTS
            and _is_year(cur[-1][2])
            and _has_head(cur)
            and not head_type(text)
            and not _is_paren_acronym(text)
        ):  # "Vision 2050 Pillar 5": a name closed by its year
            if len(cur) > 3 and cur[-2][2] == "the" and cur[-3][2] in _CUT_BEFORE_THE:
                # "Programme of Action of the 1994 International Conference …": the year dates
                # the next name; "of the 1994" belongs to neither
                del cur[-3:]
            segments.append([])
            cur = segments[-1]
        if text.lower().strip(",") in _DATE_WORDS:
            segments.append([])
            continue
        if (
            cur
            and head_type(cur[-1][2]) in ("Plan", "Framework")
            and head_type(text)
            and cur[-1][2].lower()
            not in {"action", "development", "work", "policy", "project", "goals", "framework"}
            and not venue_name(cur[-1][2], text)  # "… Convention Centre": a venue
            # "Project Office", "Strategy Unit", "Law Council": a body named after its plan or the law
            and not (
                (head_type(cur[-1][2]) == "Plan" or cur[-1][2] == "Law") and head_type(text) == "Organization"
            )
        ):
            segments.append([])
            cur = segments[-1]
        cur.append(word)
        if (
            (
                text.endswith(_POSSESSIVE_ENDS)
                and (_has_head(cur) or i == n - 1)
                # "Ministry of Women and Children's Affairs": a possessor of names goes on
                and not (text[:-2].lower() in NAME_POSSESSORS and nxt[:1].isupper())
            )
            or (
                ("’" in text or "'" in text)
                and _owner_possessive(text)
                and not _held_office(text, nxt, cur[-2][2] if len(cur) > 1 else "")
                and not meeting_possessor(text, nxt)  # "Leaders’ Summit"
            )
            or (
                _is_paren_acronym(text)
                and nxt
                and not (
                    _is_year(nxt)
                    or head_type(nxt)
                    or nxt.lower() in {"for", "of", "on", "to", "against"}
                    # "(IOM) in Ukraine": a place; "(DMU) in the Office of …": another body
                    or (nxt == "in" and i + 2 < n and words[i + 2][2] != "the")
                )
            )
        ):
            segments.append([])
    return [_trim(s) for s in segments if s]


def _body_item(words: list[tuple[int, int, str]], i: int) -> bool:
    """The list item from ``words[i]`` up to "and" ends in a body's head word ("… Police Service")."""
    j = i
    while j + 1 < len(words) and j - i < 3 and words[j + 1][2] != "and" and not words[j][2].endswith(","):
        j += 1
    return j > i and head_type(words[j][2].strip(",")) == "Organization"


def _role_at(seg: list[tuple[int, int, str]]) -> int:
    """Index of the connector after a leading role phrase ("Programme Officer at …",
    "Minister for Planning"), or -1: the role word comes before any connector but "and"."""
    for i in range(len(seg) - 1):
        word = seg[i][2].lower().strip(",")
        if word in CONNECTORS and word not in ("and", "&", "the"):
            return -1
        if word in ROLE_WORDS and seg[i + 1][2] in _CUT_BEFORE_THE:
            return i + 1
    return -1


def _cut_role(seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """What a leading role phrase leaves of a run: the body it names, or nothing.

    "Programme Officer at the International Organization for Migration" → "International
    Organization for Migration"; "Director of Anti-Human Trafficking", "Minister for Planning,
    Development and Special Initiatives" name a portfolio, not a plan → nothing.
    """
    at = _role_at(seg)
    if at < 0:
        return seg
    rest = seg[at + 1 :]
    if rest and rest[0][2] == "the":
        return rest[1:]
    if len(rest) > 1 and classify([w[2] for w in rest]) == "Organization":
        return rest
    for i in range(len(rest) - 2):  # "Minister of Labour at the Fifth Regional Conference": the event
        if rest[i][2] in _CUT_BEFORE_THE and rest[i + 1][2] == "the" and _has_head(rest[i + 2 :]):
            return rest[i + 2 :]
    return []


def _trim(seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop leading clause words and role phrases, trailing connectors, "in 2016" and "to 20"."""
    seg = _cut_role(seg)
    to = next(
        (i for i in range(1, len(seg) - 1) if seg[i][2] == "to" and seg[i + 1][2].lower() in RECIPIENTS), 0
    )
    seg = seg[:to] if to else seg  # "presented the Policy to Heads of Relevant …": to whom, not the name
    # "Chairman of the Council of State", "Speaking in the General Assembly": keep what follows
    # "<prep> the" when only that part has a head word, or the first part names a portfolio:
    # "Social Services at the Ministry of …" is a unit where an official works
    for i in range(len(seg) - 2, 0, -1):
        if (
            seg[i][2] in _CUT_BEFORE_THE
            and seg[i + 1][2] == "the"
            and (not _has_head(seg[:i]) or (seg[i][2] in ("at", "in") and portfolio_words(seg[:i])))
            and _has_head(seg[i + 2 :])
        ):
            seg = seg[i + 2 :]
            break
    if (
        len(seg) > 2
        and seg[0][2].endswith("ing")
        and seg[1][2] == "the"
        and not head_type(seg[0][2])
        and {head_type(w[2]) for w in seg[2:]} & {"Organization", "Event", "Framework"}
        and "Plan" not in {head_type(w[2]) for w in seg[2:]}
    ):  # "Briefing the Council", "Opening the 25th Session of …", "Achieving the 2030 Agenda": its object
        seg = seg[2:]
    while seg and (
        seg[0][2].lower() in CONNECTORS
        # "US Department of Labor": a country's name is no clause word ("us")
        or (seg[0][2].lower() in NOT_NAMES and seg[0][2] not in country_names())
        or (seg[0][2].lower() in LEADING_NOT_NAME and len(seg) > 1)  # "Now the Council must …", "Upcoming …"
        or (seg[0][2].lower() in OPENING_PREPOSITIONS and len(seg) > 1 and seg[1][2] == "the")
        or (seg[0][2].lower() in ACT_NOUNS and len(seg) > 2 and seg[1][2] == "of")  # "Adoption of …"
        or _not_name_lead(seg)  # "Kingston-based …", "EU-funded …": where the body sits, who backs it
        or (len(seg) > 2 and seg[1][2] == "and" and _is_year(seg[0][2]))  # "in 2026 and Vision 2041"
        or _role_before_body(seg)  # "Secretary Economic Affairs Division": the office, then its body
        or (
            len(seg) > 1
            and seg[0][2].lower() in CLAUSE_STARTERS
            and seg[1][2] in CONNECTORS
            and not head_type(seg[0][2])
        )
    ):
        seg = seg[1:]
    if len(seg) > 3 and seg[-2][2] == "the" and seg[-3][2] == "in" and seg[-1][2] in demonym_names():
        seg = seg[:-3]  # "… Summit of the OACPS in the Angolan capital": a place, by its adjective
    while len(seg) > 1 and (
        seg[-1][2].lower() in CONNECTORS
        or (_is_year(seg[-1][2]) and seg[-2][2] == "in")
        or (seg[-1][2].isdigit() and not _is_year(seg[-1][2]) and seg[-2][2] in CONNECTORS)
    ):  # "… Project to 20 more districts": the number is not the name's
        seg = seg[:-1] if seg[-1][2].lower() in CONNECTORS else seg[:-2]
    return seg


def _role_before_body(seg: list[tuple[int, int, str]]) -> bool:
    """Whether ``seg`` opens with a role word right before a body's name closed by its head
    ("Secretary Economic Affairs Division"); not a title of two words ("Secretary General …")."""
    return (
        len(seg) > 2
        and seg[0][2].lower() in ROLE_WORDS
        and seg[1][2][:1].isupper()
        and seg[1][2].lower() not in ROLE_WORDS
        and seg[1][2] not in ("General", "Generals")
        and head_type(seg[-1][2]) == "Organization"
        and head_type(seg[0][2]) != "Organization"
    )


def _has_head(words: list[tuple[int, int, str]]) -> bool:
    return any(head_type(w[2]) for w in words)


def chunk_names(chunk: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The names in one capitalized run, by offsets in the run: (start, end, type, qualified)."""
    return _chunk_names(chunk)


@lru_cache(maxsize=16384)
def _chunk_names(chunk: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The names in one capitalized run, by offsets in the run: (start, end, type, qualified).

    ``qualified``: the name ends in an instrument's head word, which lower-case words may
    qualify ("Convention on minimum age …"); the caller looks at the text after the run.
    Cached: documents repeat their names.
    """
    words = _words(chunk, 0, len(chunk))
    gaps = [""] + [chunk[a[1] : b[0]] for a, b in pairwise(words)]
    out = []
    for seg in (part for whole in _segments(words, gaps) for part in nested_bodies(whole)):
        seg = body_before_role(seg)  # "UN Security Council President …": the body's name only
        if not seg:
            continue
        type_name = classify([w[2] for w in seg])
        if type_name is None:
            continue
        s, e = seg[0][0], seg[-1][1]
        if chunk.endswith(_POSSESSIVE_ENDS, s, e):
            e -= 2
        elif chunk.endswith(_PLURAL_POSSESSIVE_ENDS, s, e):
            e -= 1
        place = _EVENT_PLACE.search(chunk, s, e) if "in" in chunk[s:e] else None
        if place:  # "Climate Action Summit in New York": the place is not the name
            before = chunk[s : place.start()].split()[-1]
            # "… (IOM) in Ukraine and Myanmar", "… Initiative (GIFL) in Geneva": places after an
            # event's name, a body's head, or any name's acronym (which closes the name)
            if (type_name == "Event" or _is_paren_acronym(before)) or (
                type_name == "Organization" and head_type(before)
            ):
                e = place.start()
                if " " not in chunk[s:e] and chunk[s:e].lower() in LONE_HEADS:
                    continue  # "Office in Tbilisi": a short form, not a name
        if type_name == "Organization" and generic_office(chunk[s:e].split()):
            continue
        last = seg[-1][2].lower().strip("()")
        out.append((s, e, type_name, type_name in ("Framework", "Plan") and last in _QUALIFIED_HEADS))
    return tuple(out)


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())
