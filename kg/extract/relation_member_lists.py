"""memberOf for countries listed as "Member States" with no body named beside them: "The meeting
was attended by thirteen (13) Member States: Angola, Botswana and Zambia", "The member nations are
Belize, Canada and Panama", "EAC Partner States, which include Kenya and Rwanda", "The IGAD member
states comprise Djibouti, Eritrea and Kenya". A body named with
its members ("the Initiative (COMMIT), which groups China, Cambodia and Laos") is
:mod:`kg.extract.relation_member_shapes`'s.

A press release of a regional body calls its members "Member States" without saying whose: they
are the body's the text is about, the organization it names most often (and at least twice). A
body named right before the words ("SADC Member States: …") owns them.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.actors import coordinated
from kg.extract.records import DocState, EntityRec
from kg.extract.relation_context import SentenceRules

_LISTED = re.compile(
    r"\b(?:member\s+(?:states|countries|nations)|partner\s+states)"
    r"(?:\s*:|,?\s+(?:which\s+)?(?:are|include|includes|including|namely|such\s+as|"
    r"compris(?:e|es|ing)(?:\s+of)?|consists?\s+of)\b)\s+(?:the\s+)?"
)
_OWNED = re.compile(r"(?:[’']s)?\s+")
#: "Germany, Italy, France and other member states (of the Union)": the list before is members too
_AND_OTHER = re.compile(
    r",?\s+and\s+(?:the\s+)?other\s+(?:[A-Z][\w-]*\s+){0,3}(?i:member\s+(?:states|countries))\b"
)
#: before a list's first item: it is a phrase's object, not a subject ("According to Turkey, Greece …")
_FRONTED = re.compile(
    r"\b(?:to|like|from|for|with|besides|beyond|except|unlike|than|against|about)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


#: bodies a text on an agency names most often, not the one its unowned "Member States" belong to
_NO_MEMBERS = re.compile(
    r"\b(?:Office|Programme|Program|Fund|High Commissioner|Secretariat|Agency|Ministry|Department|Bank|"
    r"Commission|Entity|Children)\b"
)


def home_body(state: DocState) -> EntityRec | None:
    """The organization a text names most often, at least twice and more than any other, when it is
    one that states join (not an office, fund or ministry: "UNHCR … Member States such as Japan")."""
    counts = Counter({e.key: len(e.mentions) for e in state.entities.values() if e.type == "Organization"})
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    body = state.entities[top[0][0]]
    return None if _NO_MEMBERS.search(body.label) else body


def unowned_members(rules: SentenceRules) -> None:
    """memberOf the text's body (or the body just before the words) for every listed country."""
    sent, low, base = rules.sent, rules.sent.low, rules.sent.start
    if "member" not in low and "partner" not in low:
        return
    for match in _LISTED.finditer(low):
        before = [(m, e) for m, e in sent.actors(base, base + match.start()) if e.type == "Organization"]
        owner = None
        if before and _OWNED.fullmatch(sent.text, before[-1][0].end - base, match.start()):
            owner = before[-1][1]  # "SADC Member States: …", "the Union's member states, namely …"
        if owner is None:
            owner = home_body(rules.state)
        if owner is None:
            continue
        if not sent.actors(base + match.end(), base + match.end() + 1):
            continue  # "member states, comprising officials from Norway": the list starts right after
        for member in coordinated(sent, base + match.end()):
            if member.type == "Country":
                rules.add(member, "memberOf", owner, "member states")

    for match in _AND_OTHER.finditer(sent.text) if "other" in low else ():
        after = [(m, e) for m, e in sent.actors(base + match.end(), base + match.end() + 60)]
        of = _OF.match(sent.text, match.end())
        owner = None
        if (
            after
            and of is not None
            and after[0][0].start == base + of.end()
            and after[0][1].type == "Organization"
        ):
            owner = after[0][1]  # "… and other member states of the European Union"
        inside = [
            e for m, e in sent.actors(base + match.start(), base + match.end()) if e.type == "Organization"
        ]
        if owner is None and of is not None:
            continue  # "… and other member states of the region": whose, the text does not say
        owner = owner or (inside[0] if inside else None) or home_body(rules.state)  # "other EU member states"
        if owner is None:
            continue
        for member in _listed_before(rules, base + match.start()):
            if member.type == "Country":
                rules.add(member, "memberOf", owner, "and other member states")


_LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?")


def _listed_before(rules: SentenceRules, pos: int) -> list[EntityRec]:
    """The actors listed right before ``pos``, back over commas ("Germany, the Netherlands, France"),
    when the list opens a clause (not after "according to", "in a letter to"). Not
    :func:`~kg.extract.actors.coordinated_before`: its list has its "and" between the last two items,
    this one's "and" comes after the list ("… France and other member states"), and where the list
    starts decides whether a phrase fronts it."""
    sent = rules.sent
    actors = sent.actors(sent.start, pos)
    if not actors or sent.text[actors[-1][0].end - sent.start : pos - sent.start].strip(" ,"):
        return []
    out = [actors[-1][1]]
    first = actors[-1][0].start
    for k in range(len(actors) - 1, 0, -1):
        gap = (actors[k - 1][0].end - sent.start, actors[k][0].start - sent.start)
        if not _LIST_GAP.fullmatch(sent.text, *gap):
            break
        out.insert(0, actors[k - 1][1])
        first = actors[k - 1][0].start
    if _FRONTED.search(sent.text, max(0, first - sent.start - 20), first - sent.start):
        return []  # "According to Turkey, Greece and other member states …": Turkey is no member named
    return list(dict.fromkeys(out))
