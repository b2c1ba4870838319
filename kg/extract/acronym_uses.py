"""Later uses of acronyms and initialisms: "the FIA", "CCMA Act", "the Anti-TIP Office".

Definitions ("Federal Investigation Agency (FIA)") are found by :mod:`kg.extract.acronyms`;
here each is attached to the entity its long form names, and every free use of it in the
text becomes a mention of that entity, as do the initials of a long name before its head.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.entity_bookkeeping import entity_at, entity_named, merge, taken_spans
from kg.extract.names import initials, word_rx
from kg.extract.records import ACRONYM, DocState, EntityRec, MentionRec
from kg.extract.spans import ACRONYM_DEFS, candidates, doc_text


def attach_acronyms(doc: Doc, state: DocState) -> None:
    """Attach defined acronyms to their long forms, then mark their other uses."""
    text = doc_text(doc)
    for span in candidates(doc, ACRONYM_DEFS):
        ent = entity_at(state, span.start, span.end)
        acronym = span.label
        if ent is None:
            continue
        other = entity_named(state, acronym)
        if other is not None and other is not ent:
            merge(state, keep=other if other.iri else ent, drop=ent if other.iri else other)
            ent = other if other.iri else ent
        ent.acronyms.add(acronym)
    taken = taken_spans(state, len(text))
    for ent in list(state.entities.values()):
        for acronym in sorted(ent.acronyms):
            if acronym not in text:
                continue
            for m in word_rx(acronym).finditer(text):
                if taken.free(m.start(), m.end()):
                    ent.add(MentionRec(m.start(), m.end(), acronym, ACRONYM))
                    taken.take(m.start(), m.end())


@lru_cache(maxsize=4096)
def _initialism_rx(abbrev: str, head: str) -> re.Pattern[str]:
    """``\\b`` + abbrev + ``\\s+`` + head + ``\\b``, opening with the (all-letter) abbreviation."""
    a = re.escape(abbrev)
    return re.compile(a + r"(?<!\w" + a + r")\s+" + re.escape(head) + r"\b")


def initialisms(text: str, state: DocState) -> None:
    """ "CCM Act", "CCMA Act" name the "Climate Change Management Act" when the initials agree; "the Anti-TIP
    Office" names the "Anti-Trafficking in Persons (Anti-TIP) Office" by the acronym defined in it."""
    for ent in list(state.entities.values()):
        if ent.type not in ("Framework", "Plan", "Organization"):
            continue
        words = ent.label.split()
        if len(words) < 3:
            continue
        head = words[-1]
        # "Anti-Trafficking in Persons (Anti-TIP) Office" … "the Anti-TIP Office"
        abbrevs = {initials(" ".join(words[:-1])), initials(ent.label)}
        abbrevs |= {a for a in ent.acronyms if f"{a} {head}" in text}
        for abbrev in sorted(abbrevs):
            if len(abbrev) >= 2 and abbrev in text:
                _initialism_mentions(text, state, ent, abbrev, head)


def _initialism_mentions(text: str, state: DocState, ent: EntityRec, abbrev: str, head: str) -> None:
    """Mentions of ``ent`` written "<abbrev> <head>": merge an entity found there, or add one."""
    for m in _initialism_rx(abbrev, head).finditer(text):
        other = entity_at(state, m.start(), m.end())
        if other is not None and other is not ent and other.iri is None:
            merge(state, keep=ent, drop=other)
        elif other is None:
            ent.add(MentionRec(m.start(), m.end(), m.group(), ACRONYM))
