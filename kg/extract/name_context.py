"""Candidates that the words around them show are not names, or not of the type found.

- "the United Nations migration agency", "UN organisations", "at the United Nations
  Headquarters", a dateline "UNITED NATIONS, New York": the UN named as a modifier or a
  place, not as an actor; "the UN Country Team" is a body of its own.
- A Title Case headline line with a verb in it ("Council Statement Condemns Attacks on …",
  "Delegates Appoint Member to …"): a pattern name spanning the verb is not a name.
- "Ministries of Foreign Affairs", "Border Control Departments", "International Organizations":
  a plural head names a class of bodies, not one body.
- "X and Y signed a memorandum of understanding (MoU)": the lower-case name of the signed text,
  given a short form (without one, :mod:`kg.extract.lower_case_names` waits for "the MoU").
- "the ILO technical cooperation programme", "the ECOWAS free movement protocol": a body's
  acronym, lower-case words and a head word name the body's plan or treaty.
- "the Sixty-fourth General Assembly", "the 78th General Assembly": a session of the body; the
  ordinal is cut off and the body is left.
- "the Malaysian Trades Union Congress", "the Nigeria Labour Congress", "Migrant Forum Asia": a
  workers' congress is the union, and a forum named for its region is a body, not an event.
"""

from __future__ import annotations

import re

from kg.extract.council_meetings import MEETING_FORMAT
from kg.extract.lexicon import BODY_OFFICE_KINDS, HEADLINE_VERBS
from kg.extract.spans import Cand

_UN_FORMS = frozenset({"United Nations", "UN", "U.N.", "UNITED NATIONS"})
#: What follows the UN named as a modifier ("the UN migration agency", "United Nations organizations")
_UN_MODIFIES = re.compile(
    r"[ \t]+(?:(?:migration|refugee|children’s|children's|human[ \t]+rights|development|humanitarian)[ \t]+)?"
    r"(?:agency|agencies|organi[sz]ations|[Hh]eadquarters|system|entities|bodies|family)\b"
)
_COUNTRY_TEAM = re.compile(r"[ \t]+Country[ \t]+Team\b")

#: Headline verbs and more that Title Case headlines use ("Condemns", "Appoint", "Winds Down")
_VERBS = HEADLINE_VERBS | frozenset(
    {"condemns", "condemn", "appoint", "appoints", "promotes", "promote", "winds", "working", "says"}
    | {"calls", "reaffirming", "urges", "slams", "eyes", "mulls", "backs", "vows", "seeks", "ok’s", "ok's"}
)
#: Plural heads of a class of bodies
_PLURAL_HEADS = frozenset(
    {"ministries", "departments", "organizations", "organisations", "agencies", "institutions", "authorities"}
    | {"commissions", "committees", "councils", "services", "bodies", "governments", "offices", "units"}
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
#: "Trades Union Congress", "Nigeria Labour Congress", "Migrant Forum Asia": a body named with an
#: event's head word (a workers' congress; a forum named for its region, not for a topic)
_BODY_WITH_EVENT_HEAD = re.compile(
    r"\bUnions?\b.*\bCongress\b|\bCongress[ \t]+of[ \t]+(?:\w+[ \t]+)?Unions\b"
    r"|\b(?:Labou?r|Workers[’']?|Trades?)[ \t]+Congress(?=[ \t]*(?:\([A-Z]+\))?$)"
    r"|\bForum[ \t]+(?:Asia|Africa|Europe|Asia[ \t-]Pacific|Latin[ \t]+America|the[ \t]+Pacific|Pacific)"
    r"(?=[ \t]*(?:\([A-Z]+\))?$)"
    # "the Conference of Bishops of Brazil", "Catholic Bishops' Conference": a standing body of its members
    r"|\bConference[ \t]+of[ \t]+(?:[A-Z]\w+[ \t]+)?(?:Bishops|Churches|Rectors|Mayors)\b"
    r"|\b(?:Bishops[’']?|Episcopal)[ \t]+Conference\b"
)


#: "signed a memorandum of understanding (MoU)", "signed today a memorandum of cooperation (MOC)": the
#: text signed, named in lower case
_SIGNED_MOU = re.compile(
    r"sign(?:ed|s|ing)?[ \t]+(?:(?:today|yesterday|here|formally|officially|jointly)[ \t]+)?"
    r"(?:a|an|the)[ \t]+"
    r"(?:(?:new|bilateral|landmark|historic)[ \t]+)?"
    r"(memorandum[ \t]+of[ \t]+(?:understanding|agreement|cooperation))[ \t]+\((?:MoU|MOU|MoA|MOA|MoC|MOC)\)"
)


def _signed_mou(text: str, cands: list[Cand]) -> list[Cand]:
    if "emorandum of" not in text:
        return []
    out = []
    for m in _SIGNED_MOU.finditer(text):
        start, end = m.span(1)
        if not any(c.start <= start < c.end for c in cands if c.label == "Framework"):
            out.append(Cand(start, end, m.group(1), "Framework", "", "pattern"))
    return out


_ACRONYM_NAMED = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|an?|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"([A-Z]{2,8}[ \t]+(?:[a-z][a-z-]+[ \t]+){1,3}"
    r"(programme|program|plan|strategy|protocol|agreement|declaration|convention))\b(?![ \t]*[A-Z(])"
)
#: "the ILO Governing Body": a body whose head word "Body" is too common to be a head word
_GOVERNING_BODY = re.compile(r"(?:([A-Z]{2,8})[ \t]+)?Governing[ \t]+Body\b")
_SESSION_ORDINAL = re.compile(
    r"(?:[A-Za-z]+-(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|\d+(?:st|nd|rd|th))"
    r"[ \t]+(?=[A-Z])"
)
_NOT_MODIFIERS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "with", "by", "for"})
_PLAN_WORDS = frozenset({"programme", "program", "plan", "strategy"})


