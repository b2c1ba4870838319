"""Whom a role phrase with no owner in it stands for: "European Commissioner for Home Affairs"
is the European Union's; "Labour Minister" in a text about one country is that country's; "the
Chair" in a report of one body's session is that body's.

:func:`kg.extract.doc_relations.represents` asks here when a person's role phrase holds no
country or organization and names no ministry the text holds.
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.records import ACTING, DocState, EntityRec, MentionRec

#: A union's commissioner: the union the Commission serves.
_UNION_COMMISSIONERS = (
    (re.compile(r"(?:European|EU)[ \t]+Commissioner\b"), "/org/eu"),
    (re.compile(r"(?:African[ \t]+Union|AU)[ \t]+Commissioner\b"), "/org/au"),
)

#: A minister of a government named by portfolio only: "Labour Minister", "Minister of Health",
#: "Deputy Foreign Minister", "Minister for Home Affairs". Whole role phrase, nothing else.
_NATIONAL_MINISTER = re.compile(
    r"(?:(?:[Tt]he[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,3}(?:Vice-)?Minister"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:[A-Z][\w’'-]*(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+))*[A-Z][\w’'-]*)?)"
)
#: Words of a title that is not a government's minister.
_NOT_NATIONAL = re.compile(r"\b(?:Chief|State|Provincial|Regional|County|Shadow|Former|Opposition)\b")


#: A presiding officer named by office alone: "the Chair, Lisbeth Berg of Norway, said".
_PRESIDING = re.compile(r"(?:[Tt]he[ \t]+)?(?:Vice-)?(?:Chair|Chairperson|Chairman|Chairwoman)")
#: "… opened its thirty-sixth session", "… continued its annual meeting": the body meeting.
_ITS_SESSION = re.compile(r"\bits[ \t]+(?:[\w-]+[ \t]+){0,2}(?:session|meeting)\b")


def owner_of_bare_role(role: str, state: DocState, text: str = "") -> EntityRec | None:
    """The union of a union's commissioner, the one country of the text for a minister, or the one
    body whose session the text reports for its presiding officer."""
    for pattern, slug in _UNION_COMMISSIONERS:
        if pattern.match(role):
            return next((e for e in state.entities.values() if e.iri and e.iri.endswith(slug)), None)
    if _NATIONAL_MINISTER.fullmatch(role) and not _NOT_NATIONAL.search(role):
        sole = sole_country(state)
        if sole is not None and _counterparts(sole, text):
            sole = None  # "signed an agreement with Kenya's Minister of Labour": the other side's country
        return sole or dateline_country(text, state)
    if _PRESIDING.fullmatch(role) and " its " in text:
        return session_body(text, state)
    head = _HEAD_PRESIDENT.fullmatch(role)
    if head is not None:
        return _sole_body_with_head(head.group("head"), state)
    return None


#: "Council President for December", "the Commission Chair": a body named by its head word alone
_HEAD_PRESIDENT = re.compile(
    r"(?:[Tt]he[ \t]+)?(?P<head>Council|Commission|Assembly|Committee|Conference|Board|Forum)[ \t]+"
    r"(?:Vice-)?(?:President|Chair|Chairperson|Chairman|Chairwoman)(?:[ \t]+for[ \t]+[A-Z][a-z]+)?"
)


def _sole_body_with_head(head: str, state: DocState) -> EntityRec | None:
    """The one organization of the text whose name ends in ``head`` ("Security Council"), if one."""
    bodies = [e for e in state.entities.values() if e.type == "Organization" and e.label.endswith(" " + head)]
    return bodies[0] if len(bodies) == 1 else None


def session_body(text: str, state: DocState) -> EntityRec | None:
    """The one organization the text says holds "its … session" (named just before it)."""
    bodies = [(m.end, e) for e in state.entities.values() if e.type == "Organization" for m in e.mentions]
    found: set[str] = set()
    out: EntityRec | None = None
    for match in _ITS_SESSION.finditer(text):
        before = [(end, e) for end, e in bodies if match.start() - 120 <= end <= match.start()]
        if before:
            out = max(before, key=lambda p: p[0])[1]
            found.add(out.key)
    return out if len(found) == 1 else None


#: "MANILA, 9 June 2027 (Reuters) -", "Podgorica, 9 February —": a dateline's city opening a line
_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Za-z .'’-]{2,30}?)(?:,|[ \t]+\(|[ \t]+[—–-])", re.M)


def dateline_country(text: str, state: DocState) -> EntityRec | None:
    """The country whose capital the dateline names, when the text's title names it first too
    (a text from Manila about the Philippines calls its own ministers by title alone)."""
    if state.self_country is None:
        return None
    own = state.entities.get(state.self_country)
    if own is None or not own.iri:
        return None
    from kg.extract.gazetteer import load_gazetteer

    ref = load_gazetteer().get(own.iri)
    if ref is None:
        return None
    capitals = {c.lower() for c in ref.capitals}
    for match in _DATELINE.finditer(text, 0, min(len(text), 600)):
        if match.group("city").strip().lower() in capitals:
            return own
    return None


#: "… with Kenya's " right before a title: the country of the other side of a meeting or a deal
_WITH_OWNER = re.compile(r"\bwith\s+(?:the\s+)?$")
#: "Kenya's ", "the Philippines' ": the country owns what follows
_OWNS = re.compile(cues.POSSESSIVE + r"\s")
#: "met her Peruvian counterpart": the demonym is the counterpart's, not the subject's
_THEIR_BEFORE = re.compile(r"\b(?:her|his|their|its)\s+$", re.IGNORECASE)
_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
#: "met her counterpart from Peru": the same, the country after
_COUNTERPART_FROM = re.compile(r"\bcounterparts?,?\s+(?:from|of)\s+(?:the\s+)?$")
#: "met the Peruvian delegation", "received Kenya's envoy": a visiting party, named by its country
_MET_BEFORE = re.compile(
    r"\b(?:met|meets|meeting|received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting"
    r"|talks\s+with|met\s+with)\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
_VISITORS_AFTER = re.compile(
    "(?:" + cues.POSSESSIVE + r")?\s+(?:(?:high-level|parliamentary|trade|official)\s+)?"
    r"(?:delegations?|ambassadors?|envoys?|embassy|visitors|guests|counterparts?|team|officials)\b",
    re.IGNORECASE,
)


def _counterparts(country: EntityRec, text: str) -> bool:
    """Whether the text names ``country`` only as the owner of someone met or dealt "with", as the
    demonym of "her Peruvian counterpart" ("her counterpart from Peru"), or of a party met or received
    ("met the Peruvian delegation"): at least once, and in every mention that makes it act ("Peru
    adopted the Plan" makes it the text's own; "Kenyan workers" does not)."""
    other = [_counterpart(m, text) for m in country.mentions]
    return any(other) and all(o for m, o in zip(country.mentions, other, strict=True) if m.kind in ACTING)


def _counterpart(m: MentionRec, text: str) -> bool:
    """Whether mention ``m`` names the other side of a meeting or a deal."""
    return bool(
        (_OWNS.match(text, m.end) and _WITH_OWNER.search(text, max(0, m.start - 12), m.start))
        or (
            _COUNTERPART_AFTER.match(text, m.end) and _THEIR_BEFORE.search(text, max(0, m.start - 8), m.start)
        )
        or (
            _COUNTERPART_FROM.search(text, max(0, m.start - 24), m.start) and not _OWNS.match(text, m.end)
        )  # not "counterparts from Peru's regional governments": Peru's own bodies
        or (_VISITORS_AFTER.match(text, m.end) and _MET_BEFORE.search(text, max(0, m.start - 24), m.start))
    )


def sole_country(state: DocState) -> EntityRec | None:
    """The country the text is about when it names no other country at all."""
    countries = [e for e in state.entities.values() if e.type == "Country"]
    return countries[0] if len(countries) == 1 else None
