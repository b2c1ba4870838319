"""Fix the bounds of pattern names after recognition, before the resolver chooses among them.

News text runs a name into what follows it: a venue ("the Plan at the Harbour Convention
Centre"), a date or a reading ("the Act on second reading"), an occasion ("the Framework on
the Occasion of …"), or the name of the official who heads the body ("Director of the Water
Department Ana Ruiz said", split by :mod:`kg.extract.official_names`). It also cuts names
short: "Trafficking" before "in Persons", "Law No" before ". 12-05", a committee's serial comma
("Committee on Youth, Women, and Sport").
Each rule here fixes one of these shapes, on the candidate tuples, so the resolver and the
relation rules see the repaired names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from kg.extract.body_instruments import split_body_instrument
from kg.extract.gazetteer import demonym_names, place_names
from kg.extract.given_name_list import given_names
from kg.extract.head_words import head_type
from kg.extract.instrument_holders import split_holder
from kg.extract.lexicon import (
    EVENT_HEADS,
    FRAMEWORK_HEADS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    PLAN_HEADS,
    YEAR,
)
from kg.extract.name_context import in_context
from kg.extract.name_overlaps import (
    SECOND_OFFICE,
    bare_initialism,
    body_members,
    office_not_name,
    portfolio,
    two_known_bodies,
)
from kg.extract.names import PERIOD_YEARS, framed_range
from kg.extract.official_names import (
    after_second_role,
    body_after_person,
    body_after_person_and,
    person_inside,
    split_official,
)
from kg.extract.person_forms import person_forms
from kg.extract.persons_anchors import ROLE_WORD
from kg.extract.spans import Cand

_NAMED = ("Framework", "Plan", "Event")

# -- a trailing phrase that is not part of the name ------------------------------------------

#: "… at the Harbour Convention Centre", "… at Geneva": a venue or place after a name
_AT = re.compile(r"\s+at\s+(?:the\s+)?(?=[A-Z]|\d+(?:st|nd|rd|th)\s+[A-Z])(?!Work\b)")
#: "… on third and final reading", "… on the Occasion of", "… on Monday", "… on 3 May"
_ON_PHRASE = re.compile(
    r"\s+on\s+(?:(?:the|its|their)\s+)?(?i:occasion|sidelines|margins|behalf|first|second|third|final|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)"
)
#: "European Union Funded", "Committee of the Parties to the Convention": a participle after a
#: body's name, or the treaty a treaty body serves
_ORG_TAIL = re.compile(
    r"\s+(?:Funded|Supported|Sponsored|Backed|Financed)$|(?<=of the Parties)\s+to\s+the\s+[A-Z][\w’'-]*$"
    r"|\s+(?:19|20)\d{2}$"  # "the Department of State 2018 report": the report's year, no word of the body's
)
#: a body's name closed by "of the" and a demonym: the noun it qualifies is in lower case, outside
_OF_THE_DEMONYM = re.compile(r"\s+of\s+the\s+([A-Z][\w’'-]+)$")
_CAMPUS_HEADS = frozenset(("University", "College", "School", "Institute"))
#: "… at Bharat Mandapam", "… at the Palais": the place a body met, up to four capitalized words
_AT_PLACE = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$")
#: "Meeting of Champion Countries for Implementation of the Compact": the purpose, not the name
_PURPOSE = re.compile(r"\s+for\s+(?:the\s+)?(?i:implementation|follow-up|review)\s+of\b")
#: "… Policy to Government", "… Bill to Parliament", "… Plan against Trafficking to Parliament": whom
#: a plan or bill is given to, right after its head or after its topic ("on …", "against …")
_TO_RECIPIENT = re.compile(
    r"\b(?:Policy|Strategy|Plan|Bill|Act|Law|Agreement|Report|Programme|Framework)"
    r"(?:\s+(?:on|against|for)(?:\s+(?!to\b)[\w’'()-]+)+?)?(?P<to>\s+to\s+(?:the\s+)?"
    r"(?:Government|Parliament|Cabinet|President|Congress|Senate|Assembly|Council|Minister|Ministry|"
    r"Governor|King|Prime\s+Minister|Lawmakers|MPs|Legislature))$"
)
#: "the Plan in Katowice": a place right after the head word (not "Plan on Displacement in Iraq")
_HEAD_IN = re.compile(r"\b(\w+)\s+in\s+(?=[A-Z])")


def _cut_trailing(text: str, c: Cand, places: AbstractSet[str]) -> Cand:
    name = c.text
    cut = len(name)
    if name[-1:].isupper() or name.endswith("s"):
        bare = bare_initialism(name)
        if bare is not None:
            cut = bare  # "the UN Sustainable Development Goals SDGs"
    if " at " in name and c.label in _NAMED:
        m = _AT.search(name)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    if " on " in name:
        m = _ON_PHRASE.search(name)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    if c.label == "Organization":
        m = _ORG_TAIL.search(name)
        if m and m.start() > 0:
            cut = min(cut, m.start())
        m = _OF_THE_DEMONYM.search(name) if " of the " in name else None
        if m and m.group(1) in demonym_names():
            cut = min(cut, m.start())  # "… Committee … of the Ivorian authorities": whose, not a name
        m = _AT_PLACE.search(name) if " at " in name else None
        if (
            m
            and any(head_type(w) == "Organization" for w in name[: m.start()].split())
            and not any(head_type(w) for w in m.group(1).split())
            and not _CAMPUS_HEADS & set(name[: m.start()].split())  # "University of California at Berkeley"
        ):
            cut = min(cut, m.start())  # "Ministry of Environment at Bharat Mandapam": where it met
    if " for " in name and c.label == "Event":
        m = _PURPOSE.search(name)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    if " to " in name and c.label in ("Framework", "Plan"):
        m = _TO_RECIPIENT.search(name)
        if m:
            cut = min(cut, m.start("to"))  # "Presents National Migration Policy to Government"
    if " in " in name and c.label in ("Framework", "Plan"):
        for m in _HEAD_IN.finditer(name):
            head = m.group(1).lower()
            place = name[m.end() :]
            named_head = head in PLAN_HEADS or head in FRAMEWORK_HEADS
            if named_head and place not in places and _capitalized(place):
                cut = min(cut, m.start() + len(m.group(1)))
                break
    if cut == len(name):
        return c
    return Cand(c.start, c.start + cut, name[:cut], c.label, c.kb_id, c.source)


#: a sentence's plural subject before "at" and the body: "Students at Makerere University protested"
_PEOPLE_AT = re.compile(
    r"(?:Students|Lecturers|Teachers|Workers|Officials|Staff|Nurses|Doctors|Researchers|Scientists|Experts"
    r"|Employees|Residents|Patients|Inmates|Detainees|Migrants|Refugees|Volunteers|Delegates|Participants)"
    r"[ \t]+at[ \t]+(?=[A-Z])"
)


def _cut_people_at(c: Cand) -> Cand:
    """ "Students at Makerere University": the body is what follows "at"."""
    if c.label != "Organization" or " at " not in c.text:
        return c
    m = _PEOPLE_AT.match(c.text)
    if m is None or not head_type(c.text.split()[-1]):
        return c
    return Cand(c.start + m.end(), c.end, c.text[m.end() :], c.label, c.kb_id, c.source)


#: one word of a name: its start and end in the candidate's text
_WORD = re.compile(r"\S+")


#: a name's lower-case particle and the word after it: " al-Saadi", " bin Salman"
_PARTICLE_TAIL = re.compile(
    r"(?:[ \t]+(?:"
    + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
    + r")(?:-|[ \t]+)[A-Z][\w’'-]*)+"
)
#: words that make a place's name, not a person's: "North Carolina", "New Jersey"
_PLACE_OPENERS = frozenset(
    ["North", "South", "East", "West", "New", "Saint", "St", "Upper", "Lower", "Central"]
)


def _place_word(word: str) -> bool:
    """Whether ``word`` names a country or a capital ("America", "Georgia") or opens a place's name:
    no given name or surname there."""
    return word in _PLACE_OPENERS or word in place_names()


def _holder_after(text: str, c: Cand) -> list[Cand]:
    """ "President of the Iraqi Federation of Industries Ali Sabeeh al-Saadi": a body's name after an
    office, then the name of the one who holds it (a known given name and one to three more name
    words, none a head word) split off as a person. With no office before the body ("Staff of the
    Bureau for Europe Maria Keller") the words after it may be its own."""
    if c.label != "Organization" or c.source != "pattern" or c.text.count(" ") < 2:
        return [c]
    names = given_names()
    words = list(_WORD.finditer(c.text))
    if not any(w.group() in names for w in words[1:-1]):
        return [c]  # the cheap test first: no given name inside the run
    clause = text.rfind(",", max(0, c.start - 150), c.start) + 1 or max(0, c.start - 150)
    if not ROLE_WORD.search(text, clause, c.start):  # an office whose holder may follow the body
        return [c]
    for k in range(1, len(words) - 1):
        given, before = words[k].group(), words[k - 1].group()
        rest = [w.group() for w in words[k + 1 :]]
        if (
            given in names
            and len(rest) <= 3
            and before[:1].isupper()
            and before.lower() not in NOT_NAMES
            and any(head_type(w.group()) for w in words[:k])
            and not any(head_type(w) for w in rest)
            and all(w[:1].isupper() or w.split("-")[0] in NAME_PARTICLES for w in rest)
            and not _place_word(given)
            and not _place_word(before)  # "Bank of America Merrill Lynch", "North Carolina Chapel Hill"
        ):
            at = c.start + words[k].start()
            body_end = c.start + words[k - 1].end()
            tail = _PARTICLE_TAIL.match(text, c.end)  # "Ali Sabeeh al-Saadi": the run stopped before it
            end = tail.end() if tail else c.end
            return [
                Cand(c.start, body_end, c.text[: words[k - 1].end()], c.label, c.kb_id, c.source),
                Cand(at, end, text[at:end], "Person", "", c.source),
            ]
    return [c]


def _capitalized(words: str) -> bool:
    return all(w[:1].isupper() for w in words.split())


# -- an honorific inside a name ---------------------------------------------------------------

#: "the Vision of His Majesty King Omar II": a person's honorific ends the name before it
_HONORIFIC = re.compile(r"\s+(?:of\s+)?(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)\s+")


def _split_honorific(c: Cand) -> list[Cand]:
    if "His " not in c.text and "Her " not in c.text:
        return [c]
    m = _HONORIFIC.search(c.text)
    if m is None:
        return [c]
    out = []
    body = c.text[: m.start()]
    if len(body.split()) >= 2:
        out.append(Cand(c.start, c.start + len(body), body, c.label, c.kb_id, c.source))
    person = c.text[m.end() :]
    if len(person.split()) >= 2 and _capitalized(person):
        out.append(Cand(c.start + m.end(), c.end, person, "Person", "", c.source))
    return out


# -- two events joined by "and" -------------------------------------------------------------

_ORDINAL = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
    r"\d{1,3}(?:st|nd|rd|th))"
)
_EVENT_HEAD = r"(?i:" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True)) + r")"
#: "Eighth Ministerial Conference and Third Business Forum of the X Process": two events (of X)
_TWO_EVENTS = re.compile(
    r"(?P<a>" + _ORDINAL + r"\b[^,;]*?\b" + _EVENT_HEAD + r")\s+and\s+(?:the\s+)?"
    r"(?P<b>" + _ORDINAL + r"\b[^,;]*?\b" + _EVENT_HEAD + r")(?=\s+of\b|$)"
)


