"""Names of plans, frameworks, organizations and events that the reference does not know.

A name is found by its shape: a run of capitalized words, joined by connectors
("of", "on", "to", "against", "and the" ...), with a head word that gives its type —
"… National Action Plan (2021-2025)", "… Strategy 2021–2025", "Prevention of … Act 2018",
"… Protocol", "Convention on …", "Republic Act No. 9208", "Ministry of …", "… Agency",
"… Summit". Lower-case plans need a determiner and a marked modifier ("a national action
plan", "its drug-control master plan for the period from 2016 to 2020"); lower-case meetings
are a short list ("high-level meeting").

The runs are found by regular expressions over the text (C speed); only the few runs that
hold a head word reach Python code, in :mod:`kg.extract.name_segments`. Lower-case names are
in :mod:`kg.extract.lower_case_names`, headlines in :mod:`kg.extract.headlines`, names with no
head word that the text types beside them in :mod:`kg.extract.named_programmes` ("launched
Niños Seguros, a programme …") and :mod:`kg.extract.named_bodies` ("the OSCE Mission to …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.body_scopes import before_scope
from kg.extract.bracketed_laws import bracketed_laws
from kg.extract.bracketed_meetings import bracketed_meetings
from kg.extract.common_meetings import common_meetings
from kg.extract.companies import company_names
from kg.extract.council_meetings import council_meetings
from kg.extract.country_agencies import country_agencies
from kg.extract.generic_titles import generic_plural, plural_of_countries
from kg.extract.head_words import head_type
from kg.extract.headlines import detitle, recase_capitals, title_case_headline_end
from kg.extract.kinded_names import kinded_names
from kg.extract.lexicon import (
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    FRAMEWORK_HEADS,
    MONTHS,
    NOT_NAMES,
    ORG_HEADS,
    PLAN_HEADS,
)
from kg.extract.lower_case_names import (
    lower_case_bodies,
    lower_case_events,
    lower_case_plans,
    numbered_resolutions,
    signed_instruments,
)
from kg.extract.lower_case_periods import period_plans
from kg.extract.lower_heads import lower_head_names
from kg.extract.name_extensions import (
    adjust,
    body_forum,
    determined_contributions,
    named_operations_and_campaigns,
    numbered_sittings,
    ordinal_sessions,
    retype,
)
from kg.extract.name_joins import TOWARDS_AIM, before_second_body, ends_in_body, names_body
from kg.extract.name_segments import chunk_names, names_at
from kg.extract.named_bodies import named_bodies
from kg.extract.named_instruments import named_instruments
from kg.extract.named_programmes import named_programmes
from kg.extract.names import initials
from kg.extract.office_openings import opens_with_office
from kg.extract.passed_laws import passed_laws
from kg.extract.place_pairs import joins_two_places
from kg.extract.posts_abroad import posts_abroad
from kg.extract.quoted_events import quoted_events, title_like
from kg.extract.quoted_laws import quoted_laws
from kg.extract.quoted_plans import quoted_plans
from kg.extract.sdg_goals import sdg_goals
from kg.extract.spans import CANDIDATES, Cand, add_cands, candidates, doc_text, snap
from kg.extract.state_concepts import state_concepts
from kg.extract.title_topics import before_listed_countries, title_topic_end, topic_list_end

SOURCE = "pattern"

#: after a year, a range of fiscal years: "2018/19-2022/23", "2020/21 – 2024/25"
_FISCAL_TAIL = r"/\d{2}[ \t]*[-–][ \t]*(?:19|20|21)\d{2}/\d{2}(?!\d)"
_CAPW = (
    r"(?:(?:[A-Z]\.){2,}|No\.|[A-Z][\w’'&/\-]*(?:–[A-Z][\w’'&/\-]*)*"
    # a law's number after "No. ": "No. 029/PR/2026", "No. 2026-14", "No. 1234-A"
    r"|(?:(?<=No\.)|(?<=No\.[ \t]))\d{1,5}(?:[/-](?:\d{1,5}|[A-Z]{1,5}))+(?![\w/-])"
    # "2018/19-2022/23" (fiscal years), "2020/21"
    r"|(?:19|20|21)\d{2}(?:" + _FISCAL_TAIL + r"|[ \t]*[-–][ \t]*\d{2,4}|/(?:(?:19|20|21)\d{2}|\d{2})(?!\d))?"
    r"|\d{1,3}(?:st|nd|rd|th)(?=[ \t]+[A-Z])"  # "115th Session of …"
    r"|\((?:\d{4}(?:" + _FISCAL_TAIL + r"|[ \t]*[-–][ \t]*\d{2,4}|/\d{2,4})"
    r"|[A-Z][\w\-/]*|No\.[ \t]*\d{1,4})\)"
    r"|\d{1,3}-[A-Z][a-z]+"  # "20-Year National Strategy", "10-Point Plan"
    r"|(?:(?<=Law[ \t])|(?<=Act[ \t])|(?<=Decree[ \t]))\d{1,5}-\d{1,5}(?![\w/-])"  # "Law 27-14"
    r"|\d{1,5}(?:\.\d{1,3}|/\d{2,4})?(?=[ \t]*(?:[,.;:)]|$|\s[a-z])))"  # "No. 35/2021"
)
#: "Roadmap for an ASEAN Community", "Work Plan for a Drug-Free ASEAN": "for a" goes on inside a
#: plan's or a campaign's name, never after a body or a country ("asked the World Bank for a …")
_FOR_A_HEADS = frozenset(
    [
        "Plan",
        "Roadmap",
        "Strategy",
        "Agenda",
        "Partnership",
        "Campaign",
        "Programme",
        "Program",
        "Initiative",
        "Alliance",
        "Coalition",
        "Framework",
        "Compact",
        "Vision",
        "Movement",
        "Declaration",
        "Pact",
        "Charter",
    ]
)
_FOR_A = r"(?:" + "|".join(rf"(?<={head}[ \t])" for head in sorted(_FOR_A_HEADS)) + r")for[ \t]+an?"
_CONN = (
    r"(?:of|on(?:[ \t]+a)?|" + _FOR_A + r"|for|the|and|to|against|in|at|de|del|di|du|des|la|le|el|al|&"
    r"|relating[ \t]+to"
    # "… Refugees and Migrants from …", "… All Persons from Enforced Disappearance"
    r"|(?:(?<=Migrants[ \t])|(?<=Refugees[ \t])|(?<=Persons[ \t])|(?<=Children[ \t])|(?<=Workers[ \t]))from"
    r"|" + TOWARDS_AIM + r")"  # "EU Strategy towards the Eradication of …"
)
_SEP = (
    r"(?:[ \t]+(?:" + _CONN + r"[ \t]+)*"
    r"|,[ \t]+(?=(?:19|20)\d{2}\b)"
    r"|[ \t]+[–—-][ \t]+(?=Phase[ \t])"  # "Pentagonal Strategy – Phase I"
    # "Sharm el-Sheikh …", "Dar al-Hadith …"; not after a body's head or a country ("… Bank al-Aqsa Fund")
    r"|(?<!Bank)(?<!Fund)(?<!Ministry)(?<!Affairs)(?<!Agency)(?<!Authority)(?<!Council)(?<!Office)"
    r"(?<!Organization)(?<!Organisation)(?<!Commission)(?<!Committee)(?<!Foundation)(?<!Society)"
    r"(?<!Centre)(?<!Center)(?<!Union)(?<!Institute)(?<!University)(?<!Programme)(?<!Forum)(?<!Bahrain)"
    r"(?<!Qatar)(?<!Arabia)(?<!Emirates)(?<!Kuwait)(?<!Oman)(?<!Egypt)(?<!Jordan)(?<!Iraq)(?<!Yemen)"
    r"[ \t]+(?:el|al|ad|ar|as|ash|at|an|ul|ud)-(?=[A-Z])"
    r"|[ \t]+n\.?º[ \t]+(?=\d)"  # "Decree-Law n.º 14/2022"
    r"|(?<=No\.)(?=\d)"  # "Law No.45"
    # "Ministry of Labour, Skills Development and …": a list's items, the last before "and" of
    # three words at most ("Ministry of Labour, Human Resource Development and Training")
    r"|,[ \t]+(?=(?:Especially|Including|Particularly|In[ \t]+Particular)\b"
    r"|[A-Z]\w*(?:,|[ \t]+and[ \t]+)|[A-Z]\w*(?:[ \t]+[A-Z]\w*){1,2}[ \t]+and[ \t]+))"
)
#: 'National Action Plan on "Safe" Migration': a quoted word or two inside a name, after a topic's
#: connector and before capitalized words (not 'the Ministry and "Friends" met')
_QUOTED_WORDS = (
    # only after a topic's connector: 'Plan on "Safe" Migration', not 'Plan and the "Zero Tolerance" Strategy'
    r"(?:(?:(?<= of )|(?<= on )|(?<= for )|(?<= to )|(?<= in )|(?<= against ))"
    r"[\"“‘](?=[A-Z])[\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]*){0,2}[\"”’](?![\w’'])"
    r"(?=[ \t]+(?:(?:of|on|for|and|the|to|against|in)[ \t]+)*[A-Z])|" + _CAPW + r")"
)
CHUNK = re.compile(r"(?<![\w’'])" + _CAPW + r"(?:" + _SEP + _QUOTED_WORDS + r")*")
#: CHUNK written to open with a class of characters (the regex engine skips to them in C, not
#: trying the look-behind at every character): each branch of its first word after that
#: character, which a look-behind re-reads. Same matches (tested).
_CHUNK_FIRST = (
    r"[A-Z\d(](?<![\w’'][A-Z\d(])"
    r"(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=N)o\.|(?<=[A-Z])[\w’'&/\-]*(?:–[A-Z][\w’'&/\-]*)*"
    r"|(?:(?<=No\.\d)|(?<=No\.[ \t]\d))\d{0,4}(?:[/-](?:\d{1,5}|[A-Z]{1,5}))+(?![\w/-])"
    r"|(?:(?<=1)9|(?<=2)[01])\d{2}(?:"
    + _FISCAL_TAIL
    + r"|[ \t]*[-–][ \t]*\d{2,4}|/(?:(?:19|20|21)\d{2}|\d{2})(?!\d))?"
    r"|(?<=\d)\d{0,2}(?:st|nd|rd|th)(?=[ \t]+[A-Z])"
    r"|(?:(?<=Law[ \t]\d)|(?<=Act[ \t]\d)|(?<=Decree[ \t]\d))\d{0,4}-\d{1,5}(?![\w/-])"
    r"|(?<=\()(?:\d{4}(?:" + _FISCAL_TAIL + r"|[ \t]*[-–][ \t]*\d{2,4}|/\d{2,4})"
    r"|[A-Z][\w\-/]*|No\.[ \t]*\d{1,4})\)"
    r"|(?<=\d)\d{0,4}(?:\.\d{1,3}|/\d{2,4})?(?=[ \t]*(?:[,.;:)]|$|\s[a-z])))"
)
_CHUNK_FAST = re.compile(_CHUNK_FIRST + r"(?:" + _SEP + _QUOTED_WORDS + r")*")

_ALL_HEADS = PLAN_HEADS | FRAMEWORK_HEADS | ORG_HEADS | EVENT_HEADS
_HEAD_HINT = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(h.capitalize()) for h in _ALL_HEADS), key=len, reverse=True))
    + r"|MoU|MOU|Day|Call[ \t]+to[ \t]+Action)s?\b"
)

#: The names in each capitalized run met: runs recur (a document repeats its names).
_FOUND_IN_RUN: dict[str, tuple[tuple[int, int, str, bool], ...]] = {}


def _names_in_run(run: str) -> tuple[tuple[int, int, str, bool], ...]:
    """:func:`chunk_names` of a run with a head word, () for one without, remembered.

    The head-word search on the run alone finds what it finds in the text: CHUNK starts after a
    character that is not a word character, as the start of a string is to ``\b``.
    """
    if len(_FOUND_IN_RUN) > 65536:
        _FOUND_IN_RUN.clear()
    names = _FOUND_IN_RUN[run] = chunk_names(run) if _HEAD_HINT.search(run) else ()
    return names


#: A body named after its seat: "the Nairobi-based Trace Kenya" (two capitalized words at least).
_BASED_BODY = re.compile(
    r"\b[Tt]he[ \t]+[A-Z][\w’'-]*-based[ \t]+(?P<name>[A-Z][a-z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){1,4})"
)

#: A session of the climate Conference of the Parties: "COP28", "COP 26".
_COP = re.compile(r"(?<![\w-])(?:COP|Cop)[ -]?\d{1,2}(?![\w-])")  # news style writes "Cop27", "Cop 29"

#: A crisis named by its place or people: "the Rohingya crisis", "the COVID-19 crisis".
_NAMED_CRISIS = re.compile(r"\b[Tt]he[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+crisis\b")

#: A quoted name and its lower-case head: "the “Safe Homes” campaign", "the ‘… Administration’ bill".
_QUOTED_NAME = re.compile(
    r"[“\"‘'](?P<name>[A-Z][^“”\"‘’\n.!?;]{2,150}?)[”\"’'][ \t]+"
    r"(?P<head>bill|act|law|policy|strategy|plan|programme|program|campaign|initiative|agreement|convention"
    r"|protocol|declaration|roadmap)\b"
)
_QUOTE_CHARS = ("“", '"', "‘", "'")


#: "… and Bolivia", "… in Paraguay and Bolivia" at a name's end: a portfolio list ("Ministry of
#: Labour, Employment and Social Security") may hold "and", never a country.
_TRAILING_PLACE = re.compile(
    r"[ \t]+(and|in)[ \t]+(?:the[ \t]+)?([A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})$"
)


def _before_countries(text: str, start: int, end: int) -> int:
    """The end of a body's name found at ``text[start:end]`` without the countries listed after it."""
    from kg.extract.gazetteer import country_names

    countries = country_names()
    cut = end
    while True:
        match = _TRAILING_PLACE.search(text, start, cut)
        if match is None or match.group(2) not in countries or (match.group(1) == "in" and cut == end):
            return cut
        second = match.group(2)
        if match.group(1) == "and" and joins_two_places(text, start, match.start(), second, countries):
            return cut
        cut = match.start()


