"""A person named with the body she speaks for set off right after the name, then a verb of saying:
"Ana Ruiz, UNICEF, said …", "Ana Ruiz (ILO) told …".

Meeting summaries and news name speakers this way and give no title. The set-off words must be
a body the reference knows (so "Nuevo León (Mexico) said" and "the Migrant Forum (MFA) said",
a place and a body with its acronym, are not read as persons), and the name before them must
open a clause and hold no head word or country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from kg.extract.head_words import head_type
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.persons_anchors import trie
from kg.extract.persons_titles import _FREE_NAME

_SAY = trie(sorted(SPEECH_VERBS - {"states", "say"}, key=len, reverse=True))
#: ", UNICEF, said", " (ILO) told": the body set off after the name, then the verb
_BODY_SAID = re.compile(
    r"(?:,[ \t]+(?P<comma>[A-Z][\w&.’'-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)?[A-Z][\w&.’'-]*){0,5}),"
    r"|[ \t]+\((?P<paren>[A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,3})\))[ \t]+(?:" + _SAY + r")\b"
)
_NAME_BEFORE = re.compile(r"(?P<name>" + _FREE_NAME + r")$")
_CLAUSE_START = re.compile(r"(?:^|[\n.,;:(“\"]|\b(?:and|while|whereas))[ \t]*$")


def name_then_body_said(
    text: str, name_ok: Callable[[str], bool], not_person: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """(start, end) of the names before ", <known body>, said" or " (<known body>) said"."""
    from kg.extract.gazetteer import body_names, country_names

    bodies, countries = body_names() | _body_acronyms(), country_names()
    for said in _BODY_SAID.finditer(text):
        body = said.group("comma") or said.group("paren")
        if body not in bodies:
            continue
        m = _NAME_BEFORE.search(text, max(0, said.start() - 60), said.start())
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        if (
            len(words) < 2
            or not name_ok(name)
            or any(w in countries or w in not_person or head_type(w) for w in words)
            or _CLAUSE_START.search(text, max(0, m.start() - 12), m.start()) is None
        ):
            continue
        yield m.start("name"), m.end("name")


@lru_cache(maxsize=1)
def _body_acronyms() -> frozenset[str]:
    """The acronyms of the reference's bodies ("UNICEF", "ILO")."""
    from kg.extract.gazetteer import load_gazetteer

    entities = load_gazetteer().entities.values()
    return frozenset(a for ent in entities if ent.type == "Organization" for a in ent.acronyms)