def _split_events(c: Cand) -> list[Cand]:
    if c.label != "Event" or " and " not in c.text:
        return [c]
    m = _TWO_EVENTS.match(c.text)
    if m is None:
        return [c]
    return [
        Cand(c.start + m.start(g), c.start + m.end(g), m.group(g), c.label, c.kb_id, c.source)
        for g in ("a", "b")
    ]


# -- two bodies or two instruments joined by "and" -----------------------------------------------

#: "Convention 190 and ILO Recommendation 206": two numbered instruments
_TWO_NUMBERED = re.compile(
    r"^(?P<a>.*?[A-Za-z][ \t]+(?:No\.[ \t]*)?\d+|C-?\d+)[ \t]+and[ \t]+(?P<b>[A-Z].*?\d+)$"
)


#: heads of a body of its own after "and" ("… and V V Giri National Labour Institute"); not a
#: ministry's second portfolio ("Ministry of Defence and National Service")
_SEPARATE_BODY_HEADS = frozenset(
    (
        "institute",
        "agency",
        "commission",
        "foundation",
        "university",
        "bank",
        "organization",
        "organisation",
        "federation",
        "association",
        "centre",
        "center",
        "authority",
        "committee",
        "council",
    )
)


def _split_joined(c: Cand) -> list[Cand]:
    """ "the Ministry of Labour and Employment and V V Giri National Labour Institute": the ministry
    and the institute; "Convention 190 and ILO Recommendation 206": the two instruments."""
    if " and " not in c.text:
        return [c]
    if c.label == "Framework":
        m = _TWO_NUMBERED.match(c.text)
        if m is None:
            return [c]
        return [
            Cand(c.start + m.start(g), c.start + m.end(g), m.group(g), c.label, "", c.source) for g in "ab"
        ]
    if c.label != "Organization":
        return [c]
    at = c.text.rfind(" and ")  # the last "and": the second body's name holds none
    left, right = c.text[:at], c.text[at + 5 :]
    right_words, left_words = right.split(), left.split()
    if (
        len(right_words) >= 3
        and len(left_words) >= 3
        and right_words[-1].lower() in _SEPARATE_BODY_HEADS
        and all(w[:1].isupper() for w in right_words)
        and (left_words[0].lower() in ORG_HEADS or left_words[-1].lower() in ORG_HEADS)
    ):
        return [
            Cand(c.start, c.start + at, left, c.label, c.kb_id, c.source),
            Cand(c.start + at + 5, c.end, right, c.label, "", c.source),
        ]
    return [c]


