"""Whom a person acts for, from an apposition or a capacity the text states.

- "Ana Ruiz, Peru's Undersecretary of Labour, said"; "Jon Berg, UNICEF's Regional Director for
  Asia,": the role words need not be known titles: a possessive country or body right after the
  name's comma, then capitalized office words, then the apposition's end (a comma, "who", the
  sentence's end) is how news names who someone works for. The person represents the possessor.
  Lower-case words ending in a role word do too ("Lina Haddad, ACNUR's research director.").
- "Amara Diallo (Senegal) said", "Ana Ruiz (IOM), Chair of …": the country or body in brackets
  right after the name.
- "Speaking also as coordinator of the Group of Friends, he said": the person named next in the
  sentence, else the last one named before it, represents the body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from kg.extract.lexicon import ROLE_WORDS
from kg.extract.records import NAME, EntityRec, MentionRec

#: between the name and the possessor: ", " or ", the "
_LEAD = re.compile(r",\s+(?:the\s+)?")
_SET_OFF_SAID = re.compile(r",[ \t]+(?:said|says|told|added|noted|stressed|explained|stated|announced)\b")
#: after the possessor: "'s Undersecretary of the Interior" up to the apposition's end
_ROLE_ALT = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_OFFICE = re.compile(
    r"(?:[’']s\s+(?:(?:(?:[A-Z][\w-]*|of|for|on|and|the|to|in)\s+){0,8}?[A-Z][\w-]*"
    r"|(?:[a-z-]+\s+){0,3}(?:"  # "KCMR's research director", "Peru's chief negotiator"
    + _ROLE_ALT
    + r"))|\s+(?:[a-z-]+\s+){0,2}(?:"  # "IOM mission chief", "UNICEF country representative"
    + _ROLE_ALT
    + r"))(?=\s*(?:,|\.|;|\)|\s+who\b|\s+and\s+[A-Z]|$))"
)


def apposition_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, country or body, position) for each "Person, Owner's Office Words," in ``text``.

    ``pairs``: the mentions with their entities, sorted by start.
    """
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    for m, person in pairs:
        if person.type != "Person" or m.kind != NAME or not text.startswith(",", m.end):
            continue
        lead = _LEAD.match(text, m.end)
        if lead is None:
            continue
        k = bisect_left(starts, lead.end())
        if k >= len(pairs) or starts[k] != lead.end():
            continue
        om, owner = pairs[k]
        if owner.type not in ("Country", "Organization"):
            continue
        if _OFFICE.match(text, om.end) is None and not (
            owner.type == "Organization" and _SET_OFF_SAID.match(text, om.end)
        ):  # "Ana Ruiz, UNICEF, said": the body she speaks for, set off by commas
            continue
        out.append((person, owner, m.start))
    return out


#: "Speaking as coordinator of the", "Speaking also in her capacity as Chair of the"
_CAPACITY = re.compile(
    r"\b[Ss]peaking\s+(?:also\s+)?(?:as|in\s+(?:his|her|its)\s+capacity\s+as)\s+(?:the\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:[Cc]oordinator|[Cc]hair|[Cc]hairperson|[Cc]hairman|[Pp]resident|[Hh]ead|"
    r"[Ss]pokesperson|[Cc]onvenor|[Ff]acilitator)\s+of\s+(?:the\s+)?"
)


#: a sentence's end: a stop before a space or the text's end, not an initial's ("H.E. Mr. Ali Khan")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.?!](?:\s|$)")


def capacity_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for each "Speaking as coordinator of the Body, X said" in ``text``."""
    if "peaking " not in text:
        return []
    out: list[tuple[EntityRec, EntityRec, int]] = []
    starts = [m.start for m, _e in pairs]
    for cue in _CAPACITY.finditer(text):
        k = bisect_left(starts, cue.end())
        if k >= len(pairs) or starts[k] != cue.end() or pairs[k][1].type not in ("Organization", "Country"):
            continue
        body_mention, body = pairs[k]
        end = _SENTENCE_END.search(text, body_mention.end)
        stop = end.start() if end else len(text)
        after = [e for m, e in pairs[k + 1 :] if m.start < stop and e.type == "Person"][:1]
        before = [e for m, e in pairs[:k] if e.type == "Person" and cue.start() - m.end < 400][-1:]
        for person in after or before:
            out.append((person, body, cue.start()))
    return out


def bracket_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, country or body, position) for each "Person (Owner)" in ``text``."""
    out: list[tuple[EntityRec, EntityRec, int]] = []
    for (m, person), (om, owner) in pairwise(pairs):
        if (
            person.type == "Person"
            and m.kind == NAME
            and owner.type in ("Country", "Organization")
            and _OPEN.fullmatch(text, m.end, om.start)
            and text.startswith(")", om.end)
        ):
            out.append((person, owner, m.start))
    return out


