"""The person ruler component, and role phrases for persons that later components find.

The person ruler finds persons by title and name shape (:mod:`kg.extract.persons`) and the role
phrases next to them. Two later components find more persons: known given names
(:mod:`kg.extract.persons_given`) and, when installed, the statistical model's NER
(:mod:`kg.extract.ner`). Their persons have role phrases too ("Walk Free Foundation Founder
Andrew Forrest", "Jane Roe, senior researcher at Human Rights Watch"), and it is the role that
says whom a person speaks for. :func:`add_roles_of` finds them with the same role finder, the
persons known so far bounding how far each role reaches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.headlines import detitle, title_case_headline_end
from kg.extract.office_words import no_persons_name
from kg.extract.person_names import in_headline_named
from kg.extract.persons import find_persons, find_roles
from kg.extract.persons_capitals import capital_names
from kg.extract.persons_titles import titled_matches
from kg.extract.spans import CANDIDATES, PERSON_READING, ROLES, add_cands, doc_lower, doc_text, snap

SOURCE = "pattern"


@dataclass
class _Reading:
    text: str  # the text as the ruler read it (a Title Case headline lower-cased)
    titled: list[re.Match[str]]
    persons: list[tuple[int, int]]


class PersonRuler:
    """Add persons to the ``CANDIDATES`` group and role phrases to the ``ROLES`` group."""

    def __init__(self, *, name: str = "kg_person_ruler") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        headline_end = title_case_headline_end(text)
        if headline_end:  # "Minister Mariya Didi Launches …": the verb ends the name
            text = detitle(text[:headline_end]) + text[headline_end:]
        titled = titled_matches(text, doc_lower(doc))
        persons = in_headline_named(text, sorted(set(find_persons(text, titled))), headline_end, titled)
        # "Ambassador Extraordinary and …": an office's words, no name, and no owner of the role beside
        # it (the resolver drops such names from every other finder too)
        persons = [(s, e) for s, e in persons if not no_persons_name(text[s:e])]
        saluted = capital_names(text)  # "H.E. ANA RUIZ, Minister of Labour of Peru;"
        if saluted:
            persons = sorted(set(persons) | {name for name, _role in saluted})
        add_cands(doc, CANDIDATES, snap(doc, ((s, e, "Person", "", SOURCE) for s, e in persons)))
        _add_roles(doc, find_roles(text, persons, titled))
        _add_roles(doc, (role for _name, role in saluted if role is not None))
        doc.user_data[PERSON_READING] = _Reading(text, titled, persons)
        return doc


def add_roles_of(doc: Doc, added: list[tuple[int, int]]) -> None:
    """Add the role phrases of the persons ``added`` after the ruler ran (character ranges)."""
    reading: _Reading | None = doc.user_data.get(PERSON_READING)
    if reading is None or not added:
        return
    reading.persons = sorted(set(reading.persons) | set(added))
    _add_roles(doc, find_roles(reading.text, reading.persons, reading.titled, owners=set(added)))


def _add_roles(doc: Doc, roles: Iterable[tuple[int, int]]) -> None:
    """Add role phrases (character ranges, each once, in order) to the ``ROLES`` group."""
    add_cands(doc, ROLES, snap(doc, ((s, e, "ROLE", "", SOURCE) for s, e in sorted(set(roles)))))