#: the venue's own name ends before its place: "10th BRICS Summit in Johannesburg"
_PLACE_AFTER = re.compile(r"\s+in\s+[A-Z]")


def _venue_event(text: str, cut: Cand, whole: Cand) -> list[Cand]:
    """The meeting named after "at the" where a name was cut: "the MoU … at the 10th BRICS Summit"."""
    if cut.end >= whole.end or cut.start != whole.start:
        return []
    at = _AT.match(text, cut.end)
    if at is None:
        return []
    start = at.end()
    place = _PLACE_AFTER.search(text, start, whole.end)
    end = place.start() if place else whole.end
    name = text[start:end]
    if " " not in name or not any(head_type(w) == "Event" for w in name.split()):
        return []  # "the 10th BRICS Summit", "the 5th Africa Summit on Migration"
    return [Cand(start, end, name, "Event", "", cut.source)]


# -- a name cut short ------------------------------------------------------------------------

_IN_PERSONS = re.compile(r"\s+in\s+Persons\b((?:\s+[A-Z][\w’'-]*){0,4})")
#: "No. 285-04", "No. 029/PR/2026 on the Protection of the Child": the number and a title after it
_NUMBER = re.compile(
    r"\.?[ \t]*\d(?:[\w/-]*\w)?"
    r"(?:[ \t]+on[ \t]+the[ \t]+[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+the|of|and)?[ \t]*[A-Z][\w’'-]*)*)?"
)
#: ", and Family Relations": the last item of a committee's list of subjects
_SERIAL = re.compile(r",?\s+and\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3})")
_LISTED_HEADS = frozenset({"committee", "commission", "ministry", "department", "council", "subcommittee"})