_OPEN = re.compile(r"\s*\((?:the\s+)?")


#: styles and forms of address between an office and its holder's name: "…, H.E. Mr. ", "…, Shri "
_ADDRESS = (
    r"(?:(?:H\.\s?E\.?|Hon\.?|Ms\.?|Mr\.?|Mrs\.?|Dr\.?|Prof\.?|Madam|Sen\.|Amb\.|Ambassador|Shri|Smt\.?"
    r"|Engr\.?|Alhaji)\s+)*"
)
#: "Canada's Minister of Employment, Workforce Development and Official Languages, Ms. ": an office
#: named before the person, its portfolio possibly listed with commas
_OFFICE_BEFORE = re.compile(
    r"[’']s\s+(?:(?:Deputy|Vice|Acting|Assistant|Chief|Federal|Foreign|Prime|State)\s+)?"
    r"(?:Minister|Secretary|Ambassador|Director|Commissioner|Envoy|Governor|Attorney-General|Rapporteur)"
    r"(?:\s+(?:of|for|to)\s+[A-Z][^.;:()\"“”]{0,120}?)?,\s+" + _ADDRESS + r"$"
)


def office_before_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, country or body, position) for each "Owner's Minister of A, B and C, Ms. Person"."""
    if "s Minister" not in text and "s Secretary" not in text and "s Ambassador" not in text:
        return []  # the cheap gate: the commonest offices
    out: list[tuple[EntityRec, EntityRec, int]] = []
    for k, (m, person) in enumerate(pairs):
        if person.type != "Person" or m.kind != NAME or k == 0:
            continue
        for om, owner in reversed(pairs[max(0, k - 6) : k]):
            if owner.type == "Person" or m.start - om.end > 180:
                break
            if owner.type in ("Country", "Organization") and _OFFICE_BEFORE.fullmatch(text, om.end, m.start):
                out.append((person, owner, m.start))
                break
    return out


#: "Ms. X was appointed by the Human Rights Council": the body whose mandate the person holds
_APPOINTED_BY = re.compile(r"\s+(?:was|has\s+been|had\s+been|is)\s+(?:first\s+)?appointed\s+by\s+(?:the\s+)?")


def appointed_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for each "Person was appointed by the Body"."""
    if "appointed by" not in text:
        return []
    out: list[tuple[EntityRec, EntityRec, int]] = []
    for (m, person), (om, body) in pairwise(pairs):
        if (
            person.type == "Person"
            and body.type == "Organization"
            and _APPOINTED_BY.fullmatch(text, m.end, om.start)
        ):
            out.append((person, body, m.start))
    return out


#: "the Republic of ", "the Federal Republic of ": a state's long form before its short name
_STATE_FORM = (
    r"(?:[A-Z][a-z]+\s+)?(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Sultanate)\s+of\s+"
    r"(?:the\s+)?"
)
#: "Director, ILO Abuja Country Office, Ms. ", "Caretaker Minister for the Ministry of Gender, …, ":
#: an office, then the body it is held in, then the holder's name after a comma
_OFFICE_OF_BODY = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:(?:Deputy|Vice|Acting|Assistant|Chief|Caretaker|Regional|Country|Executive|"
    r"Permanent|Principal|General|Managing|Programme|Program)\s+)*"
    r"(?:Minister|Secretary|Director|Director-General|Commissioner|Head|Chief|Representative|"
    r"Coordinator|Chair|Chairperson|Chairman|President|Spokesperson|Officer|Manager|Envoy)"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:" + _STATE_FORM + r")?|,\s+(?:the\s+)?)$"
)
_TO_HOLDER = re.compile(r",\s+" + _ADDRESS)


