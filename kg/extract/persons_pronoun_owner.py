"""represents for a person whose office belongs to a body or country the text names elsewhere:

- "Its secretary-general, Francis Atwoli, said …", "said its chairperson, Jane Doe", "The company's
  chief executive, Dan Finley, …": the owner is the sentence's own first actor, else the first
  actor of the sentence before (the one "its" points back to); "the company's", "the country's"
  pick an owner of that kind;
- "the Commission, whose chair, Jane Doe, …": the actor right before "whose";
- "the International Organization for Migration (IOM), represented by Regional Director Ana Ruiz":
  the actor right before "represented by";
- "Sri Lanka sent a delegation led by Jane Doe".

Press releases name a body once and then its people through a possessive; the role phrase itself
holds no name, so the rules that read "the ILO's director, X" see no owner.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.lexicon import ROLE_WORDS
from kg.extract.records import NAME, EntityRec, MentionRec

_ROLES = "|".join(
    sorted((re.escape(w) for w in ROLE_WORDS | {"boss", "spokesman", "spokeswoman"}), key=len, reverse=True)
)
#: kinds of owner a definite possessive names, and the type each must have
_KINDS = {
    "company": "Organization",
    "firm": "Organization",
    "agency": "Organization",
    "organisation": "Organization",
    "organization": "Organization",
    "group": "Organization",
    "ministry": "Organization",
    "commission": "Organization",
    "union": "Organization",
    "coalition": "Organization",
    "network": "Organization",
    "charity": "Organization",
    "fund": "Organization",
    "bank": "Organization",
    "council": "Organization",
    "federation": "Organization",
    "committee": "Organization",
    "alliance": "Organization",
    "foundation": "Organization",
    "institute": "Organization",
    "office": "Organization",
    "department": "Organization",
    "authority": "Organization",
    "ngo": "Organization",
    "body": "Organization",
    "bloc": "Organization",
    "secretariat": "Organization",
    "country": "Country",
    "government": "Country",
    "kingdom": "Country",
    "republic": "Country",
}
#: "Its secretary-general, ", "whose Special Envoy for the Central Mediterranean, ", "The company's
#: chief executive, Dr. ": the possessive, the office, then the name
_OWNED_ROLE = re.compile(
    r"(?:(?<![\w-])(?P<pron>[Ii]ts|[Ww]hose)|\b[Tt]he\s+(?P<kind>" + "|".join(_KINDS) + r")[’']s)"
    r"\s+(?P<role>(?:[\w’'-]+\s+){0,4}?(?i:" + _ROLES + r")s?(?:-[\w-]+)?"
    # "chief executive", "director general": lower-case words that end the office
    r"(?:\s+(?!(?:to|in|for|of|at|on)\b)[a-z][\w-]*){0,2}"
    r"(?:\s+(?:to|in|for|of|at|on)\s+[^,;:.()]{1,70}?)?)"
    r",?\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.?\s+)?\Z"
)
#: "the IOM, represented by Regional Director " / "Sri Lanka sent a delegation led by "
_REPRESENTED_BY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,\s*represented\s+by|\s+sent\s+an?\s+(?:[\w-]+\s+)?delegation\s+(?:led|headed)\s+by)"
    r"\s+(?:(?:[\w’'-]+\s+){0,5}?(?i:" + _ROLES + r")s?(?:-[\w-]+)?\s+)?(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s+)?\Z"
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘])|\n")
_ACTORS = ("Country", "Organization")


def pronoun_owners(
    text: str, pairs: list[tuple[MentionRec, EntityRec]]
) -> list[tuple[EntityRec, EntityRec, int]]:
    """(person, owner, position) for each person named after a possessive office or "represented by"."""
    out: list[tuple[EntityRec, EntityRec, int]] = []
    actors = [(m, e) for m, e in pairs if e.type in _ACTORS]
    starts = [m.start for m, _e in actors]
    for m, person in pairs:
        if person.type != "Person" or m.kind != NAME:
            continue
        lo = max(0, m.start - 160)
        owned = _OWNED_ROLE.search(text, lo, m.start)
        if owned is not None:
            owner = _owner(text, owned, actors, starts)
            if owner is not None:
                out.append((person, owner, m.start))
            continue
        k = bisect_left(starts, m.start)
        if k:
            am, actor = actors[k - 1]
            if _REPRESENTED_BY.fullmatch(text, am.end, m.start):
                out.append((person, actor, m.start))
    return out


def _owner(
    text: str, owned: re.Match[str], actors: list[tuple[MentionRec, EntityRec]], starts: list[int]
) -> EntityRec | None:
    """The body or country the possessive of ``owned`` points back to."""
    at = owned.start()
    k = bisect_left(starts, at)
    if owned.group("pron") in ("whose", "Whose"):
        if k and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*,?\s*", text[actors[k - 1][0].end : at]):
            return actors[k - 1][1]
        return None
    kind = owned.group("kind")
    wanted = _KINDS[kind.lower()] if kind else None
    sentence = _sentence_start(text, at)
    same = [e for m, e in actors[:k] if m.start >= sentence and _fits(e, wanted, kind)]
    if same:
        return same[0]
    before = _sentence_start(text, max(0, sentence - 2))
    previous = [e for m, e in actors[:k] if before <= m.start < sentence and _fits(e, wanted, kind)]
    return previous[0] if previous else None


def _fits(ent: EntityRec, wanted: str | None, kind: str | None) -> bool:
    if wanted is None:
        return True
    if ent.type != wanted:
        return False
    return kind is None or kind.lower() != "ministry" or "Ministry" in ent.label


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts."""
    start = max(0, pos - 600)
    for match in _SENTENCE_END.finditer(text, max(0, pos - 600), pos + 1):  # the look-ahead reads pos
        if match.end() <= pos:
            start = match.end()
    return start