_LAST_WORD = re.compile(r"[ \t]([A-Z]{2,8})\Z")


def _before_own_initialism(text: str, start: int, end: int) -> int:
    """The end of a body's name written with its initialism after it, unbracketed ("the Labour
    Market Regulatory Authority LMRA"): the initialism is the name's acronym, not its last word."""
    last = _LAST_WORD.search(text, start, end)
    if last is None:
        return end
    found = initials(text[start : last.start()])
    return last.start() if len(found) >= 2 and found == last.group(1) else end


#: A plan's bare head and "to <verb>" opening a Title Case headline's name: what the plan does
_BARE_HEAD_TO = re.compile(
    r"(?:Project|Programme|Program|Plan|Initiative|Strategy|Campaign|Roadmap)[ \t]+to[ \t]"
)


def _before_owner(text: str, start: int, end: int) -> tuple[int, int]:
    """A name before "and <Country>'s": the country owns what comes next ("… of 2015 and Russia's
    Federal Law"), not a portfolio's last word ("Ministry of Labour and Social Security's")."""
    from kg.extract.gazetteer import country_names

    cut = text.rfind(" and ", start, end)
    owner = text[cut + 5 : end].removeprefix("the ")
    return (start, cut) if cut > start and owner in country_names() else (start, end)


#: "(Act 694)", "(Law No. 12/2020)": a law's number in brackets after its name
_NUMBER_IN_BRACKETS = re.compile(r"\((?:Act|Law|Decree|Ordinance)[ \t]+(?:No\.?[ \t]*)?\d[\w./-]*\)")
#: "the Human Trafficking Act of 2005 Act 694": after a law's name closed by its year, the act's number
_NUMBER_AFTER_YEAR = re.compile(r"(?<=\b(?:19|20)\d\d),?[ \t]+(?:Act|Law)[ \t]+(?:No\.?[ \t]*)?\d[\w./-]*$")
_BARE_LAW_NUMBER = re.compile(r"(?:Act|Law)[ \t]+(?:No\.?[ \t]*)?\d[\w./-]*")
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d,?[ \t]+$")
#: a month's short form closing a run, with the word before it: " on Dec", " in Sept" (a date follows)
_DATE_TAIL = re.compile(
    r"(?:[ \t]+(?:on|in|of|from|since|by|until|to))?[ \t]+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"(?P<year>[ \t]+(?:19|20)\d{2})?$"
)
_DATE_NEXT = re.compile(r"\.|[ \t]+\d")
#: A name that ends at "No." (its number unread): never a name.
_BARE_NUMBER_WORD = re.compile(r"[ \t]No\.?$")


