"""Split the office holder off an instrument named by its issuer's office and country.

"the Decree of the President of the Republic of Ghana John Mahama on …": the shape of a name runs on
over the holder's name, so the decree is named for a person and the person is lost. When an office word
and then "of" a reference country come before two to four capitalized name words that end the name, the
instrument ends at the country and the words after it are the holder. Not "the Ministry of Ghana
Cocoa Board" (no office word before the country), nor a name whose last words are a head ("… Ghana
Police Service"), a place or no one's name (the topic in "Regulation of the Minister of Manpower of
Indonesia Migrant Worker Protection").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import country_names, place_names
from kg.extract.given_name_list import given_names
from kg.extract.head_words import head_type
from kg.extract.lexicon import NOT_NAMES
from kg.extract.person_names import name_ok
from kg.extract.persons_anchors import ROLE_WORD
from kg.extract.spans import Cand

_TYPES = frozenset(("Framework", "Plan"))
#: "of (the) <country> <Name Words>" closing the name: the country, then its holder's name
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*[a-z]")


#: a topic's word by its ending ("Protection", "Placement", "Equality"); not the endings surnames have
#: too ("Manning", "Lawrence", "Richards"): a department's word ("Governance", "Rights") is no name anyway
_TOPIC_WORD = re.compile(r"[A-Z][a-z]{2,}(?:ity|tion|sion|ment|ness|ism)")
#: topics' words that neither end so nor are a department's word
_TOPIC_NOUNS = frozenset(("Standards",))
#: endings a topic's word and a surname share ("Licensing", "Manning"; "Assistance", "Lawrence")
_SURNAME_ENDING = re.compile(r"[A-Z][a-z]{2,}(?:ing|ance|ence|ards|ights)")


def _holder_name(words: list[str]) -> bool:
    """Whether the words after the country can be a person's name.

    No department's word (``name_ok``: "… of Ghana Industrial Relations"), and a given name first or
    no topic's word ("… of Peru Domestic Work Standards"; "… of Malawi Peter Clement Banda" is a name).
    """
    if not name_ok(" ".join(words), min_words=2):
        return False
    if words[0] in given_names():
        return True
    if any(_TOPIC_WORD.fullmatch(w) or w in _TOPIC_NOUNS for w in words):
        return False
    # a surname's ending ("Manning", "Lawrence", "Richards") is a topic's too ("Export Licensing",
    # "Victim Assistance"): a surname ends a name of three words or more ("Ida Fauziyah Manning")
    return not any(
        _SURNAME_ENDING.fullmatch(w) and (i < len(words) - 1 or len(words) < 3) for i, w in enumerate(words)
    )


def split_holder(text: str, c: Cand) -> list[Cand]:
    """The instrument ending at the country, then its holder as a person; or ``[c]``.

    ``c``: a shape candidate (:func:`~kg.extract.name_bounds.fix_bounds` passes no others)."""
    if c.label not in _TYPES or " of " not in c.text:
        return [c]
    countries = country_names()
    for m in _OF_COUNTRY.finditer(c.text):
        if not ROLE_WORD.search(c.text, 0, m.start()):
            continue
        spans = [(w.start(), w.end()) for w in _WORD.finditer(c.text, m.end())]
        rest = [c.text[a:b] for a, b in spans]
        for size in range(min(4, len(rest) - 2), 0, -1):
            country = " ".join(rest[:size])
            holder = rest[size:]
            if country not in countries or len(holder) > 4:  # two or more: the range above
                continue
            if (
                not all(_NAME_WORD.fullmatch(w) for w in holder)
                or any(
                    head_type(w) or w.lower() in NOT_NAMES or w in place_names() or ROLE_WORD.fullmatch(w)
                    for w in holder
                )
                or not _holder_name(holder)
            ):
                return [c]
            at = c.start + spans[size][0]
            body_end = c.start + spans[size - 1][1]
            return [
                Cand(c.start, body_end, text[c.start : body_end], c.label, c.kb_id, c.source),
                Cand(at, c.end, text[at : c.end], "Person", "", c.source),
            ]
    return [c]