_PERIOD_WORD = re.compile(r"[ \t]+period\b")
#: "… for the period 2015-18", "… for the period from 2015 to 2018": the years the run stopped before
#: (not after a whole name, "… against Trafficking for the period …": there the years stay outside).
#: The years are :data:`~kg.extract.names.PERIOD_YEARS`; here no day, month, further range or "months"
#: may follow the end year: "2015 to 30 June 2018", "2015-16 to 2019-20", "2015 to 18 months" give none
_PERIOD_YEARS = re.compile(
    r"[ \t]+"
    + PERIOD_YEARS
    + r"(?![ \t]*[-–/]?[ \t]*\d|\.\d|[ \t]+(?:to|until|months?|years?|weeks?|days?)\b)"
)


#: "… Strategy until 2030", "… Program for the period till 2020", "… up to 2030": the end year
#: that closes a plan's name (no day, month or further range after it)
_UNTIL_YEAR = re.compile(
    r"(?:[ \t]+for[ \t]+the[ \t]+period)?[ \t]+(?:until|till|up[ \t]+to)[ \t]+" + YEAR + r"\b"
    r"(?![ \t]*[-–/]?[ \t]*\d|\.\d|[ \t]+(?:to|until)\b)"
)


#: a verb the years after a plan may belong to: "extended the Plan until 2030", "will fund the … until 2027"
_LASTING_VERB = re.compile(
    r"\b(?:extend|prolong|keep|kept|implement|run|ran|fund|financ|support|maintain|continu|renew|sustain|"
    r"retain|follow|appl(?:y|ie|ied)|us(?:e|ed|es|ing)\b|carr)[a-z]*[ \t]+(?:[a-z]+[ \t]+){0,2}$"
)