def find_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of every name found by shape in ``text``.

    A Title Case headline is read with its verbs and function words in lower case
    ("Assembly Passes Trafficking In Persons Bill Into Law" → "Assembly passes Trafficking in
    Persons Bill into law"), so that its names are found and its other words join none.
    """
    headline_end = title_case_headline_end(text)
    if headline_end:
        text = detitle(text[:headline_end]) + text[headline_end:]
    text = recase_capitals(text)  # "the KENYA ANTI-TRAFFICKING NETWORK": a name, not Kenya
    found = _FOUND_IN_RUN
    for match in _CHUNK_FAST.finditer(text):
        run = match.group()
        names = found.get(run)
        if names is None:
            names = _names_in_run(run)
        if names:
            for start, end, kind in names_at(text, match.start(), names):
                if kind == "Organization" and opens_with_office(text, start):
                    continue  # "Angolan President and AU Chairperson Name": a title, no body
                if kind == "Organization" and not text[start].isdigit():
                    end, item = before_scope(text, start, _before_own_initialism(text, start, end))
                    if item is not None:
                        yield item  # "the World Bank for the Coastal Plan": the body, then the plan
                    bounds: tuple[int, int] | None = (start, end)
                    if " and " in text[start:end]:
                        cut = _before_countries(text, start, end)
                        bounds = (start, before_second_body(text, start, cut))
                        if bounds[1] < cut and names_body(text, bounds[1] + 5, cut):
                            yield bounds[1] + 5, cut, kind  # the second body's name, after "and"
                else:
                    bounds = adjust(text, start, end, kind)
                    if bounds and kind in (
                        "Event",
                        "Framework",
                        "Plan",
                    ):  # "… on People Smuggling, Trafficking in …"
                        bounds = (bounds[0], topic_list_end(text, *bounds))
                        if ", " in text[bounds[0] : bounds[1]]:
                            bounds = (bounds[0], before_listed_countries(text, *bounds))
                if (
                    bounds
                    and (m := _DATE_TAIL.search(text, *bounds))
                    and (m["year"] or _DATE_NEXT.match(text, bounds[1]))
                ):
                    bounds = (bounds[0], m.start())  # "the Global Compact on Refugees on Dec. 17": a date
                if bounds and kind != "Organization" and ends_in_body(text[bounds[0] : bounds[1]]):
                    continue  # "ECPAT UK and World Vision": bodies, not a plan headed "Vision"
                if bounds and start < headline_end and _BARE_HEAD_TO.match(text, bounds[0]):
                    continue  # "IOM Launches Project to Protect Migrants …": a headline's description
                if bounds and kind == "Plan" and generic_plural(text[bounds[0] : bounds[1]]):
                    continue  # "National Action Plans are …": a kind of document, not one plan
                if bounds and kind == "Plan" and plural_of_countries(text[bounds[0] : bounds[1]]):
                    continue  # "the Sector Policies of Ghana": several countries' plans, not one
                if bounds and _BARE_NUMBER_WORD.search(text, bounds[0], bounds[1]):
                    continue  # "Law No": a law's number the runs do not read is no name
                if bounds and kind == "Framework" and (number := _NUMBER_AFTER_YEAR.search(text, *bounds)):
                    bounds = (bounds[0], number.start())  # "… Act of 2005 Act 694": one act and its number
                if (
                    bounds
                    and _BARE_LAW_NUMBER.fullmatch(text, *bounds)
                    and _YEAR_BEFORE.search(text, max(0, bounds[0] - 8), bounds[0])
                ):
                    continue  # "the … Act of 2005, Act 694": the number of the act just named
                if bounds and _NUMBER_IN_BRACKETS.fullmatch(text, bounds[0] - 1, bounds[1] + 1):
                    continue  # "Human Trafficking Act, 2005 (Act 694)": the act's number, not a second act
                if bounds and text.startswith(("’s", "'s"), bounds[1]):
                    bounds = _before_owner(text, *bounds)  # "Decree 1067 of 2015 and Russia's …"
                if bounds:
                    end = bounds[1]
                    if kind == "Framework" and bounds[0] < 4 and text.startswith(" on ", end):
                        end = title_topic_end(text, bounds[0], end)  # the document's own title
                    if text.startswith((", a", ", of"), end):
                        kind = retype(text, end, kind)
                    kind = body_forum(text, bounds[0], end, kind)
                    yield bounds[0], end, kind
    yield from ordinal_sessions(text)
    yield from numbered_sittings(text)
    yield from named_operations_and_campaigns(text)
    yield from determined_contributions(text)
    yield from named_programmes(text)
    yield from named_bodies(text)
    yield from posts_abroad(text)
    yield from named_instruments(text)
    yield from numbered_resolutions(text)
    yield from lower_case_plans(text)
    yield from period_plans(text)  # "a programme on X for the 2021-2025 period"
    yield from kinded_names(text)  # "Growth for Rural Advancement (GRASP) … GRASP is a programme"
    yield from lower_head_names(text)
    yield from lower_case_events(text)
    yield from council_meetings(text)
    yield from common_meetings(text)
    yield from passed_laws(text)  # "ratified the revised refugee proclamation … The proclamation"
    yield from bracketed_meetings(text)  # "the Abu Dhabi Dialogue (ADD) Ministerial Consultation"
    yield from bracketed_laws(text)
    yield from sdg_goals(text)
    yield from state_concepts(text)
    yield from signed_instruments(text)
    yield from company_names(text)
    if "-based " in text:
        for match in _BASED_BODY.finditer(text):
            yield match.start("name"), match.end("name"), "Organization"
    if "COP" in text or "Cop" in text:
        for match in _COP.finditer(text):
            yield match.start(), match.end(), "Event"
    if " crisis" in text:
        for match in _NAMED_CRISIS.finditer(text):
            if match.group(1).lower() not in NOT_NAMES and match.group(1).lower() not in MONTHS:
                yield match.start(1), match.end(), "Issue"
    if any(q in text for q in _QUOTE_CHARS):
        for match in _QUOTED_NAME.finditer(text):
            type_name = head_type(match.group("head"))
            if type_name and title_like(match.group("name")):
                yield match.start("name"), match.end("head"), type_name
        yield from quoted_events(text)
    yield from quoted_plans(text)
    yield from quoted_laws(text)
    yield from lower_case_bodies(text)


class PatternRuler:
    """Add pattern-found names to the ``CANDIDATES`` group (source "pattern")."""

    def __init__(self, *, name: str = "kg_pattern_ruler") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        add_cands(doc, CANDIDATES, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Cand]:
        """The names the patterns find, and the "<Field> <Country> (ACR)" bodies that neither they nor
        the candidates before them (the reference names) cover."""
        text = doc_text(doc)
        found = snap(
            doc,
            (
                (s, e, type_name, "", SOURCE)
                for s, e, type_name in find_names(text)
                if not _party_to(text, s, type_name) and not _generic_group(text[s:e], type_name)
            ),
        )
        if "(" in text:  # "Immigration New Zealand (INZ)": a body no shape finds, named by its initials
            agencies = country_agencies(text, candidates(doc, CANDIDATES) + found)
            found += snap(doc, ((s, e, t, "", SOURCE) for s, e, t in agencies))
        return found


#: what an administration that is a body may be of, besides a portfolio: "Prison Administration"
_ADMINISTERED = frozenset(
    (
        "prison", "prisons", "veterinary", "tax", "road", "roads", "railway", "forest", "forests",
        "land", "civil", "federal", "national", "state", "regional", "municipal", "district",
        "provincial", "city", "county", "central", "general", "port", "ports", "water",
    )
)  # fmt: skip


def _no_administration(words: list[str]) -> bool:
    """Whether a name ending in "Administration" names no body: a government by its leader ("Trump
    Administration"), a degree or a topic ("Master of Public Administration", "Reform of Public
    Administration"); not "Police Administration", "Ministry of Public Administration" nor "Ghana
    Institute of Management and Public Administration" (a body's head before "of")."""
    if "of" in words:
        head = words[words.index("of") - 1] if words.index("of") > 0 else ""
        return head != "School" and head_type(head) != "Organization"  # "National School of Public …"
    first = words[0].lower()
    return len(words) == 2 and first not in DEPARTMENT_WORDS and first not in _ADMINISTERED


#: "a State Party to the Protocol", "Parties to the Paris Agreement": a standing, not a body's name
_PARTY_TO = re.compile(r"States?[ \t]+Part(?:y|ies)[ \t]+(?:to|of)[ \t]|Part(?:y|ies)[ \t]+to[ \t]")


def _party_to(text: str, start: int, type_name: str) -> bool:
    return type_name == "Organization" and _PARTY_TO.match(text, start) is not None


#: plural nouns of a kind of body: "Non-Governmental Organizations", "Law Enforcement Agencies"
_GENERIC_PLURALS = frozenset(
    ("Organizations", "Organisations", "Agencies", "Ministries", "Bodies", "Institutions", "Authorities",
     "Entities", "Partners", "Stakeholders", "NGOs")
)  # fmt: skip
#: plural nouns for people, closing a run: "Law Enforcement Officials", "Labour Inspectors"
_PEOPLE = frozenset(
    (
        "Officials",
        "Officers",
        "Personnel",
        "Inspectors",
        "Prosecutors",
        "Judges",
        "Practitioners",
        "Professionals",
    )
)
#: plural nouns for people of a body: "Representatives of …", "Members of …"
_PEOPLE_OF = re.compile(r"(?:Representatives|Members|Officials|Delegates|Delegations|Staff)[ \t]+of[ \t]")


def _generic_group(name: str, type_name: str) -> bool:
    """A kind of body or its people, not a body's name: "Civil Society Organisations" (no "of"),
    "Representatives of Non-Governmental Organizations", "Law Enforcement Officials"; or a government
    named by its leader ("the Trump Administration")."""
    if type_name not in ("Organization", "Framework"):
        return False
    words = name.split()
    if words[-1] == "Administration":
        return _no_administration(words)
    if words[-1] in _GENERIC_PLURALS and " of " not in name:
        return True
    if words[-1] in _PEOPLE and " of " not in name and " on " not in name:
        return True  # "Law Enforcement Officials": people; not "Code of Conduct for … Officials"
    return _PEOPLE_OF.match(name) is not None
