"""represents for a person whose office belongs to a body or country the text names elsewhere:

- "Its secretary-general, Francis Atwoli, said …", "said its chairperson, Jane Doe": "its" points
  back to the nearest fitting actor before it in the sentence, else to the nearest fitting one of
  the sentence before;
- "The company's chief executive, Dan Finley, …": a definite possessive names the owner's kind
  (a company, the commission, the country);
- "the Commission, whose chair, Jane Doe, …": the actor right before "whose";
- "the International Organization for Migration (IOM), represented by Regional Director Ana Ruiz":
  the actor right before "represented by";
- "Sri Lanka sent a delegation led by Jane Doe".

What fits is what the office says: a minister, ambassador or envoy speaks for a country; a
director, chief executive, secretary-general or chair for a body. Press releases name a body once
and then its people through a possessive; the role phrase itself holds no name, so the rules that
read "the ILO's director, X" see no owner.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from kg.extract.companies import company_like
from kg.extract.lexicon import ROLE_WORDS
from kg.extract.office_words import ROLE_FILLERS
from kg.extract.records import NAME, EntityRec, MentionRec

#: a role phrase's connectors, read apart ("Ambassador to the EU")
_CONNECTORS = frozenset(("of", "to", "in", "at", "the", "and", "for"))
#: portfolios written before an office: "Foreign Minister", "labour minister"
_PORTFOLIOS = frozenset(
    ("interior", "labour", "labor", "justice", "finance", "health", "trade", "general", "national", "chief",
     "new", "principal", "officer")
)  # fmt: skip
_ROLES = "|".join(sorted((re.escape(w) for w in ROLE_WORDS | {"boss"}), key=len, reverse=True))
#: kinds of owner a definite possessive names, and the type each must have
_KINDS = {
    **dict.fromkeys(
        (
            "company", "firm", "agency", "organisation", "organization", "group", "ministry", "commission",
            "union", "coalition", "network", "charity", "fund", "bank", "council", "federation", "committee",
            "alliance", "foundation", "institute", "office", "department", "authority", "ngo", "body", "bloc",
            "secretariat",
        ),
        "Organization",
    ),
    **dict.fromkeys(("country", "government", "kingdom", "republic"), "Country"),
}  # fmt: skip
#: lower-case words an office may hold around its role word: "deputy regional director", "chief
#: executive", "director general", the fillers of a role phrase but its connectors and "former"; no
#: verb or other noun ("its talks with President X")
_OFFICE_WORDS = (
    "(?:"
    + "|".join(
        sorted(ROLE_FILLERS - _CONNECTORS - {"former"} | ROLE_WORDS | _PORTFOLIOS, key=len, reverse=True)
    )
    + ")"
)
_OFFICE_WORD = rf"(?:[A-Z][\w’'-]*|{_OFFICE_WORDS})"
#: "Its secretary-general, ", "whose Special Envoy for the Central Mediterranean, ", "The company's
#: chief executive, Dr. ": the possessive, the office, then (after a comma or at once) the name
_OWNED_ROLE = re.compile(
    r"(?:(?<![\w-])(?P<pron>[Ii]ts|[Ww]hose)|\b[Tt]he\s+(?P<kind>(?i:" + "|".join(_KINDS) + r"))[’']s)"
    rf"\s+(?P<role>(?:{_OFFICE_WORD}\s+){{0,3}}?(?i:" + _ROLES + r")s?(?:-[\w-]+)?"
    rf"(?:\s+{_OFFICE_WORDS}){{0,2}}"
    r"(?:\s+(?:to|in|for|of|at|on)\s+(?:the\s+)?(?:[A-Z][^,;:.()]{0,60}?|country|region|field))?)"
    r",?\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.?\s+)?\Z"
)
#: "the IOM, represented by Regional Director " / "Sri Lanka sent a delegation led by "
_REPRESENTED_BY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,\s*represented\s+by|\s+sent\s+an?\s+(?:[\w-]+\s+)?delegation\s+(?:led|headed)\s+by)"
    rf"\s+(?:(?:{_OFFICE_WORD}\s+){{0,4}}?(?i:"
    + _ROLES
    + r")s?(?:-[\w-]+)?\s+)?(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s+)?\Z"
)
#: offices held for a country, and offices held in a body
_FOR_A_COUNTRY = re.compile(r"(?i:minister|ambassador|envoy|consul|premier|head of state)")
_IN_A_BODY = re.compile(
    r"(?i:director|executive|secretary-general|secretary general|chair|coordinator|boss|ceo|"
    r"spokes|head|representative in)"
)
_ACTORS = ("Country", "Organization")


def pronoun_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]], sentence_at: Callable[[int], tuple[int, int]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, owner, position) for each person named after a possessive office or "represented by".

    ``sentence_at``: the bounds of the sentence holding a position (the sentencizer's).
    """
    out: list[tuple[EntityRec, EntityRec, int]] = []
    actors = [(m, e) for m, e in pairs if e.type in _ACTORS]
    starts = [m.start for m, _e in actors]
    for m, person in pairs:
        if person.type != "Person" or m.kind != NAME:
            continue
        owned = _OWNED_ROLE.search(text, max(0, m.start - 160), m.start)
        if owned is not None:
            owner = _owner(text, owned, actors, starts, sentence_at)
            if owner is not None:
                out.append((person, owner, m.start))
            continue
        owner = _represented(text, m.start, actors, starts)
        if owner is not None:
            out.append((person, owner, m.start))
    return out