def _acronym_named(text: str, cands: list[Cand]) -> list[Cand]:
    bodies = {c.start: c.end for c in cands if c.label == "Organization" and c.text.isupper()}
    if not bodies:
        return []
    out = []
    for m in _ACRONYM_NAMED.finditer(text):
        start, end = m.span(1)
        if bodies.get(start) != start + len(m.group(1).split()[0]):
            continue
        if any(c.start < end and start < c.end and c.label not in ("Organization", "Issue") for c in cands):
            continue
        inner = m.group(1).split()[1:-1]
        if any(w in _NOT_MODIFIERS or w.endswith("ed") for w in inner):
            continue  # "IOM signed an agreement": a clause, not a name
        label = "Plan" if m.group(2) in _PLAN_WORDS else "Framework"
        out.append(Cand(start, end, m.group(1), label, "", "pattern"))
    return out


def _governing_bodies(text: str, cands: list[Cand]) -> list[Cand]:
    if "Governing Body" not in text:
        return []
    out = []
    for m in _GOVERNING_BODY.finditer(text):
        start = m.start()
        if not any(c.start < m.end() and start < c.end and c.label != "Organization" for c in cands):
            out.append(Cand(start, m.end(), m.group(), "Organization", "", "pattern"))
    return out


def _title_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the Title Case lines among the first few lines: headlines and subheads."""
    out = []
    start = 0
    for _ in range(10):
        end = text.find("\n", start, start + 400)
        if end < 0:
            break
        line = text[start:end].rstrip()
        words = [w for w in _WORD.findall(line) if len(w) > 3]
        if words and not line.endswith(".") and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((start, end))
        start = end + 1
    return out


def _plural_head(name: str) -> bool:
    """Is the head of ``name`` plural: the word before its first "of", else its last word?"""
    if " of " in name:
        if " and " in name:
            return False  # "the Ministries of Labour and of Health": named bodies, split later
        head = name.split(" of ", 1)[0].split()[-1]
    else:
        head = name.split()[-1]
    return head.lower() in _PLURAL_HEADS


def _verb_inside(name: str) -> bool:
    words = name.split()
    return any(w.lower() in _VERBS and w[:1].isupper() for w in words[1:])


#: "Regional Office for the Middle East", "Country Office in Nepal": a body's office, named on its own
_OFFICE_START = re.compile(BODY_OFFICE_KINDS + r"[ \t]+Office\b")
#: between a known body and its office: "UNODC Regional Office", "… Crime (UNODC) Regional Office"
_BODY_OFFICE_GAP = re.compile(r"(?:[’']s)?[ \t]+(?:\([A-Z][\w.-]{1,9}\)[ \t]+)?|\)[ \t]+")


def _office_of_known_body(text: str, office: Cand, cands: list[Cand]) -> Cand:
    """ "the United Nations Office on Drugs and Crime (UNODC) Regional Office for the Middle East":
    the office named right after a reference body speaks and acts as that body."""
    for c in cands:
        if (
            c.kb_id
            and c.label == "Organization"
            and c.end < office.start
            and _BODY_OFFICE_GAP.fullmatch(text, c.end, office.start)
        ):
            return office._replace(kb_id=c.kb_id)
    return office


#: "the Egyptian Red Crescent", "the Kenya Red Cross Society": a national society, named by its emblem
_RED_CROSS = re.compile(
    r"\b(?:[A-Z][\w’'-]+[ \t]+){1,3}(?P<emblem>Red[ \t]+(?:Cross|Crescent)(?:[ \t]+Society)?)\b"
)
#: "the International Red Cross and Red Crescent Societies", "… Red Cross and Red Crescent Movement"
_RED_CROSS_MOVEMENT = re.compile(
    r"\b(?:International[ \t]+(?:Federation[ \t]+of[ \t]+)?)?Red[ \t]+Cross[ \t]+and[ \t]+Red[ \t]+Crescent"
    r"[ \t]+(?:Societies|Movement)\b"
)
#: a government named for the nation's unity it stands for: "the Government of National Accord"
_NATIONAL_GOVERNMENT = re.compile(
    r"(?:(?:Interim|Transitional)[ \t]+)?Government[ \t]+of[ \t]+National[ \t]+[A-Z]\w+"
)
#: last words that make a name a body whatever head word it opens with ("Bill and Melinda Gates Foundation")
_BODY_ENDS = frozenset(("Foundation", "Institute", "Society", "Association", "Federation", "Confederation"))


def _body_named(name: str) -> bool:
    """A name of capitalized words (and "and") that ends in a body's word: "Bill and Melinda Gates
    Foundation"; not "Law on Freedom of Association" or "Agenda for the Information Society"."""
    words = name.split()
    return words[-1] in _BODY_ENDS and all(w[:1].isupper() or w in ("and", "&") for w in words)