def _extend(text: str, c: Cand) -> Cand:
    name, end = c.text, c.end
    if (
        c.label == "Plan"
        and not c.kb_id
        and not name.rstrip("s").isupper()  # "its NDCs till 2035": the acronym names the plan, not its years
        and (m := _UNTIL_YEAR.match(text, end))
        and not _LASTING_VERB.search(text, max(0, c.start - 60), c.start)
    ):
        return Cand(c.start, m.end(), text[c.start : m.end()], c.label, c.kb_id, c.source)
    if name.endswith("Trafficking"):
        m = _IN_PERSONS.match(text, end)
        if m:
            tail = m.group(1).split()
            heads = PLAN_HEADS | FRAMEWORK_HEADS | EVENT_HEADS | ORG_HEADS
            keep = len(tail) if tail and tail[-1].lower() in heads else 0
            stop = m.start(1) if keep == 0 else m.end(1)
            return Cand(c.start, stop, text[c.start : stop], c.label, c.kb_id, c.source)
    if c.label == "Framework" and (name.endswith(" No") or name.endswith(" No.")):
        m = _NUMBER.match(text, end)
        if m:
            stop = m.end()
            return Cand(c.start, stop, text[c.start : stop], c.label, c.kb_id, c.source)
    if (
        c.label in ("Plan", "Framework")
        and name[-1:].isdigit()
        and (m := _PERIOD_WORD.match(text, end))
        and framed_range(name)  # "… for the 2015-2018 period": the word that closes the period
    ):
        return Cand(c.start, m.end(), text[c.start : m.end()], c.label, c.kb_id, c.source)
    if (
        c.label in ("Plan", "Framework")
        and name.endswith(" for the period")
        and (m := _PERIOD_YEARS.match(text, end))
    ):
        return Cand(c.start, m.end(), text[c.start : m.end()], c.label, c.kb_id, c.source)
    if c.label == "Organization" and ", " in name and text.startswith(",", end):
        first = name.split()[:3]
        if any(w.lower() in _LISTED_HEADS for w in first) and (" on " in name or " of " in name):
            m = _SERIAL.match(text, end)
            if m and all(w.lower() not in NOT_NAMES for w in m.group(1).split()):
                stop = m.end()
                return Cand(c.start, stop, text[c.start : stop], c.label, c.kb_id, c.source)
    return c


def fix_bounds(
    text: str,
    cands: Iterable[Cand],
    places: AbstractSet[str],
    titled: Sequence[tuple[int, int, int]] = (),
) -> list[Cand]:
    """The candidates with their bounds fixed (see the module docstring), plus persons found
    inside bodies' names and in the name forms of :mod:`kg.extract.person_forms` (``titled``:
    its :func:`~kg.extract.person_forms.place_titled`). A shape name that is two reference
    bodies ("the IDA (IDA) of the World Bank") is dropped: the two stay."""
    out: list[Cand] = []
    cands = list(cands)
    known = {(c.start, c.end) for c in cands if c.source == "reference"}
    bodies = {(c.start, c.end) for c in cands if c.source == "reference" and c.label == "Organization"}
    person_ends = {c.start: c.end for c in cands if c.label == "Person"}
    persons = sorted(person_ends.items())
    for c in cands:
        if c.source != "pattern" or c.label not in ("Framework", "Plan", "Event", "Organization"):
            out.append(c)
            continue
        if c.start in person_ends:  # "Meredith Dank of NYU Marron Institute": the person, then the body
            c = body_after_person(text, c, person_ends[c.start])
        elif (inside := person_inside(c, persons)) > 0:  # "Maria van den Berg of Utrecht University"
            c = body_after_person(text, c, inside)
        if persons and " and " in c.text:
            c = body_after_person_and(text, c, persons)
        if two_known_bodies(text, c, known) or office_not_name(c):
            continue
        if c.text.endswith(("Leaders", "Ministers", "States", "Members", "Government")) and body_members(
            text, c, bodies
        ):
            continue  # "Pacific Islands Forum Leaders": the Forum's leaders; the Forum's name stays
        if c.label == "Organization" and portfolio(text, c):
            # "… Social Security and Chair in Office of the Colombo Process": the body of the second office
            held = SECOND_OFFICE.search(c.text)
            if held is None:
                continue
            c = Cand(c.start + held.end(), c.end, c.text[held.end() :], c.label, c.kb_id, c.source)
        # "the General Assembly of the X Declaration": the reference body (a candidate already), then X
        c = split_body_instrument(c, bodies)
        cut = _extend(text, _cut_trailing(text, _cut_people_at(c), places))
        out.extend(_venue_event(text, cut, c))  # "… MoU at the 10th BRICS Summit": the summit too
        c = cut
        for part in (
            p
            for h in _split_honorific(c)
            for e in _split_events(h)
            for j in _split_joined(e)
            for p in split_holder(text, j)  # "Decree of the President of X Ana Ruiz": the decree, the holder
        ):
            out.extend(
                q for o in split_official(text, after_second_role(text, part)) for q in _holder_after(text, o)
            )
    return person_forms(text, in_context(text, out), places, titled)