def _represented(
    text: str, at: int, actors: list[tuple[MentionRec, EntityRec]], starts: list[int]
) -> EntityRec | None:
    """The actor named right before "represented by …" that ends at ``at``: the longest name ending
    there ("the Ministry of Labour of Kenya", not the Kenya inside it)."""
    k = bisect_left(starts, at)
    before = [(am, a) for am, a in actors[:k] if am.end <= at and at - am.end < 120]
    if not before:
        return None
    end = max(am.end for am, _a in before)
    longest = min((am for am, _a in before if am.end == end), key=lambda am: am.start)
    owner = next(a for am, a in before if am is longest)
    return owner if _REPRESENTED_BY.fullmatch(text, end, at) else None


def _owner(
    text: str,
    owned: re.Match[str],
    actors: list[tuple[MentionRec, EntityRec]],
    starts: list[int],
    sentence_at: Callable[[int], tuple[int, int]],
) -> EntityRec | None:
    """The body or country the possessive of ``owned`` points back to."""
    at = owned.start()
    k = bisect_left(starts, at)
    if owned.group("pron") in ("whose", "Whose"):
        if k and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*,?\s*", text[actors[k - 1][0].end : at]):
            return actors[k - 1][1]
        return None
    kind = (owned.group("kind") or "").lower()
    wanted = _KINDS.get(kind) or _office_type(owned.group("role"))
    start, _end = sentence_at(at)
    same = [(m, e) for m, e in actors[:k] if m.start >= start and m.end <= at and _fits(e, wanted)]
    if same:
        return _nearest(same, kind)
    previous_end = len(text[:start].rstrip())
    if not previous_end:
        return None
    p_start, _p_end = sentence_at(previous_end - 1)
    previous = [(m, e) for m, e in actors[:k] if p_start <= m.start < start and _fits(e, wanted)]
    if not previous:
        return None
    return _nearest(previous, kind) if kind else previous[0][1]


def _office_type(role: str) -> str | None:
    """The type of owner an office is held for: a country's minister, a body's director."""
    if _FOR_A_COUNTRY.search(role):
        return "Country"
    if _IN_A_BODY.search(role):
        return "Organization"
    return None


def _fits(ent: EntityRec, wanted: str | None) -> bool:
    return wanted is None or ent.type == wanted


def _nearest(found: list[tuple[MentionRec, EntityRec]], kind: str) -> EntityRec:
    """The nearest of ``found``, preferring one whose name says the possessive's kind ("the
    company's": a name with a legal form; "the ministry's": a Ministry)."""
    if kind in ("company", "firm"):
        named = [(m, e) for m, e in found if company_like(e.label, e.iri)]
    elif kind:
        named = [(m, e) for m, e in found if kind in e.label.lower()]
    else:
        named = []
    return (named or found)[-1][1]