def office_of_body_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, body, position) for each "Director, ILO Country Office, Ms. Person", "Minister
    for the Ministry of X, Person" or, in a list, "…, President of the Federation Ana Ruiz": the office
    opens the phrase, the name closes it."""
    out: list[tuple[EntityRec, EntityRec, int]] = []
    for (om, owner), (m, person) in pairwise(pairs):
        plain = text[om.end : m.start] == " "  # the name right after the body, no comma between
        if (
            person.type == "Person"
            and m.kind == NAME
            and owner.type in ("Organization", "Country")
            and (plain or _TO_HOLDER.fullmatch(text, om.end, m.start))
            and (not _LIST_GOES_ON.match(text, m.end) or _office_next(text, m.end))
        ):
            before = text[max(0, om.start - 60) : om.start]
            office = _OFFICE_OF_BODY.search(before) or (_LOWER_OFFICE_OF.search(before) if plain else None)
            if office is not None and _FORMER_BEFORE.search(before, 0, office.start()):
                continue  # "Former President of Ghana Ana Ruiz": no longer acts for it
            if office is not None and owner.type == "Country" and _FOR_END.search(office.group()):
                continue  # "the Special Envoy for Syria Ana Ruiz": the country her mandate covers
            if office is not None and (
                _OPENS_CLAUSE.search(before, 0, office.start())
                # "…, President of the Iraqi Federation of Industries Ali Sabeeh": no comma around the
                # body, the office one item of a list of signatories
                # body; "the Decree of the President of the Republic Ana Ruiz", "met with head of the
                # Council Ana Ruiz": whatever comes before, the name right after the body is the holder's
                or plain
            ):
                out.append((person, owner, m.start))
    return out


#: an office written in lower case before "of" and its body: "met with head of the Council Ana Ruiz"
_LOWER_OFFICE_OF = re.compile(
    r"(?<![\w-])(?:(?:deputy|acting|vice)[ \t-]+)?(?:head|chief|director|chair|chairperson|chairman|president"
    r"|secretary|minister|coordinator|commissioner)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_FOR_END = re.compile(r"\bfor\s+(?:the\s+)?$")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ll]ate|[Oo]utgoing)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}$")
#: the office is what a noun before it is of: "the Decree of the ", "the visit of "; not "of former "
_OF_NOUN = re.compile(r"[a-z]\s+of\s+(?:the\s+)?$")
#: an item of a list of signatories opens here: "signed by ", "…, ", "… and "
_LIST_ITEM_OPENS = re.compile(r"(?:,|\band|\bby)\s*$")
#: "… Ana Ruiz and Kofi Boateng": the name is an item of a list, not the office's holder
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s*(?:,\s*)?and\b")
#: "… Ana Ruiz and Special Representative of …": the next item of the list is another office
_AND_THEN = re.compile(r"[ \t]+and[ \t]+((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)[ \t]+(?:of|for|to|on)\b")


def _office_next(text: str, end: int) -> bool:
    """Whether "and" after the name opens another office ("and Special Representative of"), not a name."""
    m = _AND_THEN.match(text, end)
    return m is not None and m.group(1).split()[-1].lower() in ROLE_WORDS


#: the office opens its sentence, line or clause: "Director, ILO Office, Ms. X, said"; not "He
#: thanked the Chair, Kenya, Ana Ruiz …"
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?:;\n“\"(]\s*)$")


#: "…, Permanent Representative of Zimbabwe to the UN, and President of ": a second office after the
#: first, set off by a comma and "and"
_SECOND_OFFICE = re.compile(
    r",?\s+and\s+(?:(?:Deputy|Vice|Acting|Executive|Current|Incoming|Outgoing)\s+)?"
    r"(?:President|Vice-President|Chair|Chairperson|Chairman|Director[\s-]General|Director|Head|"
    r"Secretary[\s-]General|Secretary|Coordinator|Commissioner|Minister)\s+(?:of|for)\s+(?:the\s+)?"
)


def second_office_owner(
    text: str, role_end: int, pairs: list[tuple[MentionRec, EntityRec]], starts: list[int]
) -> tuple[MentionRec, EntityRec] | None:
    """The body of a second office named right after a role phrase ending at ``role_end``."""
    m = _SECOND_OFFICE.match(text, role_end)
    if m is None:
        return None
    k = bisect_left(starts, m.end())
    # the apposition closes after the body ("…, and President of ECOSOC, opened the session"); a
    # name or anything else after it makes the office the next person's ("…, and Head of UNHCR
    # Kofi Boateng, spoke")
    if (
        k < len(pairs)
        and starts[k] == m.end()
        and pairs[k][1].type in ("Organization", "Country")
        and _CLOSES_APPOSITION.match(text, pairs[k][0].end)
    ):
        return pairs[k]
    return None


_CLOSES_APPOSITION = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,10}\))?\s*(?:,\s*[a-z]|[.;]|$)")