def _red_cross_societies(text: str, cands: list[Cand]) -> list[Cand]:
    """ "the Kenya Red Cross Society", "the Egyptian Red Crescent": a country's name or adjective, then
    the emblem ("On Monday Kenya Red Cross volunteers" keeps only "Kenya Red Cross"); and the movement
    of both emblems ("the International Red Cross and Red Crescent Societies"), whose emblems are no
    persons' names."""
    if "Red C" not in text:
        return []
    from kg.extract.gazetteer import country_forms

    forms = country_forms()
    out = [
        Cand(m.start(), m.end(), m.group(), "Organization", "", "pattern")
        for m in _RED_CROSS_MOVEMENT.finditer(text)
        if not any(c.start <= m.start() and m.end() <= c.end and c.kb_id for c in cands)
    ]
    for m in _RED_CROSS.finditer(text):
        words = text[m.start() : m.start("emblem")].split()
        lead = next((n for n in (2, 1) if len(words) >= n and " ".join(words[-n:]) in forms), 0)
        if not lead:
            continue
        start = m.start("emblem") - len(" ".join(words[-lead:])) - 1
        if not any(c.start <= start and m.end() <= c.end and c.kb_id for c in cands):
            out.append(Cand(start, m.end(), text[start : m.end()], "Organization", "", "pattern"))
    return out


def in_context(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the UN used as a modifier and the headline fragments, and with a
    union's congress typed as the body it is; plus "UN Country Team" bodies."""
    lines = _title_lines(text) if "\n" in text[:2000] else []
    out: list[Cand] = []
    for c in cands:
        if c.text in _UN_FORMS and c.label == "Organization":
            team = _COUNTRY_TEAM.match(text, c.end)
            if team:
                end = team.end()
                out.append(Cand(c.start, end, text[c.start : end], "Organization", "", "pattern"))
                continue
            if _UN_MODIFIES.match(text, c.end) or (c.text.isupper() and text.startswith(",", c.end)):
                continue
        in_title = lines and any(s <= c.start and c.end <= e for s, e in lines)
        if c.source == "pattern" and in_title and _verb_inside(c.text):
            continue
        if c.label == "Organization" and c.source == "pattern" and _plural_head(c.text):
            continue
        if c.label == "Organization" and c.source == "pattern" and (o := _SESSION_ORDINAL.match(c.text)):
            c = Cand(c.start + o.end(), c.end, c.text[o.end() :], c.label, c.kb_id, c.source)
        if c.label == "Organization" and not c.kb_id and _OFFICE_START.match(c.text):
            c = _office_of_known_body(text, c, cands)
        if c.label in ("Framework", "Plan") and c.source == "pattern" and _body_named(c.text):
            c = c._replace(label="Organization")  # "the Bill and Melinda Gates Foundation"
        if c.label == "Framework" and _NATIONAL_GOVERNMENT.fullmatch(c.text):
            c = c._replace(label="Organization")  # "Libya's Government of National Accord": a government
        if c.label == "Organization" and c.source == "pattern" and MEETING_FORMAT.search(c.text):
            c = c._replace(label="Event")  # "the UN Security Council Open Debate on …": the meeting
        if c.label == "Event" and c.source == "pattern" and _BODY_WITH_EVENT_HEAD.search(c.text):
            c = Cand(c.start, c.end, c.text, "Organization", c.kb_id, c.source)
        out.append(c)
    return (
        out
        + _signed_mou(text, out)
        + _acronym_named(text, out)
        + _governing_bodies(text, out)
        + _red_cross_societies(text, out)
    )
