"""Whom a role phrase with no owner in it stands for: "European Commissioner for Home Affairs"
is the European Union's; "Labour Minister" in a text about one country is that country's.

:func:`kg.extract.doc_relations.represents` asks here when a person's role phrase holds no
country or organization and names no ministry the text holds.
"""

from __future__ import annotations

import re

from kg.extract.records import DocState, EntityRec

#: A union's commissioner: the union the Commission serves.
_UNION_COMMISSIONERS = (
    (re.compile(r"(?:European|EU)[ \t]+Commissioner\b"), "/org/eu"),
    (re.compile(r"(?:African[ \t]+Union|AU)[ \t]+Commissioner\b"), "/org/au"),
)

#: A minister of a government named by portfolio only: "Labour Minister", "Minister of Health",
#: "Deputy Foreign Minister", "Minister for Home Affairs". Whole role phrase, nothing else.
_NATIONAL_MINISTER = re.compile(
    r"(?:(?:[Tt]he[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,3}Minister"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:[A-Z][\w’'-]*(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+))*[A-Z][\w’'-]*)?)"
)
#: Words of a title that is not a government's minister.
_NOT_NATIONAL = re.compile(r"\b(?:Chief|State|Provincial|Regional|County|Shadow|Former|Opposition)\b")


def owner_of_bare_role(role: str, state: DocState) -> EntityRec | None:
    """The union of a union's commissioner, or the one country of the text for a minister."""
    for pattern, slug in _UNION_COMMISSIONERS:
        if pattern.match(role):
            return next((e for e in state.entities.values() if e.iri and e.iri.endswith(slug)), None)
    if _NATIONAL_MINISTER.fullmatch(role) and not _NOT_NATIONAL.search(role):
        return sole_country(state)
    return None


def sole_country(state: DocState) -> EntityRec | None:
    """The country the text is about when it names no other country at all."""
    countries = [e for e in state.entities.values() if e.type == "Country"]
    return countries[0] if len(countries) == 1 else None
