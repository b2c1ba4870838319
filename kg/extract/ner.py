"""Statistical NER as one more source of candidates, when a spaCy model is installed.

The model's ``ner`` component sets ``doc.ents``; this component copies some of them into
the ``CANDIDATES`` group with source "ner", the least trusted source. Measured on policy
texts, en_core_web_sm's entities are mostly wrong where the rules already found something
(it calls laws and plans ORG, capitals PERSON, acronyms of plans ORG) and cost 0.11 of
core-entity F1 when copied as they came. So a model entity only counts where it can add
something the rules cannot:

- it overlaps no candidate of the rules (reference names, patterns, persons, roles,
  acronym definitions): those know better what their text is;
- it has two words or more (a lone capitalised word or acronym is too often wrong);
- every word is a capitalised word of letters ("Tier 2", "article 7" are left out);
- it is a PERSON (a name the title and speech patterns did not catch) and not the surname
  part of a person already found ("Al Hamli" after "Nasser Bin Thani Al Hamli"). ORG
  entities are left out: with a head word ("Agency", "Commission") the patterns find them,
  without one they were topics and section names ("Climate Resilience", "General Debate")
  in every case measured; LAW and EVENT are left to the head-word patterns, GPE and NORP to
  the gazetteer.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract.person_ruler import add_roles_of
from kg.extract.spans import ACRONYM_DEFS, CANDIDATES, ROLES, Cand, add_cands, candidates, doc_text

#: spaCy NER labels → entity types.
LABELS = {"PERSON": "Person"}

SOURCE = "ner"


def occupied(doc: Doc) -> tuple[list[tuple[int, int]], list[str]]:
    """Character ranges the rule-based components already claim (sorted), and the persons' names."""
    found = [c for group in (CANDIDATES, ROLES, ACRONYM_DEFS) for c in candidates(doc, group)]
    ranges = sorted((c.start, c.end) for c in found)
    return ranges, [" " + c.text for c in found if c.label == "Person"]


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(ranges, (start, start))
    if i < len(ranges) and ranges[i][0] < end:
        return True
    return any(s < end and start < e for s, e in ranges[max(0, i - 8) : i])


class NerCandidates:
    """Copy the model entities the rules could not have found into the candidate spans."""

    def __init__(self, *, name: str = "kg_ner_candidates", labels: dict[str, str] | None = None) -> None:
        self.name = name
        self.labels = dict(LABELS if labels is None else labels)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        taken, persons = occupied(doc)
        found = []
        for ent in doc.ents:
            type_name = self.labels.get(ent.label_)
            if type_name is None:
                continue
            start, end = ent.start, ent.end
            if doc[start].lower_ in ("the", "a", "an"):
                start += 1
            s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            words = text[s:e].split()
            if len(words) < 2 or not all(_is_name_word(w) for w in words):
                continue
            if overlaps(taken, s, e) or any(p.endswith(" " + text[s:e]) for p in persons):
                continue
            found.append(Cand(s, e, text[s:e], type_name, "", SOURCE))
        add_cands(doc, CANDIDATES, found)
        add_roles_of(doc, [(c.start, c.end) for c in found if c.label == "Person"])
        return doc
